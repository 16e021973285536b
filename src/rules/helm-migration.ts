import { at, isMap, isScalar, isSeq } from '../load/ynode.ts';
import type { Rule } from './types.ts';
import { boolField, objectField } from './shared/helm-fields.ts';

const TARGETS = [
  { key: 'pvc', what: 'PersistentVolumeClaims', example: '"data-{{ .releaseName }}-0"' },
  { key: 'secret', what: 'Secrets', example: '"{{ .releaseName }}"' },
  { key: 'configMap', what: 'ConfigMaps', example: '"{{ .releaseName }}-config"' },
] as const;

export const rule: Rule = {
  meta: {
    id: 'helm-migration',
    severity: 'warning',
    documents: 'definition',
    description: 'An enabled spec.migration.pvc/secret/configMap lists the names to migrate (non-empty strings); names under a disabled one are ignored.',
    dialects: ['helm-flat', 'helm-chart'],
    messages: {
      enabledWithoutNames: '{{path}} is enabled but has no names: nothing is migrated; list the {{kinds}} to migrate, e.g. names: [{{example}}]',
      enabledNamesEmpty: '{{path}} is enabled but names is empty: nothing is migrated; list the {{kinds}} to migrate, e.g. names: [{{example}}]',
      nameEmpty: '{{path}}.names[{{index}}] is empty: it names no {{kind}}; give a name, e.g. {{example}}, or remove the entry',
      namesIgnoredEnabledUnset:
        '{{path}}.names is ignored because {{target}}.enabled is not set (it defaults to false): set enabled: true to migrate these {{kinds}}, or remove names',
      namesIgnoredDisabled: '{{path}}.names is ignored because {{target}}.enabled is false: set enabled: true to migrate these {{kinds}}, or remove names',
    },
  },
  check(ctx) {
    const migration = at(ctx.spec, 'migration');
    if (!isMap(migration)) return;
    for (const t of TARGETS) {
      const target = objectField(migration, t.key);
      if (!target.set || !isMap(target.node)) continue;
      const path = `spec.migration.${t.key}`;
      const enabled = boolField(target.node, 'enabled');
      const names = objectField(target.node, 'names');
      if (enabled === 'unknown') continue; // templated, or the structure rule's finding
      const list = isSeq(names.node) ? names.node : undefined;
      if (enabled === true) {
        if (!names.set || (list && list.items.length === 0)) {
          ctx.report({
            node: names.pair ?? target.pair,
            path: `${path}.names`,
            messageId: names.pair ? 'enabledNamesEmpty' : 'enabledWithoutNames',
            data: { path, kinds: t.what, example: t.example },
          });
          continue;
        }
        if (!list) continue; // not a list: the structure rule's finding
        list.items.forEach((item, i) => {
          if (item != null && !isScalar(item)) return;
          const text = ctx.stringOf(item);
          if (text !== undefined && text !== '') return;
          ctx.report({
            node: item ?? names.pair,
            path: `${path}.names[${i}]`,
            messageId: 'nameEmpty',
            data: { path, index: i, kind: t.what.replace(/s$/, ''), example: t.example },
          });
        });
      } else if (names.set && (!list || list.items.length > 0)) {
        ctx.report({
          node: names.pair,
          path: `${path}.names`,
          messageId: enabled === 'unset' ? 'namesIgnoredEnabledUnset' : 'namesIgnoredDisabled',
          data: { path, target: t.key, kinds: t.what },
        });
      }
    }
  },
};
