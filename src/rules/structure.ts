import { locate, pointerToPath } from '../diagnostics/locate.ts';
import type { Rule } from './types.ts';
import { schemaIssues } from './shared/schema-issues.ts';

export const rule: Rule = {
  meta: {
    id: 'structure',
    severity: 'error',
    documents: 'definition',
    description: 'Fields have the types the operator decodes them into (its yaml.v3 decode fails otherwise).',
    // The problem is the schema validator's own words ("must be a string"), read after the path.
    messages: {
      wrongShape: '{{path}} {{problem}}',
    },
  },
  check(ctx) {
    for (const issue of schemaIssues(ctx)) {
      if (issue.kind !== 'structure') continue;
      const { node, pair } = locate(ctx.root, issue.pointer);
      const path = pointerToPath(issue.pointer) || '(document)';
      ctx.report({ node: node ?? pair, path, messageId: 'wrongShape', data: { path, problem: issue.message } });
    }
  },
};
