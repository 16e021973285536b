import { keyText } from '../load/ynode.ts';
import type { ModuleContext } from '../context/module-context.ts';
import type { Rule } from './types.ts';
import { resolveDefinition } from './shared/module-definition.ts';

export const rule: Rule<ModuleContext> = {
  meta: {
    id: 'module-unresolved-source',
    severity: 'warning',
    documents: 'module',
    description: 'A source.httpURL or source.configMap could not be read in this run (offline, or the ConfigMap is not among the inputs): its definition is not checked.',
  },
  check(ctx) {
    const def = resolveDefinition(ctx);
    if (def.kind === 'unresolved') ctx.legacyReport(def.ref.value ?? def.ref, def.reason, `spec.source.${String(keyText(def.ref))}`);
  },
};
