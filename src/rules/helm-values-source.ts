import { at, isMap } from '../load/ynode.ts';
import type { Rule } from './types.ts';
import { andList, listItems, objectField, stringField, emptyTarget } from './shared/helm-fields.ts';

const GIVE_ONE = 'give exactly one of file (an http(s) URL), configMap ({name, namespace}) or raw (inline values)';

export const rule: Rule = {
  meta: {
    id: 'helm-values-source',
    severity: 'error',
    documents: 'definition',
    description: 'Each spec.values entry has exactly one of file, configMap or raw, and a configMap entry names its ConfigMap.',
    dialects: ['helm-flat', 'helm-chart'],
    messages: {
      noSource: `{{path}} has no values source: the operator rejects it; ${GIVE_ONE}`,
      noSourceOneEmpty: `{{path}} has no values source ({{source}} is empty): the operator rejects it; ${GIVE_ONE}`,
      noSourceSeveralEmpty: `{{path}} has no values source ({{sources}} are empty): the operator rejects it; ${GIVE_ONE}`,
      severalSources:
        '{{path}} sets {{sources}}: the operator reads only one source per entry; give exactly one of file, configMap or raw, and put the others in entries of their own (later entries override earlier ones)',
      configMapNameMissing: '{{path}}.configMap.name is missing: name the ConfigMap that holds the values ({{dataKey}}), e.g. name: redis-values',
      configMapNameEmpty: '{{path}}.configMap.name is empty: name the ConfigMap that holds the values ({{dataKey}}), e.g. name: redis-values',
    },
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
        const where = { node: empty.length ? fields[empty[0]].pair : n, path: entry.path };
        if (empty.length === 0) ctx.report({ ...where, messageId: 'noSource', data: { path: entry.path } });
        else if (empty.length === 1) ctx.report({ ...where, messageId: 'noSourceOneEmpty', data: { path: entry.path, source: empty[0] } });
        else ctx.report({ ...where, messageId: 'noSourceSeveralEmpty', data: { path: entry.path, sources: andList(empty) } });
        continue;
      }
      if (set.length > 1) {
        const second = fields[set[1]].pair;
        ctx.report({ node: second, path: `${entry.path}.${set[1]}`, messageId: 'severalSources', data: { path: entry.path, sources: andList(set) } });
      }
      const cm = fields.configMap;
      if (cm.set && isMap(cm.node)) {
        const name = stringField(ctx, cm.node, 'name');
        if (!name.set) {
          ctx.report({
            node: name.writtenEmpty ? emptyTarget(name) : cm.pair,
            path: `${entry.path}.configMap.name`,
            messageId: name.writtenEmpty ? 'configMapNameEmpty' : 'configMapNameMissing',
            data: { path: entry.path, dataKey },
          });
        }
      }
    }
  },
};
