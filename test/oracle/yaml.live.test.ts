/**
 * Live differential test of src/yaml/resolve-scalar.ts against go.yaml.in/yaml/v3 v3.0.4
 * decoding `v: <text>` into map[string]any (go1.24.5, the operator's versions). The
 * resolver's default (go1.24) mode must agree on every plain scalar; texts where its go1.19
 * mode answers otherwise are the time.Parse changes of Go 1.20, which the generated cases
 * must reach (counted here).
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
    const ts = tsYamlAnswer(t, '1.24');
    types.set(String(a.type), (types.get(String(a.type)) ?? 0) + 1);
    if (go !== ts) bad.push(`${JSON.stringify(t)}\n  go: ${go}\n  ts: ${ts}`);
    if (a.type === 'time.Time' && a.marshal !== a.value) bad.push(`${JSON.stringify(t)}: yaml.Marshal wrote ${a.marshal}, not RFC3339Nano ${a.value}`);
    if (ts !== tsYamlAnswer(t, '1.19')) sensitive++;
  });
  console.log(`yaml: ${texts.length} texts, ${notPlain} not plain scalars (skipped), ${sensitive} answered otherwise by Go 1.19's time.Parse; Go types:`, Object.fromEntries(types));
  assert.equal(bad.length, 0, `${bad.length} disagreements:\n${bad.slice(0, 30).join('\n')}`);
  assert.ok(sensitive > 0, 'no generated timestamp reaches the Go 1.20 time.Parse changes');
});
