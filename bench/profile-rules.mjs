// Time per stage and per rule of a single-thread lint of the benchmark corpus (run with
// `node --import tsx bench/profile-rules.mjs [dir]`). A rule's time includes the shared facts
// it is first to ask for (they are memoised per document).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureCorpus } from './corpus.mjs';

const dir = process.argv[2] ?? join(import.meta.dirname, '..', '.bench', 'corpus');
ensureCorpus(dir, 10000);
const { parseYamlStream } = await import('../src/load/parse-stream.ts');
const { classify } = await import('../src/classify/classify.ts');
const { DefinitionContext } = await import('../src/context/definition-context.ts');
const { definitionRules } = await import('../src/rules/definition-rules.ts');
const { acceptedOperatorVersions } = await import('../src/operator/definition-acceptance.ts');
const { lintText } = await import('../src/lint/lint-text.ts');
const texts = readdirSync(dir).map((f) => readFileSync(join(dir, f), 'utf8'));
const times = new Map();
const add = (k, t) => times.set(k, (times.get(k) ?? 0) + t);
for (let round = 0; round < 3; round++) {
  times.clear();
  for (const text of texts) {
    let t = performance.now();
    const docs = parseYamlStream(text);
    let u = performance.now(); add('parse', u - t); t = u;
    for (const d of docs) {
      const c = classify(d.root);
      u = performance.now(); add('classify', u - t); t = u;
      if (c.kind !== 'definition') continue;
      const ctx = new DefinitionContext(d.root, c.definitionKind, c.dialect, text, {});
      for (const rule of definitionRules) {
        if (rule.meta.dialects && !rule.meta.dialects.includes(ctx.dialectId)) continue;
        ctx.setRule(rule.meta);
        rule.check(ctx);
        u = performance.now(); add(rule.meta.id, u - t); t = u;
      }
      acceptedOperatorVersions(ctx);
      u = performance.now(); add('accepted', u - t); t = u;
    }
  }
  let t = performance.now();
  for (let i = 0; i < texts.length; i++) lintText(`f${i}.yaml`, texts[i]);
  add('(whole lintText)', performance.now() - t);
}
const total = [...times].filter(([k]) => k !== '(whole lintText)').reduce((s, [, v]) => s + v, 0);
console.log(`stages total ${total.toFixed(0)} ms for ${texts.length} docs (${((texts.length / total) * 1000).toFixed(0)} docs/s)`);
for (const [k, v] of [...times].sort((a, b) => b[1] - a[1])) console.log(v.toFixed(0).padStart(7), k);
