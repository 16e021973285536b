import type { ModuleContext } from '../context/module-context.ts';
import type { Rule } from './types.ts';
import { reportIssue, schemaIssues } from './module-schema.ts';

export const rule: Rule<ModuleContext> = {
  meta: {
    id: 'module-pruned-field',
    severity: 'warning',
    documents: 'module',
    description: "A Module field the era's CRD does not know (or a null value): the API server drops it silently.",
  },
  check(ctx) {
    for (const issue of schemaIssues(ctx)) {
      if (issue.kind !== 'pruned') continue;
      const note = ctx.eraSource === 'option' ? ` (CRD of operator ${ctx.era})` : '';
      reportIssue(ctx, { ...issue, message: issue.message + note });
    }
  },
};
