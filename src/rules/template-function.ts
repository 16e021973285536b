import type { Rule } from './types.ts';
import { SPRIG_HINTS, specTemplates } from './shared/templates.ts';

export const rule: Rule = {
  meta: {
    id: 'template-function',
    severity: 'error',
    documents: 'definition',
    description: "Templates call only Go's built-in template functions; the operator has no sprig (default, lower, mul, ...).",
    dialects: ['helm-flat', 'helm-chart'],
    messages: {
      unknownFunction:
        '{{path}}: the operator has no function "{{name}}" (it renders with Go\'s text/template and no extra functions; built-ins are and, or, not, len, index, slice, eq, ne, lt, le, gt, ge, print, printf, println, html, js, urlquery, call)',
      sprigFunction: '{{path}}: the operator has no function "{{name}}" (it renders with Go\'s text/template and no extra functions, not Helm\'s sprig library; {{hint}})',
    },
  },
  check(ctx) {
    for (const t of specTemplates(ctx)) {
      if (t.parsed.ok) continue;
      const m = /function "([^"]+)" not defined/.exec(t.parsed.error.message);
      if (!m) continue;
      const name = m[1];
      const hint = SPRIG_HINTS[name];
      const at = t.toSource(t.parsed.error.offset);
      ctx.report({
        node: { start: at, end: at + name.length },
        path: t.leaf.path,
        messageId: hint ? 'sprigFunction' : 'unknownFunction',
        data: { path: t.leaf.path, name, hint: hint ?? '' },
      });
    }
  },
};
