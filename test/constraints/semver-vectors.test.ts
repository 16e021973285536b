/**
 * Replays test/oracle/vectors/semver.json (Go's answers from github.com/Masterminds/semver/v3
 * v3.4.0, the operator's pin) without Go: the engine's 3.4.0 dialect must reproduce every
 * answer, and the recorded cases must still reach every 3.2.0 → 3.4.0 change.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { MASTERMINDS_3_4_0 } from '../../src/constraints/dialect.ts';
import {
  CONSTRAINT_DELTAS, VERSION_DELTAS, constraintDelta, tsCompareAnswer, tsConstraintAnswer, tsVersionAnswer, versionDelta,
} from '../oracle/semver-compare.ts';

const vectors = JSON.parse(readFileSync(resolve(import.meta.dirname, '../oracle/vectors/semver.json'), 'utf8')) as {
  source: string;
  pool: string[];
  constraints: [string, string][];
  versions: [string, string, string][];
  pairs: [string, string, number | null][];
};

test('the vectors were recorded from Masterminds semver v3.4.0', () => {
  assert.match(vectors.source, /Masterminds\/semver\/v3 v3\.4\.0/);
});

test(`replay ${vectors.constraints.length} constraint vectors x ${vectors.pool.length} versions`, () => {
  const bad: string[] = [];
  const deltas = new Set<string>();
  for (const [text, go] of vectors.constraints) {
    if (tsConstraintAnswer(text, vectors.pool, MASTERMINDS_3_4_0) !== go) bad.push(text);
    for (const d of constraintDelta(text, vectors.pool) ?? []) deltas.add(d);
  }
  assert.deepEqual(bad, []);
  for (const d of CONSTRAINT_DELTAS) assert.ok(deltas.has(d), `no recorded constraint reaches ${d}`);
});

test(`replay ${vectors.versions.length} NewVersion / StrictNewVersion vectors`, () => {
  const bad: string[] = [];
  const deltas = new Set<string>();
  for (const [text, loose, strict] of vectors.versions) {
    const ts = tsVersionAnswer(text, MASTERMINDS_3_4_0);
    if (ts.loose !== loose || ts.strict !== strict) bad.push(text);
    for (const d of versionDelta(text) ?? []) deltas.add(d);
  }
  assert.deepEqual(bad, []);
  for (const d of VERSION_DELTAS) assert.ok(deltas.has(d), `no recorded version reaches ${d}`);
});

test(`replay ${vectors.pairs.length} Compare vectors`, () => {
  const bad = vectors.pairs.filter(([a, b, r]) => tsCompareAnswer([a, b], MASTERMINDS_3_4_0) !== r);
  assert.deepEqual(bad, []);
});
