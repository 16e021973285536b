import type { Rule } from './types.ts';

export const rule: Rule = {
  meta: {
    id: 'custom-template',
    severity: 'warning',
    documents: 'definition',
    description: 'No "{{ }}" template in a Custom spec: operators 0.1.0–0.1.20 do not render it, so the braces reach the module literally.',
    dialects: ['custom-plugin', 'custom-image'],
    messages: {
      templateNotRendered:
        '{{path}} contains "{{ … }}", but operators 0.1.0–0.1.20 never render a Custom spec (rendering came with the inline Module of 0.1.21), so the module receives the braces literally; write a fixed value, and read per-install settings from the module\'s config instead',
    },
  },
  check(ctx) {
    for (const leaf of ctx.specTemplateStrings) {
      const open = leaf.value.indexOf('{{');
      if (open < 0 || leaf.value.indexOf('}}', open + 2) < 0) continue;
      ctx.report({ node: leaf.node, path: leaf.path, messageId: 'templateNotRendered', data: { path: leaf.path } });
    }
  },
};
