/**
 * Live differential test of src/constraints against Go's Masterminds semver v3.4.0 (the
 * operator's pin, test/oracle/go/go.mod): our engine in its 3.4.0 dialect must agree on every
 * generated case. The cases where our 3.2.0 dialect answers otherwise are the changelog
 * deltas 3.2.0 → 3.4.0 (semver-compare.ts): each must be reached by the generated cases, so
 * that every changed behaviour is proven against Go here.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { askOracle } from './client.ts';
import { MASTERMINDS_3_4_0 } from '../../src/constraints/dialect.ts';
import {
  CONSTRAINT_DELTAS, VERSION_DELTAS, VERSION_POOL, constraintDelta, goConstraintAnswer, goVersionAnswer, semverCases, tsCompareAnswer,
  tsConstraintAnswer, tsVersionAnswer, versionDelta,
} from './semver-compare.ts';

const cases = semverCases();

test(`constraints: ${cases.constraints.length} texts x ${VERSION_POOL.length} versions agree with Go`, async () => {
  const answers = await askOracle(cases.constraints.map((text) => ({ kind: 'semver', op: 'constraint', text, versions: VERSION_POOL })));
  const bad: string[] = [];
  let checks = 0;
  let errors = 0;
  const deltas = new Map<string, number>();
  cases.constraints.forEach((text, i) => {
    const go = goConstraintAnswer(answers[i]);
    const ts = tsConstraintAnswer(text, VERSION_POOL, MASTERMINDS_3_4_0);
    if (go.startsWith('E:')) errors++;
    else checks += go.length;
    if (go !== ts) bad.push(`${JSON.stringify(text)}\n  go: ${go}\n  ts: ${ts}`);
    for (const d of constraintDelta(text, VERSION_POOL) ?? []) deltas.set(d, (deltas.get(d) ?? 0) + 1);
  });
  console.log(`constraints: ${cases.constraints.length} texts (${errors} rejected), ${checks} checks; cases changed since 3.2.0:`, Object.fromEntries(deltas));
  assert.equal(bad.length, 0, `${bad.length} disagreements:\n${bad.slice(0, 20).join('\n')}`);
  for (const d of CONSTRAINT_DELTAS) assert.ok(deltas.has(d), `no generated constraint reaches ${d}`);
});

test(`versions: ${cases.versions.length} texts through NewVersion and StrictNewVersion agree with Go`, async () => {
  const [answer] = await askOracle([{ kind: 'semver', op: 'version', texts: cases.versions }]);
  const results = answer.results as Record<string, unknown>[];
  const bad: string[] = [];
  const deltas = new Map<string, number>();
  cases.versions.forEach((text, i) => {
    const go = goVersionAnswer(results[i]);
    const ts = tsVersionAnswer(text, MASTERMINDS_3_4_0);
    if (go.loose !== ts.loose || go.strict !== ts.strict) bad.push(`${JSON.stringify(text)} go ${JSON.stringify(go)} ts ${JSON.stringify(ts)}`);
    for (const d of versionDelta(text) ?? []) deltas.set(d, (deltas.get(d) ?? 0) + 1);
  });
  console.log(`versions: ${cases.versions.length}; cases changed since 3.2.0:`, Object.fromEntries(deltas));
  assert.equal(bad.length, 0, `${bad.length} disagreements:\n${bad.slice(0, 20).join('\n')}`);
  for (const d of VERSION_DELTAS) assert.ok(deltas.has(d), `no generated version reaches ${d}`);
});

test(`compare: ${cases.pairs.length} version pairs agree with Go`, async () => {
  const [answer] = await askOracle([{ kind: 'semver', op: 'compare', pairs: cases.pairs }]);
  const results = answer.results as (number | null)[];
  const bad = cases.pairs.filter((p, i) => tsCompareAnswer(p, MASTERMINDS_3_4_0) !== results[i]);
  assert.equal(bad.length, 0, `${bad.length} disagreements: ${JSON.stringify(bad.slice(0, 20))}`);
});
