import { isMap, pairOf } from '../load/ynode.ts';
import type { Rule } from './types.ts';
import { isTemplated, stringField, emptyTarget, isNullish } from './shared/helm-fields.ts';
import { dns1123LabelProblem, toDns1123 } from './shared/k8s-names.ts';

export const rule: Rule = {
  meta: {
    id: 'helm-namespace',
    severity: 'error',
    description: 'spec.namespace (where the release goes) is set and, unless templated, a valid namespace name (DNS-1123 label).',
    dialects: ['helm-flat', 'helm-chart'],
  },
  check(ctx) {
    // No spec key at all, or a scalar/list spec, is the structure rule's finding.
    if (!pairOf(ctx.root, 'spec') || (!isNullish(ctx.spec) && !isMap(ctx.spec))) return;
    const f = stringField(ctx, ctx.spec, 'namespace');
    if (!f.set) {
      const where = f.writtenEmpty ? emptyTarget(f) : pairOf(ctx.root, 'spec');
      ctx.report(
        where,
        `spec.namespace is ${f.writtenEmpty ? 'empty' : 'missing'}: it is the namespace the Helm release is installed in; set it, e.g. namespace: default, or namespace: "{{ .config.namespace }}" to let the Module choose`,
        'spec.namespace',
      );
      return;
    }
    const text = f.text;
    if (text === undefined || isTemplated(text)) return;
    const problem = dns1123LabelProblem(text);
    if (!problem) return;
    const fix = toDns1123(text.replace(/\./g, '-'), 63);
    ctx.report(f.node, `spec.namespace "${text}" ${problem} (a namespace name is a DNS-1123 label)${fix && fix !== text ? `; e.g. "${fix}"` : ''}`, 'spec.namespace');
  },
};
