/**
 * Writes test/oracle/vectors/yaml.json: generated plain scalars with yaml.v3's answers
 * (Go type and value of `v: <text>` decoded into map[string]any; go.yaml.in/yaml/v3 v3.0.4, go1.24.5), for
 * test/yaml/resolve-scalar-vectors.test.ts to replay without Go.
 * Run: npx tsx test/oracle/yaml-vectors.ts
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { askOracle } from './client.ts';
import { YAML_SEED, yamlCases } from './yaml-cases.ts';
import { goYamlAnswer } from './yaml-compare.ts';

const texts = yamlCases();
const [answer] = await askOracle([{ kind: 'yaml', texts }]);
const results = answer.results as Record<string, unknown>[];
const cases = texts.flatMap((t, i) => (results[i].plain === true ? [[t, goYamlAnswer(results[i])]] : []));
const out = {
  source: 'Go oracle: go.yaml.in/yaml/v3 v3.0.4 (the operator\'s pin), yaml.Unmarshal("v: "+text) into map[string]any, go1.24.5',
  generator: 'test/oracle/yaml-vectors.ts',
  seed: YAML_SEED,
  note: 'answers are "<Go type>:<value>"; float64 values in JS Number form; time.Time as RFC3339Nano',
  cases,
};
const file = resolve(import.meta.dirname, 'vectors/yaml.json');
writeFileSync(file, JSON.stringify(out).replace(/\],\[/g, '],\n[') + '\n');
console.log(`wrote ${file}: ${cases.length} scalars`);
