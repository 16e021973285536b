import { keyText } from '../load/ynode.ts';
import type { ModuleContext } from '../context/module-context.ts';
import type { Rule } from './types.ts';
import { resolveDefinition } from './shared/module-definition.ts';

export const rule: Rule<ModuleContext> = {
  meta: {
    id: 'module-source-missing',
    severity: 'error',
    documents: 'module',
    description: 'The definition behind source.httpURL or source.configMap does not exist or is not a definition (HTTP error, missing ConfigMap or key).',
  },
  check(ctx) {
    const def = resolveDefinition(ctx);
    if (def.kind === 'missing') ctx.legacyReport(def.ref.value ?? def.ref, def.error, `spec.source.${String(keyText(def.ref))}`);
    else if (def.kind === 'text' && def.problem)
      ctx.legacyReport(def.ref.value ?? def.ref, `${def.problem}; the operator fails to load this Module`, `spec.source.${String(keyText(def.ref))}`);
  },
};
