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
          ctx.legacyReport(
            names.pair ?? target.pair,
            `${path} is enabled but ${names.pair ? 'names is empty' : 'has no names'}: nothing is migrated; list the ${t.what} to migrate, e.g. names: [${t.example}]`,
            `${path}.names`,
          );
          continue;
        }
        if (!list) continue; // not a list: the structure rule's finding
        list.items.forEach((item, i) => {
          if (item != null && !isScalar(item)) return;
          const text = ctx.stringOf(item);
          if (text !== undefined && text !== '') return;
          ctx.legacyReport(
            item ?? names.pair,
            `${path}.names[${i}] is empty: it names no ${t.what.replace(/s$/, '')}; give a name, e.g. ${t.example}, or remove the entry`,
            `${path}.names[${i}]`,
          );
        });
      } else if (names.set && (!list || list.items.length > 0)) {
        const why = enabled === 'unset' ? `${t.key}.enabled is not set (it defaults to false)` : `${t.key}.enabled is false`;
        ctx.legacyReport(names.pair, `${path}.names is ignored because ${why}: set enabled: true to migrate these ${t.what}, or remove names`, `${path}.names`);
      }
    }
  },
};
