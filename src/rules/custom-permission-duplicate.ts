import { child, isSeq } from '../load/ynode.ts';
import type { Rule } from './types.ts';

export const rule: Rule = {
  meta: {
    id: 'custom-permission-duplicate',
    severity: 'warning',
    documents: 'definition',
    description: 'No permission is listed twice in spec.permissions.',
    dialects: ['custom-image'],
    messages: {
      duplicatePermission: 'spec.permissions[{{index}}] {{permission}} repeats spec.permissions[{{first}}]; listing it once is enough, remove the duplicate',
    },
  },
  check(ctx) {
    const list = child(ctx.spec, 'permissions');
    if (!isSeq(list)) return;
    const first = new Map<string, number>();
    list.items.forEach((item, i) => {
      const text = ctx.stringOf(item);
      if (text === undefined || text === '') return;
      const earlier = first.get(text);
      if (earlier === undefined) {
        first.set(text, i);
        return;
      }
      ctx.report({ node: item, path: `spec.permissions[${i}]`, messageId: 'duplicatePermission', data: { index: i, permission: JSON.stringify(text), first: earlier } });
    });
  },
};
