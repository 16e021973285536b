import type { ConfigItem } from '../config/index.ts';
import type { Rule } from './types.ts';
import { configItems, reportAt, valueTarget } from './shared/config-items.ts';

export const rule: Rule = {
  meta: {
    id: 'config-duplicate',
    severity: 'warning',
    documents: 'definition',
    description: 'No two config items share an alias (the operator silently keeps the last) or a name.',
    messages: {
      aliasReplacesFirst:
        'alias "{{alias}}" is already used by config[{{first}}]; the operator keeps only the last item with an alias, so this one silently replaces config[{{first}}]: give each item its own alias, or remove the one you do not mean',
      aliasReplacesSeveral:
        'alias "{{alias}}" is already used by config[{{first}}]; the operator keeps only the last item with an alias, so this one silently replaces config[{{first}}] and the others: give each item its own alias, or remove the one you do not mean',
      aliasIgnoredForLast:
        'alias "{{alias}}" is already used by config[{{first}}]; the operator keeps only the last item with an alias (config[{{last}}]), so this one is ignored too: give each item its own alias, or remove the one you do not mean',
      nameRepeated:
        'name "{{name}}" is already used by config[{{first}}]; a name is the label people see for an item, so two items named alike cannot be told apart: give this one its own name',
    },
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
          const messageId = last !== item ? 'aliasIgnoredForLast' : items.filter((i) => i.alias === item.alias).length > 2 ? 'aliasReplacesSeveral' : 'aliasReplacesFirst';
          reportAt(ctx, path, {
            node: valueTarget(ctx, path),
            messageId,
            data: { alias: item.alias, first: first.index, last: last.index },
          });
        }
      }
      if (item.name !== '') {
        const first = firstByName.get(item.name);
        if (!first) firstByName.set(item.name, item);
        else if (!aliasReported) {
          const path = ['config', item.index, 'name'];
          reportAt(ctx, path, { node: valueTarget(ctx, path), messageId: 'nameRepeated', data: { name: item.name, first: first.index } });
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
