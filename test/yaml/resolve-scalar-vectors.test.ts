/**
 * Replays test/oracle/vectors/yaml.json (yaml.v3's answers under go1.19) without Go: the
 * resolver's go1.19 mode must reproduce every answer, and its default (go1.24) mode every
 * answer not touched by the time.Parse changes between the two.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { tsYamlAnswer } from '../oracle/yaml-compare.ts';

const vectors = JSON.parse(readFileSync(resolve(import.meta.dirname, '../oracle/vectors/yaml.json'), 'utf8')) as { cases: [string, string][] };

test(`replay ${vectors.cases.length} yaml.v3 scalar vectors`, () => {
  const bad: string[] = [];
  let sensitive = 0;
  for (const [text, go] of vectors.cases) {
    const ts119 = tsYamlAnswer(text, '1.19');
    if (ts119 !== go) bad.push(`${JSON.stringify(text)}: go ${go}, ts ${ts119}`);
    const ts124 = tsYamlAnswer(text, '1.24');
    if (ts124 !== ts119) {
      sensitive++;
      assert.ok(/^\d{4}-/.test(text), `only timestamps may differ between Go releases: ${text}`);
    }
  }
  assert.deepEqual(bad, []);
  assert.ok(sensitive < 400);
});
