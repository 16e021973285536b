import type { ConfigItem } from '../config/index.ts';
import type { Rule } from './types.ts';
import { configItems, reportAt, valueTarget } from './shared/config-items.ts';

export const rule: Rule = {
  meta: {
    id: 'config-duplicate',
    severity: 'warning',
    documents: 'definition',
    description: 'No two config items share an alias (the operator silently keeps the last) or a name.',
  },
  check(ctx) {
    const { items } = configItems(ctx);
    // Most definitions repeat nothing: comparing a few items pairwise is cheaper than the Maps.
    if (items.length <= 32 && !repeats(items)) return;
    const firstByAlias = new Map<string, ConfigItem>();
    const lastByAlias = new Map<string, ConfigItem>();
    for (const item of items) if (item.alias !== '') lastByAlias.set(item.alias, item);
    const firstByName = new Map<string, ConfigItem>();
    for (const item of items) {
      let aliasReported = false;
      if (item.alias !== '') {
        const first = firstByAlias.get(item.alias);
        if (!first) firstByAlias.set(item.alias, item);
        else {
          aliasReported = true;
          const last = lastByAlias.get(item.alias)!;
          const path = ['config', item.index, 'alias'];
          const fate =
            last === item
              ? `the operator keeps only the last item with an alias, so this one silently replaces config[${first.index}]${
                  items.filter((i) => i.alias === item.alias).length > 2 ? ' and the others' : ''
                }`
              : `the operator keeps only the last item with an alias (config[${last.index}]), so this one is ignored too`;
          reportAt(
            ctx,
            valueTarget(ctx, path),
            path,
            `alias "${item.alias}" is already used by config[${first.index}]; ${fate}: give each item its own alias, or remove the one you do not mean`,
          );
        }
      }
      if (item.name !== '') {
        const first = firstByName.get(item.name);
        if (!first) firstByName.set(item.name, item);
        else if (!aliasReported) {
          const path = ['config', item.index, 'name'];
          reportAt(
            ctx,
            valueTarget(ctx, path),
            path,
            `name "${item.name}" is already used by config[${first.index}]; a name is the label people see for an item, so two items named alike cannot be told apart: give this one its own name`,
          );
        }
      }
    }
  },
};

/** Whether two items share a non-empty alias or a non-empty name. */
function repeats(items: readonly ConfigItem[]): boolean {
  for (let i = 1; i < items.length; i++) {
    const { alias, name } = items[i];
    for (let j = 0; j < i; j++) {
      if ((alias !== '' && items[j].alias === alias) || (name !== '' && items[j].name === name)) return true;
    }
  }
  return false;
}
