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
  },
  check(ctx) {
    for (const field of ['labels', 'annotations'] as const) {
      const m = at(ctx.root, 'metadata', field);
      if (m == null || !isMap(m)) {
        if (m != null && !(isScalar(m) && m.value === null)) ctx.legacyReport(m, `metadata.${field} must be a mapping of strings`, `metadata.${field}`);
        continue;
      }
      for (const p of m.pairs) {
        const key = keyText(p) ?? '';
        const path = `metadata.${field}[${JSON.stringify(key)}]`;
        const kp = qualifiedNameProblem(key);
        if (kp) ctx.legacyReport(p.key, `${field === 'labels' ? 'label' : 'annotation'} key "${key}" ${kp}`, path);
        const v = p.value;
        if (!isScalar(v) || (typeof v.value !== 'string' && v.value !== null)) {
          ctx.legacyReport(
            v ?? p.key,
            `${field === 'labels' ? 'label' : 'annotation'} "${key}" must be a string; quote it (the API server rejects ${isScalar(v) ? typeof v.value : 'a ' + (v?.kind ?? 'null')} values)`,
            path,
          );
          continue;
        }
        if (field === 'labels' && typeof v.value === 'string') {
          if (v.value.length > 63) ctx.legacyReport(v, `label "${key}" value is ${v.value.length} characters; at most 63`, path);
          else if (!LABEL_VALUE.test(v.value))
            ctx.legacyReport(v, `label "${key}" value "${v.value}" must be letters, digits, "-", "_" and ".", starting and ending with a letter or digit`, path);
        }
      }
    }
  },
};
