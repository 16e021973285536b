import { at, child, isMap } from '../load/ynode.ts';
import type { Rule } from './types.ts';
import { listItems } from './shared/helm-fields.ts';

export const rule: Rule = {
  meta: {
    id: 'helm-output-duplicate',
    severity: 'warning',
    documents: 'definition',
    description: 'No two spec.outputs entries share a name (only one of them can be exposed under it).',
    dialects: ['helm-flat', 'helm-chart'],
    messages: {
      duplicateName: '{{path}}.name "{{name}}" is already the name of {{first}}: outputs are looked up by name, so only one of them is exposed; rename one of them',
    },
  },
  check(ctx) {
    const seen = new Map<string, string>();
    for (const out of listItems(at(ctx.spec, 'outputs'), 'spec.outputs')) {
      if (!isMap(out.node)) continue;
      const node = child(out.node, 'name');
      const name = ctx.stringOf(node);
      if (name === undefined || name === '') continue;
      const first = seen.get(name);
      if (first === undefined) {
        seen.set(name, out.path);
        continue;
      }
      ctx.report({ node, path: `${out.path}.name`, messageId: 'duplicateName', data: { path: out.path, name, first } });
    }
  },
};
