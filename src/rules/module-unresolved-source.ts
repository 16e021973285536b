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
      notFetched: '{{url}} was not fetched (offline, or no resolver in this run); its definition and spec.config are not checked',
      offline: '{{url}} was not fetched (--offline); its definition and spec.config are not checked',
      notAmongInputs: 'ConfigMap {{configMap}} is not among the inputs (use --cluster to read it); its definition and spec.config are not checked',
    },
  },
  check(ctx) {
    const def = resolveDefinition(ctx);
    if (def.kind === 'unresolved')
      ctx.report({
        node: def.ref.value ?? def.ref,
        path: `spec.source.${String(keyText(def.ref))}`,
        messageId: def.cause === 'not-fetched' ? 'notFetched' : def.cause === 'offline' ? 'offline' : 'notAmongInputs',
        data: { url: def.source, configMap: def.source },
      });
  },
};
