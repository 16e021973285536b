/**
 * Writes test/oracle/vectors/semver.json: the generated semver cases with Go's answers
 * (Masterminds semver v3.4.0, the operator's pin), for test/constraints/semver-vectors.test.ts to
 * replay without Go. Run: npx tsx test/oracle/semver-vectors.ts
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { askOracle } from './client.ts';
import { SEMVER_SEED, VERSION_POOL, goConstraintAnswer, goVersionAnswer, semverCases } from './semver-compare.ts';

const cases = semverCases();
cases.constraints = cases.constraints.slice(0, 5000); // the live test runs all of them; 5000 keep the file small
const cAnswers = await askOracle(cases.constraints.map((text) => ({ kind: 'semver', op: 'constraint', text, versions: VERSION_POOL })));
const [vAnswer] = await askOracle([{ kind: 'semver', op: 'version', texts: cases.versions }]);
const [pAnswer] = await askOracle([{ kind: 'semver', op: 'compare', pairs: cases.pairs }]);
const vResults = vAnswer.results as Record<string, unknown>[];
const pResults = pAnswer.results as (number | null)[];

const out = {
  source: 'Go oracle: github.com/Masterminds/semver/v3 v3.4.0 (the operator\'s pin), go1.24.5, test/oracle/go/semver.go',
  generator: 'test/oracle/semver-vectors.ts',
  seed: SEMVER_SEED,
  pool: VERSION_POOL,
  constraints: cases.constraints.map((t, i) => [t, goConstraintAnswer(cAnswers[i])]),
  versions: cases.versions.map((t, i) => {
    const a = goVersionAnswer(vResults[i]);
    return [t, a.loose, a.strict];
  }),
  pairs: cases.pairs.map(([a, b], i) => [a, b, pResults[i]]),
};
const file = resolve(import.meta.dirname, 'vectors/semver.json');
writeFileSync(file, JSON.stringify(out).replace(/\],\[/g, '],\n[') + '\n');
console.log(`wrote ${file}: ${out.constraints.length} constraints, ${out.versions.length} versions, ${out.pairs.length} pairs`);
