import { keyText } from '../../load/ynode.ts';
import type { ModuleRule } from '../context.ts';
import { resolveDefinition } from '../definition.ts';

export const rule: ModuleRule = {
  meta: {
    id: 'module-source-missing',
    severity: 'error',
    description: 'The definition behind source.httpURL or source.configMap does not exist or is not a definition (HTTP error, missing ConfigMap or key).',
  },
  check(ctx) {
    const def = resolveDefinition(ctx);
    if (def.kind === 'missing') ctx.report(def.ref.value ?? def.ref, def.error, `spec.source.${String(keyText(def.ref))}`);
    else if (def.kind === 'text' && def.problem)
      ctx.report(def.ref.value ?? def.ref, `${def.problem}; the operator fails to load this Module`, `spec.source.${String(keyText(def.ref))}`);
  },
};
