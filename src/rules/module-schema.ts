import { locate } from '../diagnostics/locate.ts';
import { pointerToPath } from '../diagnostics/locate.ts';
import type { ModuleContext } from '../context/module-context.ts';
import type { Rule } from './types.ts';
import { validateModuleSchema } from './shared/module-schema-issues.ts';
import type { ModuleSchemaIssue } from './shared/module-schema-issues.ts';

export function schemaIssues(ctx: ModuleContext): ModuleSchemaIssue[] {
  return ctx.memo('schema', () => validateModuleSchema(ctx.era, ctx.root));
}

/**
 * Reports a schema issue for module-schema and module-pruned-field, each with its own messages:
 * `problem` is the issue's text, `era` the CRD it was checked against.
 */
export function reportIssue(ctx: ModuleContext, issue: ModuleSchemaIssue, messageId: string): void {
  const loc = locate(ctx.root, issue.pointer);
  const target = issue.kind === 'pruned' && loc.pair ? loc.pair : loc.pair && issue.field ? loc.pair : loc.node;
  ctx.report({ node: target, path: pointerToPath(issue.pointer) || undefined, messageId, data: { problem: issue.message, era: ctx.era } });
}

export const rule: Rule<ModuleContext> = {
  meta: {
    id: 'module-schema',
    severity: 'error',
    documents: 'module',
    description: "A Module passes its era's CRD schema (types, enums, required fields, lengths, patterns); otherwise the API server rejects it.",
    messages: {
      // The schema validator words each issue whole; a CRD chosen by --operator-version is named.
      schemaViolation: '{{problem}}',
      schemaViolationOfOperator: '{{problem}} (CRD of operator {{era}})',
    },
  },
  check(ctx) {
    const messageId = ctx.eraSource === 'option' ? 'schemaViolationOfOperator' : 'schemaViolation';
    for (const issue of schemaIssues(ctx)) if (issue.kind === 'invalid') reportIssue(ctx, issue, messageId);
  },
};
