import type { ConfigPath } from '../config/index.ts';
import { show } from '../config/go-format.ts';
import { defaultValue } from '../config/index.ts';
import type { Rule } from './types.ts';
import { itemRef, quotedAlias, keyTarget, reportAt, typedItems } from './shared/config-items.ts';

export const rule: Rule = {
  meta: {
    id: 'config-required-default',
    severity: 'warning',
    documents: 'definition',
    description: 'A required config item has no default: the operator never uses it (a missing input is an error).',
    messages: {
      defaultUnused:
        '{{item}} is required, so its default {{default}} is never used: a Module that leaves {{quotedAlias}} out is rejected ("field \'{{alias}}\' is required but missing"); remove the default, or set required: false so the default applies',
    },
  },
  check(ctx) {
    for (const item of typedItems(ctx)) {
      if (!item.required || !item.written.has('default')) continue;
      const path: ConfigPath = [...item.specPath, 'default'];
      reportAt(ctx, path, {
        node: keyTarget(ctx, path),
        messageId: 'defaultUnused',
        data: { item: itemRef(item), default: show(defaultValue(item)), quotedAlias: quotedAlias(item), alias: item.alias },
      });
    }
  },
};
