/**
 * Live differential test against the operator's own code at every release 0.1.0 – 0.1.24: each
 * family's generated definitions with Module configs (0.1.0 – 0.1.20) or inline Modules (0.1.21+) go to the drivers (test/oracle/operator),
 * and our render and lint must agree with every answer (operator-compare.ts).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { OperatorUnavailable, families } from './operator-client.ts';
import { compareFamily, summaryLine } from './operator-compare.ts';
import { askFamily, casesOf, readKnown } from './operator-record.ts';

for (const f of families()) {
  test(`operator ${f.releases[0]} – ${f.releases.at(-1)} (${f.dir}): our verdicts, configs and renderings are the operator's`, async (t) => {
    const cases = casesOf(f);
    let verdicts;
    try {
      verdicts = await askFamily(f, cases);
    } catch (e) {
      if (e instanceof OperatorUnavailable) {
        t.skip(`BLOCKED, not compared live: ${e.message.split('\n')[0]} (npm test replays the answers recorded from the operator's code)`);
        return;
      }
      throw e;
    }
    const known = readKnown(f.dir);
    const rep = compareFamily(cases, verdicts, 12, known);
    console.log(summaryLine(f.dir, rep));
    assert.equal(rep.unknown.length, 0, `${rep.unknown.length} disagreements not among the known ones; the first:\n${rep.problems.join('\n\n')}`);
    const fixed = [...known.keys()].filter((d) => !rep.knownSeen.includes(d));
    assert.deepEqual(fixed, [], 'known disagreements that now agree: remove them (npx tsx test/oracle/operator-record.ts --known)');
  });
}
