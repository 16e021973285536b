/**
 * Writes test/oracle/vectors/render-spec.json: Go's rendering (the operator's 0.1.x code path:
 * typed struct, yaml round trips, text/template, yaml.v3 re-parse) of the generated Helm specs of
 * render-spec-cases.ts. The cases are regenerated from the seed; each answer carries a digest of
 * its question so a changed generator is noticed. Run: npx tsx test/oracle/render-spec-vectors.ts
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { askOracle } from './client.ts';
import { RENDER_SPEC_SEED, renderSpecCases } from './render-spec-cases.ts';
import { goRenderSpecAnswer, questionOf } from './render-spec-compare.ts';

export const digest = (q: object) => createHash('sha1').update(JSON.stringify(q)).digest('hex').slice(0, 12);

if (import.meta.url === `file://${process.argv[1]}`) {
  const cases = renderSpecCases();
  const questions = cases.map(questionOf);
  const [answer] = await askOracle([{ kind: 'renderSpec', cases: questions }]);
  const results = answer.results as Record<string, unknown>[];
  const out = {
    source: 'Go oracle: text/template + go.yaml.in/yaml/v3 v3.0.4 over the operator 0.1.x Helm spec structs (go1.24.5)',
    generator: 'test/oracle/render-spec-vectors.ts',
    seed: RENDER_SPEC_SEED,
    cases: questions.map((q, i) => [digest(q), goRenderSpecAnswer(results[i])]),
  };
  const file = resolve(import.meta.dirname, 'vectors/render-spec.json');
  writeFileSync(file, JSON.stringify(out).replace(/\],\[/g, '],\n[') + '\n');
  console.log(`wrote ${file}: ${out.cases.length} specs`);
}
