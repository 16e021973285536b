import { keyText } from '../../load/ynode.ts';
import type { ModuleRule } from '../context.ts';
import { resolveDefinition } from '../definition.ts';

export const rule: ModuleRule = {
  meta: {
    id: 'module-unresolved-source',
    severity: 'warning',
    description: 'A source.httpURL or source.configMap could not be read in this run (offline, or the ConfigMap is not among the inputs): its definition is not checked.',
  },
  check(ctx) {
    const def = resolveDefinition(ctx);
    if (def.kind === 'unresolved') ctx.report(def.ref.value ?? def.ref, def.reason, `spec.source.${String(keyText(def.ref))}`);
  },
};
