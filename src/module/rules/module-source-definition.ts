import { classify } from '../../classify/classify.ts';
import { LineIndex } from '../../diagnostics/line-index.ts';
import { DefinitionContext } from '../../lint/definition-context.ts';
import { effectiveSeverity } from '../../lint/settings.ts';
import { keyText } from '../../load/ynode.ts';
import { definitionRules } from '../../rules/index.ts';
import type { ModuleRule } from '../context.ts';
import { resolveDefinition } from '../definition.ts';

export const rule: ModuleRule = {
  meta: {
    id: 'module-source-definition',
    severity: 'error',
    description: 'The definition fetched from source.httpURL or read from source.configMap passes the definition rules that are errors (each reported at the source, with its place in the fetched text).',
  },
  check(ctx) {
    const def = resolveDefinition(ctx);
    if (def.kind !== 'text' || !def.root || def.linted) return;
    const c = classify(def.root);
    if (c.kind !== 'definition') return;
    const dctx = new DefinitionContext(def.root, c.definitionKind, c.dialect, def.text, ctx.options);
    for (const r of definitionRules) {
      if (r.meta.dialects && !r.meta.dialects.includes(dctx.dialectId)) continue;
      if (effectiveSeverity(r.meta.id, r.meta.severity, ctx.options) !== 'error') continue;
      dctx.setRule(r.meta.id);
      r.check(dctx);
    }
    const lines = new LineIndex(def.text);
    for (const f of dctx.findings) {
      const p = lines.position(f.start);
      ctx.report(def.ref.value ?? def.ref, `${def.origin}:${p.line}:${p.column}: ${f.message} [${f.ruleId}]`, `spec.source.${String(keyText(def.ref))}`);
    }
  },
};
