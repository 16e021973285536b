/**
 * Writes test/oracle/vectors/fmt.json: the generated fmt cases (fmt-gen.ts) with Go's answers
 * (Go 1.24.5, the operator's Go), for test/template/fmt-golden.test.ts to replay without Go.
 * Run: npx tsx test/oracle/fmt-vectors.ts
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { askOracle } from './client.ts';
import { FMT_CASES, FMT_SEED, fmtCases, fmtQuestion } from './fmt-gen.ts';
import { goFmtAnswer } from './fmt-compare.ts';

const cases = fmtCases();
const questions = cases.map(fmtQuestion);
const answers = await askOracle(questions);
const out = {
  source: 'Go oracle: fmt and text/template of go1.24.5, test/oracle/go/fmt.go',
  generator: 'test/oracle/fmt-vectors.ts',
  seed: FMT_SEED,
  count: FMT_CASES,
  // [op, format, args (fmt-codec tagged), Go's output]
  cases: questions.map((q, i) => [q.op, q.format, q.args, goFmtAnswer(answers[i])]),
};
const file = resolve(import.meta.dirname, 'vectors/fmt.json');
writeFileSync(file, JSON.stringify(out).replace(/\],\["/g, '],\n["') + '\n');
console.log(`wrote ${file}: ${out.cases.length} cases`);
