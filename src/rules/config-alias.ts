import type { Rule } from './types.ts';
import { configItems, exists, reportAt, valueTarget } from './shared/config-items.ts';

/** `Replica count` -> `replicaCount`: an alias suggestion from an item's name. */
export function aliasFromName(name: string): string {
  const words = name.split(/[^A-Za-z0-9]+/).filter(Boolean);
  return words.map((w, i) => (i === 0 ? w.charAt(0).toLowerCase() + w.slice(1) : w.charAt(0).toUpperCase() + w.slice(1))).join('');
}

export const rule: Rule = {
  meta: {
    id: 'config-alias',
    severity: 'warning',
    documents: 'definition',
    description: 'Every config item has a non-empty alias, the key a Module sets it by.',
    messages: {
      aliasMissing: '{{item}} has no alias: a Module sets config values by alias, so no Module can set this item and templates cannot read it by name; add e.g. alias: {{example}}',
      aliasEmpty:
        '{{item}} has an empty alias: a Module sets config values by alias, so no Module can set this item and templates cannot read it by name; add e.g. alias: {{example}}',
    },
  },
  check(ctx) {
    const { items } = configItems(ctx);
    const taken = new Set(items.map((i) => i.alias));
    for (const item of items) {
      if (item.alias !== '') continue;
      const path = ['config', item.index, 'alias'];
      const fromName = aliasFromName(item.name);
      const example = fromName && !taken.has(fromName) ? fromName : 'replicas';
      const ref = item.name ? `config[${item.index}] ("${item.name}")` : `config[${item.index}]`;
      reportAt(ctx, path, {
        node: valueTarget(ctx, path),
        messageId: exists(ctx, path) ? 'aliasEmpty' : 'aliasMissing',
        data: { item: ref, example },
      });
    }
  },
};
