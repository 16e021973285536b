import type { ModuleContext } from '../context/module-context.ts';
import type { Rule } from './types.ts';
import { reportIssue, schemaIssues } from './module-schema.ts';

export const rule: Rule<ModuleContext> = {
  meta: {
    id: 'module-pruned-field',
    severity: 'warning',
    documents: 'module',
    description: "A Module field the era's CRD does not know (or a null value): the API server drops it silently.",
    messages: {
      // The schema validator words each issue whole; a CRD chosen by --operator-version is named.
      fieldPruned: '{{problem}}',
      fieldPrunedByOperator: '{{problem}} (CRD of operator {{era}})',
    },
  },
  check(ctx) {
    const messageId = ctx.eraSource === 'option' ? 'fieldPrunedByOperator' : 'fieldPruned';
    for (const issue of schemaIssues(ctx)) {
      if (issue.kind !== 'pruned') continue;
      reportIssue(ctx, issue, messageId);
    }
  },
};
