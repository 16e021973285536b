import { locate } from '../diagnostics/locate.ts';
import { pointerToPath } from '../diagnostics/locate.ts';
import type { ModuleContext } from '../context/module-context.ts';
import type { Rule } from './types.ts';
import { validateModuleSchema } from './shared/module-schema-issues.ts';
import type { ModuleSchemaIssue } from './shared/module-schema-issues.ts';

export function schemaIssues(ctx: ModuleContext): ModuleSchemaIssue[] {
  return ctx.memo('schema', () => validateModuleSchema(ctx.era, ctx.root));
}

export function reportIssue(ctx: ModuleContext, issue: ModuleSchemaIssue): void {
  const loc = locate(ctx.root, issue.pointer);
  const target = issue.kind === 'pruned' && loc.pair ? loc.pair : loc.pair && issue.field ? loc.pair : loc.node;
  ctx.legacyReport(target, issue.message, pointerToPath(issue.pointer) || undefined);
}

export const rule: Rule<ModuleContext> = {
  meta: {
    id: 'module-schema',
    severity: 'error',
    documents: 'module',
    description: "A Module passes its era's CRD schema (types, enums, required fields, lengths, patterns); otherwise the API server rejects it.",
  },
  check(ctx) {
    const eraNote = ctx.eraSource === 'option' ? ` (CRD of operator ${ctx.era})` : '';
    for (const issue of schemaIssues(ctx)) if (issue.kind === 'invalid') reportIssue(ctx, { ...issue, message: issue.message + eraNote });
  },
};
