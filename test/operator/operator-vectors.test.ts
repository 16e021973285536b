/** Replays the operator's recorded answers (test/oracle/vectors/operator-*.json.gz) without Go. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { families } from '../oracle/operator-client.ts';
import { compareFamily, requestOf, summaryLine } from '../oracle/operator-compare.ts';
import { casesOf, digestOf, readKnown, readVectors, verdictOf } from '../oracle/operator-record.ts';

for (const f of families()) {
  test(`replay the operator's answers for ${f.releases[0]} – ${f.releases.at(-1)} (${f.dir})`, () => {
    const v = readVectors(f.dir);
    const cases = casesOf(f, v.count);
    cases.forEach((c, i) => assert.equal(digestOf(requestOf(c)), v.cases[i][0], `case ${i}: the generator changed; record again with npx tsx test/oracle/operator-record.ts ${f.dir}`));
    const known = readKnown(f.dir);
    const rep = compareFamily(cases, v.cases.map(verdictOf), 12, known);
    console.log(summaryLine(f.dir, rep));
    assert.ok(rep.installed > v.count / 10 && rep.installed < v.count * 0.9, 'both verdicts are well represented');
    assert.equal(rep.unknown.length, 0, `${rep.unknown.length} disagreements not among the known ones; the first:\n${rep.problems.join('\n\n')}`);
    const fixed = [...known.keys()].filter((d) => !rep.knownSeen.includes(d));
    assert.deepEqual(fixed, [], 'known disagreements that now agree: remove them (npx tsx test/oracle/operator-record.ts --known)');
  });
}
