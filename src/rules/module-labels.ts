import { at, isMap, isScalar, keyText } from '../load/ynode.ts';
import type { ModuleContext } from '../context/module-context.ts';
import type { Rule } from './types.ts';
import { LABEL_VALUE, qualifiedNameProblem } from './shared/module-k8s-names.ts';

export const rule: Rule<ModuleContext> = {
  meta: {
    id: 'module-labels',
    severity: 'error',
    documents: 'module',
    description: 'Labels and annotations are well formed: [prefix/]name keys, string values, label values of at most 63 characters.',
    messages: {
      notAMapping: 'metadata.{{field}} must be a mapping of strings',
      badKey: '{{kind}} key "{{key}}" {{problem}}',
      valueNotString: '{{kind}} "{{key}}" must be a string; quote it (the API server rejects {{valueType}} values)',
      labelValueTooLong: 'label "{{key}}" value is {{length}} characters; at most 63',
      labelValueInvalid: 'label "{{key}}" value "{{value}}" must be letters, digits, "-", "_" and ".", starting and ending with a letter or digit',
    },
  },
  check(ctx) {
    for (const field of ['labels', 'annotations'] as const) {
      const m = at(ctx.root, 'metadata', field);
      if (m == null || !isMap(m)) {
        if (m != null && !(isScalar(m) && m.value === null)) ctx.report({ node: m, path: `metadata.${field}`, messageId: 'notAMapping', data: { field } });
        continue;
      }
      const kind = field === 'labels' ? 'label' : 'annotation';
      for (const p of m.pairs) {
        const key = keyText(p) ?? '';
        const path = `metadata.${field}[${JSON.stringify(key)}]`;
        const kp = qualifiedNameProblem(key);
        if (kp) ctx.report({ node: p.key, path, messageId: 'badKey', data: { kind, key, problem: kp } });
        const v = p.value;
        if (!isScalar(v) || (typeof v.value !== 'string' && v.value !== null)) {
          ctx.report({
            node: v ?? p.key,
            path,
            messageId: 'valueNotString',
            data: { kind, key, valueType: isScalar(v) ? typeof v.value : 'a ' + (v?.kind ?? 'null') },
          });
          continue;
        }
        if (field === 'labels' && typeof v.value === 'string') {
          if (v.value.length > 63) ctx.report({ node: v, path, messageId: 'labelValueTooLong', data: { key, length: v.value.length } });
          else if (!LABEL_VALUE.test(v.value)) ctx.report({ node: v, path, messageId: 'labelValueInvalid', data: { key, value: v.value } });
        }
      }
    }
  },
};
