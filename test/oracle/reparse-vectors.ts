/**
 * Writes test/oracle/vectors/reparse.json: rendered strings with yaml.v3's answers (decoded into
 * `any`, after the marshal round trip, into a string field, into a []string), for
 * test/render/reparse-vectors.test.ts to replay without Go. Run: npx tsx test/oracle/reparse-vectors.ts
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { askOracle } from './client.ts';
import { REPARSE_SEED, reparseCases } from './reparse-cases.ts';
import { goReparseAnswer } from './reparse-compare.ts';

const cases = reparseCases();
const [answer] = await askOracle([{ kind: 'reparse', texts: cases }]);
const results = answer.results as Record<string, unknown>[];
const out = {
  source: 'Go oracle: go.yaml.in/yaml/v3 v3.0.4 Unmarshal into any, Marshal/Unmarshal into any, string and []string fields (go1.24.5)',
  generator: 'test/oracle/reparse-vectors.ts',
  seed: REPARSE_SEED,
  cases: cases.map((c, i) => [c, goReparseAnswer(results[i])]),
};
const file = resolve(import.meta.dirname, 'vectors/reparse.json');
writeFileSync(file, JSON.stringify(out).replace(/\],\[/g, '],\n[') + '\n');
console.log(`wrote ${file}: ${out.cases.length} texts`);
