import { child, isScalar, isSeq } from '../load/ynode.ts';
import type { Rule } from './types.ts';

export const rule: Rule = {
  meta: {
    id: 'config-null-item',
    severity: 'warning',
    documents: 'definition',
    description: 'An empty entry in config: (a bare "-" or null) is dropped by the operator\'s YAML decoder, so it is no item at all.',
    messages: {
      nullItem:
        'config[{{index}}] is empty: the operator\'s YAML decoder drops a null entry from the item list, so it defines no item; complete it (type, name, alias, spec) or remove the "-" line',
    },
  },
  check(ctx) {
    const config = child(ctx.root, 'config');
    if (!isSeq(config)) return;
    config.items.forEach((item, index) => {
      if (!isScalar(item) || item.value !== null) return;
      // yaml.v3 decodes a null into a struct slice element by skipping it (Go: decoder.null).
      // A bare "-" has an empty node just after the dash: point at the dash.
      const start = item.end === item.start && ctx.text[item.start - 1] === '-' ? item.start - 1 : item.start;
      ctx.report({ node: { start, end: Math.max(item.end, start + 1) }, path: `config[${index}]`, messageId: 'nullItem', data: { index } });
    });
  },
};
