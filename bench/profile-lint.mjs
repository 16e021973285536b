// Single-thread lint of the benchmark corpus from the sources (run with `node --import tsx`),
// for profiling: `node --import tsx --cpu-prof --cpu-prof-dir=/tmp/prof bench/profile-lint.mjs [dir] [rounds]`.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureCorpus } from './corpus.mjs';

const dir = process.argv[2] ?? join(import.meta.dirname, '..', '.bench', 'corpus');
const rounds = Number(process.argv[3] ?? 1);
ensureCorpus(dir, 10000);
const { lintText } = await import('../src/lint/lint-text.ts');
const files = readdirSync(dir).map((f) => join(dir, f));
const texts = files.map((f) => readFileSync(f, 'utf8'));
let findings = 0;
for (let r = 0; r < rounds; r++) {
  const t0 = performance.now();
  for (let i = 0; i < texts.length; i++) findings += lintText(files[i], texts[i]).findings.length;
  const ms = performance.now() - t0;
  console.log(`round ${r + 1}: ${texts.length} docs in ${ms.toFixed(0)} ms = ${((texts.length / ms) * 1000).toFixed(0)} docs/s (${findings} findings)`);
}
