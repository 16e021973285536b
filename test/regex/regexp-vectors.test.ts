/**
 * Replays test/oracle/vectors/regexp.json (Go 1.24.5's regexp answers) against src/regex/re2.ts
 * without Go, including the patterns whose answer changed since go1.19 (named groups `(?<`,
 * Unicode 14/15).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { knownFoldDifference, tsRegexpAnswer } from '../oracle/regexp-compare.ts';
import { goVersionSensitive } from '../oracle/regexp-cases.ts';

const vectors = JSON.parse(readFileSync(resolve(import.meta.dirname, '../oracle/vectors/regexp.json'), 'utf8')) as {
  source: string;
  cases: [string, string[], string][];
};

test(`replay ${vectors.cases.length} regexp vectors`, () => {
  const differ = vectors.cases.filter(([p, subjects, go]) => tsRegexpAnswer(p, subjects) !== go);
  const known = differ.filter(([p, subjects, go]) => knownFoldDifference(p, subjects, go, tsRegexpAnswer(p, subjects)));
  assert.deepEqual(differ.filter((c) => !known.includes(c)).map(([p]) => p), []);
  assert.ok(known.length <= 5, `${known.length} (?i) case-orbit differences (regexp-compare.ts)`);
  assert.ok(vectors.cases.length > 5000);
  assert.match(vectors.source, /go1\.24\.5/);
  const kinds = vectors.cases.map(([p]) => goVersionSensitive(p));
  assert.ok(kinds.includes('named group') && kinds.includes('unicode 14/15'));
});
