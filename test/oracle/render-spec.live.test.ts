/**
 * Live differential test of the whole 0.1.x Helm rendering (src/render/render.ts) against Go:
 * the operator's code path over its spec structs, text/template and yaml.v3 (test/oracle/go/render.go).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { askOracle } from './client.ts';
import { renderSpecCases } from './render-spec-cases.ts';
import { goRenderSpecAnswer, questionOf, tsRenderSpecAnswer } from './render-spec-compare.ts';

test('renderSpec: generated Helm specs render as the operator renders them', async () => {
  const cases = renderSpecCases();
  const [answer] = await askOracle([{ kind: 'renderSpec', cases: cases.map(questionOf) }]);
  const results = answer.results as Record<string, unknown>[];
  const bad: string[] = [];
  let failed = 0;
  cases.forEach((c, i) => {
    const go = goRenderSpecAnswer(results[i]);
    if (go === 'E') failed++;
    const ts = tsRenderSpecAnswer(c);
    if (go !== ts) bad.push(`${c.spec}\n  go: ${go}\n  ts: ${ts}`);
  });
  console.log(`renderSpec: ${cases.length} specs, ${failed} fail in Go (template or decode errors), ${cases.length - failed} compared value for value`);
  assert.equal(bad.length, 0, `${bad.length} disagreements:\n${bad.slice(0, 10).join('\n')}`);
});
