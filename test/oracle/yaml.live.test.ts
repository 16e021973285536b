/**
 * Live differential test of src/yaml/resolve-scalar.ts against gopkg.in/yaml.v3 decoding
 * `v: <text>` into map[string]any (go1.19). The resolver's go1.19 mode must agree on every
 * plain scalar; texts where its go1.19 and go1.24 (default) answers differ are the
 * time.Parse changes, counted here and covered in test/yaml/resolve-scalar.test.ts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { askOracle } from './client.ts';
import { yamlCases } from './yaml-cases.ts';
import { goYamlAnswer, tsYamlAnswer } from './yaml-compare.ts';

test('yaml.v3 plain scalar resolution agrees with Go', async () => {
  const texts = yamlCases();
  const [answer] = await askOracle([{ kind: 'yaml', texts }]);
  const results = answer.results as Record<string, unknown>[];
  const bad: string[] = [];
  const types = new Map<string, number>();
  let notPlain = 0;
  let sensitive = 0;
  texts.forEach((t, i) => {
    const a = results[i];
    if (a.plain !== true) {
      notPlain++;
      return;
    }
    const go = goYamlAnswer(a);
    const ts = tsYamlAnswer(t, '1.19');
    types.set(String(a.type), (types.get(String(a.type)) ?? 0) + 1);
    if (go !== ts) bad.push(`${JSON.stringify(t)}\n  go: ${go}\n  ts: ${ts}`);
    if (a.type === 'time.Time' && a.marshal !== a.value) bad.push(`${JSON.stringify(t)}: yaml.Marshal wrote ${a.marshal}, not RFC3339Nano ${a.value}`);
    if (ts !== tsYamlAnswer(t, '1.24')) sensitive++;
  });
  console.log(`yaml: ${texts.length} texts, ${notPlain} not plain scalars (skipped), ${sensitive} go1.24-sensitive; Go types:`, Object.fromEntries(types));
  assert.equal(bad.length, 0, `${bad.length} disagreements:\n${bad.slice(0, 30).join('\n')}`);
});
