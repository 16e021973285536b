/**
 * Replays test/oracle/vectors/yaml.json (go.yaml.in/yaml/v3 v3.0.4's answers under go1.24.5,
 * the operator's versions) without Go: the resolver's default (go1.24) mode must reproduce
 * every answer; the recorded cases must include timestamps that Go 1.19's time.Parse read
 * otherwise (the resolver's go1.19 mode), and only timestamps may differ between the modes.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { tsYamlAnswer } from '../oracle/yaml-compare.ts';

const vectors = JSON.parse(readFileSync(resolve(import.meta.dirname, '../oracle/vectors/yaml.json'), 'utf8')) as { source: string; cases: [string, string][] };

test('the vectors were recorded from go.yaml.in/yaml/v3 v3.0.4 under go1.24.5', () => {
  assert.match(vectors.source, /go\.yaml\.in\/yaml\/v3 v3\.0\.4/);
  assert.match(vectors.source, /go1\.24\.5/);
});

test(`replay ${vectors.cases.length} yaml.v3 scalar vectors`, () => {
  const bad: string[] = [];
  let sensitive = 0;
  for (const [text, go] of vectors.cases) {
    const ts124 = tsYamlAnswer(text, '1.24');
    if (ts124 !== go) bad.push(`${JSON.stringify(text)}: go ${go}, ts ${ts124}`);
    const ts119 = tsYamlAnswer(text, '1.19');
    if (ts124 !== ts119) {
      sensitive++;
      assert.ok(/^\d{4}-/.test(text), `only timestamps may differ between Go releases: ${text}`);
    }
  }
  assert.deepEqual(bad, []);
  assert.ok(sensitive > 0 && sensitive < 400, `${sensitive} cases differ between Go releases`);
});
