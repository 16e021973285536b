import type { Rule } from './types.ts';
import { specTemplates } from './shared/templates.ts';

export const rule: Rule = {
  meta: {
    id: 'template-syntax',
    severity: 'error',
    documents: 'definition',
    description: 'Every Helm spec string holding {{ and }} parses as a Go text/template (the operator fails the install otherwise).',
    dialects: ['helm-flat', 'helm-chart'],
    // The error is text/template's own ("template: <name>:1: unexpected EOF"), after the field's path.
    messages: {
      parseError: '{{path}}: {{error}}',
    },
  },
  check(ctx) {
    for (const t of specTemplates(ctx)) {
      if (t.parsed.ok || /function "[^"]+" not defined/.test(t.parsed.error.message)) continue;
      const at = t.toSource(t.parsed.error.offset);
      ctx.report({ node: { start: at, end: at }, path: t.leaf.path, messageId: 'parseError', data: { path: t.leaf.path, error: t.parsed.error.message } });
    }
  },
};
