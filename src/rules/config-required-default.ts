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
  },
  check(ctx) {
    for (const item of typedItems(ctx)) {
      if (!item.required || !item.written.has('default')) continue;
      const path: ConfigPath = [...item.specPath, 'default'];
      reportAt(
        ctx,
        keyTarget(ctx, path),
        path,
        `${itemRef(item)} is required, so its default ${show(defaultValue(item))} is never used: a Module that leaves ${quotedAlias(item)} out is rejected ("field '${item.alias}' is required but missing"); remove the default, or set required: false so the default applies`,
      );
    }
  },
};
