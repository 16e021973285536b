import { at, isMap } from '../load/ynode.ts';
import type { Rule } from './types.ts';
import { andList, listItems, objectField, stringField, emptyTarget } from './shared/helm-fields.ts';

const REF_KINDS = ['secret', 'configMap'] as const;

export const rule: Rule = {
  meta: {
    id: 'helm-outputs',
    severity: 'warning',
    documents: 'definition',
    description: 'Each spec.outputs entry has a name and exactly one of value or valueFrom; valueFrom has exactly one of secret or configMap, with name and key.',
    dialects: ['helm-flat', 'helm-chart'],
  },
  check(ctx) {
    for (const out of listItems(at(ctx.spec, 'outputs'), 'spec.outputs')) {
      const n = out.node;
      if (!isMap(n)) continue; // a null, scalar or list entry is the structure rule's finding
      const name = stringField(ctx, n, 'name');
      const label = name.set && name.text !== undefined ? `${out.path} ("${name.text}")` : out.path;
      if (!name.set) {
        ctx.legacyReport(
          name.writtenEmpty ? emptyTarget(name) : n,
          `${out.path}.name is ${name.writtenEmpty ? 'empty' : 'missing'}: every output needs the name it is exposed under, e.g. name: redisHost`,
          `${out.path}.name`,
        );
      }
      const value = objectField(n, 'value');
      const valueFrom = objectField(n, 'valueFrom');
      if (!value.set && !valueFrom.set) {
        const empty = value.writtenEmpty ? 'value' : valueFrom.writtenEmpty ? 'valueFrom' : undefined;
        ctx.legacyReport(
          value.pair ?? valueFrom.pair ?? name.pair ?? n,
          `${label} has ${empty ? `an empty ${empty}` : 'neither value nor valueFrom'}: give exactly one, a literal value (value: "...") or a reference (valueFrom: {secret: {name, key}})`,
          out.path,
        );
      } else if (value.set && valueFrom.set) {
        ctx.legacyReport(valueFrom.pair, `${label} sets both value and valueFrom: give exactly one of them`, `${out.path}.valueFrom`);
      }
      if (!valueFrom.set || !isMap(valueFrom.node)) continue;
      const vfPath = `${out.path}.valueFrom`;
      const refs = REF_KINDS.map((k) => ({ key: k, f: objectField(valueFrom.node, k) }));
      const set = refs.filter((r) => r.f.set);
      if (set.length === 0) {
        ctx.legacyReport(valueFrom.pair, `${vfPath} names no source: give exactly one of secret or configMap, each with name and key`, vfPath);
        continue;
      }
      if (set.length > 1) {
        ctx.legacyReport(set[1].f.pair, `${vfPath} sets ${andList(set.map((r) => r.key))}: give exactly one of secret or configMap`, `${vfPath}.${set[1].key}`);
      }
      for (const { key, f } of set) {
        if (!isMap(f.node)) continue;
        for (const field of ['name', 'key'] as const) {
          const s = stringField(ctx, f.node, field);
          if (s.set) continue;
          const what =
            field === 'name'
              ? `the ${key === 'secret' ? 'Secret' : 'ConfigMap'} to read, e.g. name: "{{ .releaseName }}"`
              : `the data key to read, e.g. key: ${key === 'secret' ? 'redis-password' : 'host'}`;
          ctx.legacyReport(
            s.writtenEmpty ? emptyTarget(s) : f.pair,
            `${vfPath}.${key}.${field} is ${s.writtenEmpty ? 'empty' : 'missing'}: give ${what}`,
            `${vfPath}.${key}.${field}`,
          );
        }
      }
    }
  },
};
