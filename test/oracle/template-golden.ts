/**
 * Writes test/oracle/vectors/template.json: the first TEMPLATE_GOLDEN_CASES generated template
 * cases (template-gen.ts) with Go's answers (Go 1.24.5, the operator's Go), for
 * test/template/golden.test.ts to replay without Go.
 * Run: npx tsx test/oracle/template-golden.ts
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { askOracle } from './client.ts';
import { encode } from './codec.ts';
import { fixedTemplateCases, generateTemplateCases, TEMPLATE_GOLDEN_CASES, TEMPLATE_SEED } from './template-gen.ts';

const cases = [...generateTemplateCases(TEMPLATE_SEED, TEMPLATE_GOLDEN_CASES, true), ...fixedTemplateCases()];
const questions = cases.map((c) => ({ kind: 'template', text: c.text, data: encode(c.data) }));
const answers = await askOracle(questions);
const out = {
  source: 'Go oracle: text/template of go1.24.5, test/oracle/go/template.go',
  generator: 'test/oracle/template-golden.ts',
  seed: TEMPLATE_SEED,
  count: cases.length,
  // [template text, data (codec.ts tagged JSON), Go's answer {output} | {parseError} | {execError, output}]
  cases: questions.map((q, i) => [q.text, q.data, answers[i]]),
};
const file = resolve(import.meta.dirname, 'vectors/template.json');
writeFileSync(file, JSON.stringify(out).replace(/\],\["/g, '],\n["') + '\n');
console.log(`wrote ${file}: ${out.cases.length} cases`);
