import { locate } from '../../diagnostics/locate.ts';
import { pointerToPath } from '../../diagnostics/locate.ts';
import type { ModuleContext, ModuleRule } from '../context.ts';
import { validateModuleSchema } from '../schema.ts';
import type { ModuleSchemaIssue } from '../schema.ts';

export function schemaIssues(ctx: ModuleContext): ModuleSchemaIssue[] {
  return ctx.memo('schema', () => validateModuleSchema(ctx.era, ctx.root));
}

export function reportIssue(ctx: ModuleContext, issue: ModuleSchemaIssue): void {
  const loc = locate(ctx.root, issue.pointer);
  const target = issue.kind === 'pruned' && loc.pair ? loc.pair : loc.pair && issue.field ? loc.pair : loc.node;
  ctx.report(target, issue.message, pointerToPath(issue.pointer) || undefined);
}

export const rule: ModuleRule = {
  meta: {
    id: 'module-schema',
    severity: 'error',
    description: "A Module passes its era's CRD schema (types, enums, required fields, lengths, patterns); otherwise the API server rejects it.",
  },
  check(ctx) {
    const eraNote = ctx.eraSource === 'option' ? ` (CRD of operator ${ctx.era})` : '';
    for (const issue of schemaIssues(ctx)) if (issue.kind === 'invalid') reportIssue(ctx, { ...issue, message: issue.message + eraNote });
  },
};
