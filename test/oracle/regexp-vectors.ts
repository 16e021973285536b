/**
 * Writes test/oracle/vectors/regexp.json: generated patterns and subjects with Go's answers
 * (regexp.Compile error text, or MatchString per subject), for test/regex/regexp-vectors.test.ts
 * to replay without Go. Run: npx tsx test/oracle/regexp-vectors.ts
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { askOracle } from './client.ts';
import { REGEXP_SEED, regexpCases } from './regexp-cases.ts';
import { goRegexpAnswer } from './regexp-compare.ts';

const cases = regexpCases();
const answers = await askOracle(cases.map((c) => ({ kind: 'regexp', pattern: c.pattern, subjects: c.subjects })));
const out = {
  source: 'Go oracle: regexp.Compile + (*Regexp).MatchString, go1.24.5 (the operator\'s Go), test/oracle/go/regexp.go',
  generator: 'test/oracle/regexp-vectors.ts',
  seed: REGEXP_SEED,
  cases: cases.map((c, i) => [c.pattern, c.subjects, goRegexpAnswer(answers[i])]),
};
const file = resolve(import.meta.dirname, 'vectors/regexp.json');
writeFileSync(file, JSON.stringify(out).replace(/\],\[/g, '],\n[') + '\n');
console.log(`wrote ${file}: ${out.cases.length} patterns`);
