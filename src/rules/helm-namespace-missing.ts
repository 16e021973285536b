import { isMap, pairOf } from '../load/ynode.ts';
import type { Rule } from './types.ts';
import { stringField, emptyTarget, isNullish } from './shared/helm-fields.ts';

export const rule: Rule = {
  meta: {
    id: 'helm-namespace-missing',
    severity: 'warning',
    documents: 'definition',
    description: 'spec.namespace (where the release goes) is set: the operator passes a missing or empty one to Helm as "".',
    dialects: ['helm-flat', 'helm-chart'],
    messages: {
      namespaceMissing:
        'spec.namespace is missing: it is the namespace the Helm release is installed in; set it, e.g. namespace: default, or namespace: "{{ .config.namespace }}" to let the Module choose',
      namespaceEmpty:
        'spec.namespace is empty: it is the namespace the Helm release is installed in; set it, e.g. namespace: default, or namespace: "{{ .config.namespace }}" to let the Module choose',
    },
  },
  check(ctx) {
    // No spec key at all, or a scalar/list spec, is the structure rule's finding.
    if (!pairOf(ctx.root, 'spec') || (!isNullish(ctx.spec) && !isMap(ctx.spec))) return;
    const f = stringField(ctx, ctx.spec, 'namespace');
    if (f.set) return; // a set namespace is checked by helm-namespace
    const where = f.writtenEmpty ? emptyTarget(f) : pairOf(ctx.root, 'spec');
    ctx.report({ node: where, path: 'spec.namespace', messageId: f.writtenEmpty ? 'namespaceEmpty' : 'namespaceMissing' });
  },
};
