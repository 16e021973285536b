/**
 * Replays test/oracle/vectors/semver.json (Go's Masterminds semver 3.2.0 answers) without Go:
 * the engine's 3.2.0 dialect must reproduce every answer, and its 3.4.0 dialect every
 * answer that the changelog deltas (src/constraints/dialect.ts) do not touch.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { MASTERMINDS_3_2_0, MASTERMINDS_3_4_0 } from '../../src/constraints/dialect.ts';
import { constraintDelta, tsCompareAnswer, tsConstraintAnswer, tsVersionAnswer, versionDelta } from '../oracle/semver-compare.ts';

const vectors = JSON.parse(readFileSync(resolve(import.meta.dirname, '../oracle/vectors/semver.json'), 'utf8')) as {
  pool: string[];
  constraints: [string, string][];
  versions: [string, string, string][];
  pairs: [string, string, number | null][];
};

test(`replay ${vectors.constraints.length} constraint vectors x ${vectors.pool.length} versions`, () => {
  const bad: string[] = [];
  let deltas = 0;
  for (const [text, go] of vectors.constraints) {
    if (tsConstraintAnswer(text, vectors.pool, MASTERMINDS_3_2_0) !== go) bad.push(text);
    if (constraintDelta(text, vectors.pool)) deltas++;
    else if (tsConstraintAnswer(text, vectors.pool, MASTERMINDS_3_4_0) !== go) bad.push(`3.4.0: ${text}`);
  }
  assert.deepEqual(bad, []);
  assert.ok(deltas < vectors.constraints.length / 4, `${deltas} cases differ between dialects`);
});

test(`replay ${vectors.versions.length} NewVersion / StrictNewVersion vectors`, () => {
  const bad: string[] = [];
  for (const [text, loose, strict] of vectors.versions) {
    const ts = tsVersionAnswer(text, MASTERMINDS_3_2_0);
    if (ts.loose !== loose || ts.strict !== strict) bad.push(text);
    if (!versionDelta(text)) {
      const ts4 = tsVersionAnswer(text, MASTERMINDS_3_4_0);
      if (ts4.loose !== loose || ts4.strict !== strict) bad.push(`3.4.0: ${text}`);
    }
  }
  assert.deepEqual(bad, []);
});

test(`replay ${vectors.pairs.length} Compare vectors`, () => {
  const bad = vectors.pairs.filter(([a, b, r]) => tsCompareAnswer([a, b], MASTERMINDS_3_4_0) !== r);
  assert.deepEqual(bad, []);
});
