/** Replays test/oracle/vectors/regexp.json (Go's regexp answers) against src/regex/re2.ts without Go. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { tsRegexpAnswer } from '../oracle/regexp-compare.ts';

const vectors = JSON.parse(readFileSync(resolve(import.meta.dirname, '../oracle/vectors/regexp.json'), 'utf8')) as {
  cases: [string, string[], string][];
};

test(`replay ${vectors.cases.length} regexp vectors`, () => {
  const bad = vectors.cases.filter(([p, subjects, go]) => tsRegexpAnswer(p, subjects) !== go).map(([p]) => p);
  assert.deepEqual(bad, []);
  assert.ok(vectors.cases.length > 5000);
});
