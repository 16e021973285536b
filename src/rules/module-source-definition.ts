import { keyText } from '../load/ynode.ts';
import type { ModuleContext } from '../context/module-context.ts';
import type { Rule } from './types.ts';
import { resolveDefinition } from './shared/module-definition.ts';

/**
 * The fetched definition is a document of its own: the runner lints it once (src/lint/
 * fetched-definitions.ts) and lists its findings under its URL; this rule only points at the
 * source with what that lint found, so the Module's file says why the Module would fail.
 */
export const rule: Rule<ModuleContext> = {
  meta: {
    id: 'module-source-definition',
    severity: 'error',
    documents: 'module',
    description:
      'The definition fetched from source.httpURL or read from a cluster ConfigMap passes the definition rules that are errors (one finding at the source; lint lists every finding of a fetched definition under its URL).',
    messages: {
      definitionError: 'the definition from {{origin}} has an error: at its line {{line}}:{{column}}, {{problem}} [{{definitionRule}}]',
      definitionErrors: 'the definition from {{origin}} has {{count}} errors: at its line {{line}}:{{column}}, {{problem}} [{{definitionRule}}] and {{others}} more',
    },
  },
  check(ctx) {
    const def = resolveDefinition(ctx);
    // A ConfigMap among the inputs is linted in its own file; source.raw with the Module.
    if (def.kind !== 'text' || !def.root || def.sourceKey === undefined) return;
    const errors = ctx.options.moduleSources?.definitionErrors?.get(def.sourceKey);
    if (!errors) return;
    const { first, count } = errors;
    ctx.report({
      node: def.ref.value ?? def.ref,
      path: `spec.source.${String(keyText(def.ref))}`,
      messageId: count === 1 ? 'definitionError' : 'definitionErrors',
      data: { origin: def.origin, count, line: first.line, column: first.column, problem: first.message, definitionRule: first.ruleId, others: count - 1 },
    });
  },
};
