/**
 * Live differential test of src/template against Go's text/template (Go 1.24.5, the operator's,
 * via test/oracle/go/template.go). TEMPLATE_LIVE_CASES generated cases (template-gen.ts,
 * seeded, with what Go 1.19 lacked: {{else with}}, range over integers, `range $x = ...`) and
 * the fixed cases (fixedTemplateCases) must all agree on the output, or on the parse or exec
 * error text (template-case.ts).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { askOracle } from './client.ts';
import { encode } from './codec.ts';
import { fixedTemplateCases, generateTemplateCases, TEMPLATE_LIVE_CASES, TEMPLATE_SEED } from './template-gen.ts';
import { type Answer, compareAnswers, runOurs } from './template-case.ts';

test(`template: ${TEMPLATE_LIVE_CASES} generated templates agree with Go`, async () => {
  const cases = [...generateTemplateCases(TEMPLATE_SEED, TEMPLATE_LIVE_CASES, true), ...fixedTemplateCases()];
  const answers = await askOracle(cases.map((c) => ({ kind: 'template', text: c.text, data: encode(c.data) })));
  const counts = { agree: 0, version: 0, disagree: 0 };
  const kinds = { output: 0, parseError: 0, execError: 0 };
  const bad: string[] = [];
  cases.forEach((c, i) => {
    const go = answers[i] as Answer;
    kinds[go.parseError !== undefined ? 'parseError' : go.execError !== undefined ? 'execError' : 'output']++;
    const ours = runOurs(c.text, c.data);
    const v = compareAnswers(ours, go, '1.24');
    counts[v]++;
    if (v === 'disagree') bad.push(`${JSON.stringify(c.text)} data=${JSON.stringify(encode(c.data))}\n  go:   ${JSON.stringify(go)}\n  ours: ${JSON.stringify(ours)}`);
  });
  const compared = counts.agree + counts.disagree;
  console.log(`template live: ${cases.length} cases (Go answers: ${JSON.stringify(kinds)}); ${counts.agree}/${compared} agree (${((100 * counts.agree) / compared).toFixed(2)}%), ${counts.version} set aside as 1.19-vs-1.24 differences`);
  assert.equal(bad.length, 0, `${bad.length} disagreements:\n${bad.slice(0, 20).join('\n')}`);
  assert.ok(counts.version < cases.length * 0.05, `too many version differences: ${counts.version}`);
});
