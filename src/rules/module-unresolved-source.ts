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
    messages: {
      // resolveDefinition words the reason whole: it differs by source (URL, ConfigMap) and by why.
      sourceUnresolved: '{{reason}}',
    },
  },
  check(ctx) {
    const def = resolveDefinition(ctx);
    if (def.kind === 'unresolved')
      ctx.report({ node: def.ref.value ?? def.ref, path: `spec.source.${String(keyText(def.ref))}`, messageId: 'sourceUnresolved', data: { reason: def.reason } });
  },
};
