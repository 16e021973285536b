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
    messages: {
      // resolveDefinition words the failure whole: fetch errors differ by source.
      definitionMissing: '{{error}}',
      notADefinition: '{{problem}}; the operator fails to load this Module',
    },
  },
  check(ctx) {
    const def = resolveDefinition(ctx);
    if (def.kind === 'missing')
      ctx.report({ node: def.ref.value ?? def.ref, path: `spec.source.${String(keyText(def.ref))}`, messageId: 'definitionMissing', data: { error: def.error } });
    else if (def.kind === 'text' && def.problem)
      ctx.report({ node: def.ref.value ?? def.ref, path: `spec.source.${String(keyText(def.ref))}`, messageId: 'notADefinition', data: { problem: def.problem } });
  },
};
