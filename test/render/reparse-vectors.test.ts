/** Replays test/oracle/vectors/reparse.json (yaml.v3's answers) against src/render/go-yaml.ts without Go. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { tsReparseAnswer } from '../oracle/reparse-compare.ts';

const vectors = JSON.parse(readFileSync(resolve(import.meta.dirname, '../oracle/vectors/reparse.json'), 'utf8')) as {
  cases: [string, string][];
};

test(`replay ${vectors.cases.length} yaml.v3 re-parse vectors`, () => {
  const bad = vectors.cases.filter(([text, go]) => tsReparseAnswer(text) !== go).map(([text, go]) => `${JSON.stringify(text)}: go ${go}, ts ${tsReparseAnswer(text)}`);
  assert.deepEqual(bad, []);
  assert.ok(vectors.cases.length >= 2000);
});
