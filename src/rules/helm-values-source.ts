import { at, isMap } from '../load/ynode.ts';
import type { Rule } from './types.ts';
import { andList, listItems, objectField, stringField, emptyTarget } from './shared/helm-fields.ts';

export const rule: Rule = {
  meta: {
    id: 'helm-values-source',
    severity: 'error',
    documents: 'definition',
    description: 'Each spec.values entry has exactly one of file, configMap or raw, and a configMap entry names its ConfigMap.',
    dialects: ['helm-flat', 'helm-chart'],
  },
  check(ctx) {
    const dataKey = ctx.dialectId === 'helm-flat' ? 'data key "values"' : 'data key "values", or the one configMap.key names';
    for (const entry of listItems(at(ctx.spec, 'values'), 'spec.values')) {
      const n = entry.node;
      if (!isMap(n)) continue; // a null, scalar or list entry is the structure rule's finding
      const fields = {
        file: stringField(ctx, n, 'file'),
        configMap: objectField(n, 'configMap'),
        raw: objectField(n, 'raw'),
      };
      const keys = ['file', 'configMap', 'raw'] as const;
      const set = keys.filter((k) => fields[k].set);
      if (set.length === 0) {
        const empty = keys.filter((k) => fields[k].writtenEmpty);
        const detail = empty.length ? ` (${andList(empty)} ${empty.length > 1 ? 'are' : 'is'} empty)` : '';
        ctx.legacyReport(
          empty.length ? fields[empty[0]].pair : n,
          `${entry.path} has no values source${detail}: the operator rejects it; give exactly one of file (an http(s) URL), configMap ({name, namespace}) or raw (inline values)`,
          entry.path,
        );
        continue;
      }
      if (set.length > 1) {
        const second = fields[set[1]].pair;
        ctx.legacyReport(
          second,
          `${entry.path} sets ${andList(set)}: the operator reads only one source per entry; give exactly one of file, configMap or raw, and put the others in entries of their own (later entries override earlier ones)`,
          `${entry.path}.${set[1]}`,
        );
      }
      const cm = fields.configMap;
      if (cm.set && isMap(cm.node)) {
        const name = stringField(ctx, cm.node, 'name');
        if (!name.set) {
          ctx.legacyReport(
            name.writtenEmpty ? emptyTarget(name) : cm.pair,
            `${entry.path}.configMap.name is ${name.writtenEmpty ? 'empty' : 'missing'}: name the ConfigMap that holds the values (${dataKey}), e.g. name: redis-values`,
            `${entry.path}.configMap.name`,
          );
        }
      }
    }
  },
};
