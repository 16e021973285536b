import { child, isSeq } from '../load/ynode.ts';
import type { Rule } from './types.ts';

export const rule: Rule = {
  meta: {
    id: 'custom-permission-duplicate',
    severity: 'warning',
    documents: 'definition',
    description: 'No permission is listed twice in spec.permissions.',
    dialects: ['custom-image'],
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
      ctx.legacyReport(
        item,
        `spec.permissions[${i}] ${JSON.stringify(text)} repeats spec.permissions[${earlier}]; listing it once is enough, remove the duplicate`,
        `spec.permissions[${i}]`,
      );
    });
  },
};
