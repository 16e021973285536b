import type { Rule } from './types.ts';
import { specTemplates } from './shared/templates.ts';

export const rule: Rule = {
  meta: {
    id: 'template-syntax',
    severity: 'error',
    documents: 'definition',
    description: 'Every Helm spec string holding {{ and }} parses as a Go text/template (the operator fails the install otherwise).',
    dialects: ['helm-flat', 'helm-chart'],
  },
  check(ctx) {
    for (const t of specTemplates(ctx)) {
      if (t.parsed.ok || /function "[^"]+" not defined/.test(t.parsed.error.message)) continue;
      const at = t.toSource(t.parsed.error.offset);
      ctx.legacyReport({ start: at, end: at }, `${t.leaf.path}: ${t.parsed.error.message}`, t.leaf.path);
    }
  },
};
