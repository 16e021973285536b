// Documents per second over .bench/corpus for the ways of reading YAML:
//   yaml parseDocument        the `yaml` library alone (core schema, to JS-ready nodes)
//   yaml parseAllDocuments    the library as the full path calls it (failsafe, strict, unique keys)
//   full path                 parseAllDocuments + compose.ts (parseYamlStreamFull)
//   fast path                 cst-compose.ts alone (fastParseYamlStream; null = fallback)
//   parseYamlStream           what the lint uses: the fast path, else the full path
// Usage: node bench/yaml-paths.mjs [--files N] [--seconds S]
// The corpus: node -e "import('./bench/corpus.mjs').then(m=>m.ensureCorpus('.bench/corpus'))"
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tsImport } from 'tsx/esm/api';
import { parseAllDocuments, parseDocument } from 'yaml';

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i === -1 ? dflt : Number(args[i + 1]);
};
const maxFiles = opt('--files', 2000);
const seconds = opt('--seconds', 2);

const dir = '.bench/corpus';
if (!existsSync(dir)) {
  console.error(`no corpus at ${dir}; generate it with: node -e "import('./bench/corpus.mjs').then(m=>m.ensureCorpus('.bench/corpus'))"`);
  process.exit(1);
}
const names = readdirSync(dir)
  .filter((n) => /\.ya?ml$/.test(n))
  .sort()
  .slice(0, maxFiles);
const texts = names.map((n) => readFileSync(join(dir, n), 'utf8'));
const bytes = texts.reduce((a, t) => a + t.length, 0);

const { parseYamlStream, parseYamlStreamFull } = await tsImport('../src/load/parse-stream.ts', import.meta.url);
const { fastParseYamlStream } = await tsImport('../src/load/cst-compose.ts', import.meta.url);

let fallbacks = 0;
for (const t of texts) if (fastParseYamlStream(t) === null) fallbacks++;

function bench(fn) {
  // Warm up, then as many passes over the files as fit in the time.
  for (let i = 0; i < Math.min(texts.length, 300); i++) fn(texts[i]);
  const t0 = performance.now();
  let n = 0;
  do {
    for (const t of texts) fn(t);
    n += texts.length;
  } while (performance.now() - t0 < seconds * 1000);
  return n / ((performance.now() - t0) / 1000);
}

const cases = [
  ['yaml parseDocument', (t) => parseDocument(t)],
  ['yaml parseAllDocuments', (t) => parseAllDocuments(t, { schema: 'failsafe', uniqueKeys: true, prettyErrors: false, strict: true })],
  ['full path', (t) => parseYamlStreamFull(t)],
  ['fast path', (t) => fastParseYamlStream(t)],
  ['parseYamlStream', (t) => parseYamlStream(t)],
];
const rates = cases.map(([name, fn]) => [name, bench(fn)]);
const full = rates.find(([n]) => n === 'full path')[1];

console.log(`corpus: ${texts.length} files, ${(bytes / texts.length / 1024).toFixed(1)} KB average; fast-path fallbacks: ${fallbacks}`);
console.log('| path                   |   docs/s | vs full path |');
console.log('|------------------------|---------:|-------------:|');
for (const [name, r] of rates) {
  console.log(`| ${name.padEnd(22)} | ${Math.round(r).toString().padStart(8)} | ${(r / full).toFixed(2).padStart(11)}× |`);
}
