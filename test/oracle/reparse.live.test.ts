/**
 * Live differential test of src/render/go-yaml.ts against go.yaml.in/yaml/v3 v3.0.4 (go1.24.5):
 * a rendered string decoded into `any`, marshalled and decoded again into `any`, into a string
 * field and into a []string, as the operator's renderSpecWithTypePreservation does.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { askOracle } from './client.ts';
import { MERGE_UNHASHABLE, reparseCases } from './reparse-cases.ts';
import { goReparseAnswer, tsReparseAnswer } from './reparse-compare.ts';

test('reparse: generated rendered strings agree with yaml.v3', async () => {
  const cases = reparseCases();
  const [answer] = await askOracle([{ kind: 'reparse', texts: cases }]);
  const results = answer.results as Record<string, unknown>[];
  const bad: string[] = [];
  cases.forEach((c, i) => {
    const go = goReparseAnswer(results[i]);
    const ts = tsReparseAnswer(c);
    if (go !== ts) bad.push(`${JSON.stringify(c)}\n  go: ${go}\n  ts: ${ts}`);
  });
  console.log(`reparse: ${cases.length} texts, ${results.filter((r) => r.error).length} rejected by yaml.v3`);
  assert.ok(cases.length >= 2000);
  assert.equal(bad.length, 0, `${bad.length} disagreements:\n${bad.slice(0, 30).join('\n')}`);
  // 3.0.4's change: an unhashable merged key is an error (3.0.1 panicked).
  const unhashable = MERGE_UNHASHABLE.filter((t) => String(results[cases.indexOf(t)].error ?? '').includes('hash of unhashable type'));
  assert.ok(unhashable.length >= 5, `only ${unhashable.length} merge cases reach the unhashable-key error`);
  assert.equal(results.filter((r) => r.panic !== undefined).length, 0);
});
