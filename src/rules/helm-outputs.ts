import { at, isMap } from '../load/ynode.ts';
import type { Rule } from './types.ts';
import { andList, listItems, objectField, stringField, emptyTarget } from './shared/helm-fields.ts';

const REF_KINDS = ['secret', 'configMap'] as const;

const GIVE_ONE = 'give exactly one, a literal value (value: "...") or a reference (valueFrom: {secret: {name, key}})';

export const rule: Rule = {
  meta: {
    id: 'helm-outputs',
    severity: 'warning',
    documents: 'definition',
    description: 'Each spec.outputs entry has a name and exactly one of value or valueFrom; valueFrom has exactly one of secret or configMap, with name and key.',
    dialects: ['helm-flat', 'helm-chart'],
    messages: {
      nameMissing: '{{path}}.name is missing: every output needs the name it is exposed under, e.g. name: redisHost',
      nameEmpty: '{{path}}.name is empty: every output needs the name it is exposed under, e.g. name: redisHost',
      noValue: `{{output}} has neither value nor valueFrom: ${GIVE_ONE}`,
      valueEmpty: `{{output}} has an empty {{field}}: ${GIVE_ONE}`,
      valueAndValueFrom: '{{output}} sets both value and valueFrom: give exactly one of them',
      valueFromNoSource: '{{path}} names no source: give exactly one of secret or configMap, each with name and key',
      valueFromSeveralSources: '{{path}} sets {{sources}}: give exactly one of secret or configMap',
      refNameMissing: '{{path}} is missing: give the {{kind}} to read, e.g. name: "{{ .releaseName }}"',
      refNameEmpty: '{{path}} is empty: give the {{kind}} to read, e.g. name: "{{ .releaseName }}"',
      refKeyMissing: '{{path}} is missing: give the data key to read, e.g. key: {{example}}',
      refKeyEmpty: '{{path}} is empty: give the data key to read, e.g. key: {{example}}',
    },
  },
  check(ctx) {
    for (const out of listItems(at(ctx.spec, 'outputs'), 'spec.outputs')) {
      const n = out.node;
      if (!isMap(n)) continue; // a null, scalar or list entry is the structure rule's finding
      const name = stringField(ctx, n, 'name');
      const label = name.set && name.text !== undefined ? `${out.path} ("${name.text}")` : out.path;
      if (!name.set) {
        ctx.report({
          node: name.writtenEmpty ? emptyTarget(name) : n,
          path: `${out.path}.name`,
          messageId: name.writtenEmpty ? 'nameEmpty' : 'nameMissing',
          data: { path: out.path },
        });
      }
      const value = objectField(n, 'value');
      const valueFrom = objectField(n, 'valueFrom');
      if (!value.set && !valueFrom.set) {
        const empty = value.writtenEmpty ? 'value' : valueFrom.writtenEmpty ? 'valueFrom' : undefined;
        const node = value.pair ?? valueFrom.pair ?? name.pair ?? n;
        if (empty) ctx.report({ node, path: out.path, messageId: 'valueEmpty', data: { output: label, field: empty } });
        else ctx.report({ node, path: out.path, messageId: 'noValue', data: { output: label } });
      } else if (value.set && valueFrom.set) {
        ctx.report({ node: valueFrom.pair, path: `${out.path}.valueFrom`, messageId: 'valueAndValueFrom', data: { output: label } });
      }
      if (!valueFrom.set || !isMap(valueFrom.node)) continue;
      const vfPath = `${out.path}.valueFrom`;
      const refs = REF_KINDS.map((k) => ({ key: k, f: objectField(valueFrom.node, k) }));
      const set = refs.filter((r) => r.f.set);
      if (set.length === 0) {
        ctx.report({ node: valueFrom.pair, path: vfPath, messageId: 'valueFromNoSource', data: { path: vfPath } });
        continue;
      }
      if (set.length > 1) {
        ctx.report({ node: set[1].f.pair, path: `${vfPath}.${set[1].key}`, messageId: 'valueFromSeveralSources', data: { path: vfPath, sources: andList(set.map((r) => r.key)) } });
      }
      for (const { key, f } of set) {
        if (!isMap(f.node)) continue;
        for (const field of ['name', 'key'] as const) {
          const s = stringField(ctx, f.node, field);
          if (s.set) continue;
          const node = s.writtenEmpty ? emptyTarget(s) : f.pair;
          const path = `${vfPath}.${key}.${field}`;
          if (field === 'name') {
            ctx.report({ node, path, messageId: s.writtenEmpty ? 'refNameEmpty' : 'refNameMissing', data: { path, kind: key === 'secret' ? 'Secret' : 'ConfigMap' } });
          } else {
            ctx.report({ node, path, messageId: s.writtenEmpty ? 'refKeyEmpty' : 'refKeyMissing', data: { path, example: key === 'secret' ? 'redis-password' : 'host' } });
          }
        }
      }
    }
  },
};
