import { isMap, pairOf } from '../load/ynode.ts';
import type { Rule } from './types.ts';
import { isTemplated, stringField, isNullish } from './shared/helm-fields.ts';
import { dns1123LabelProblem, toDns1123 } from './shared/k8s-names.ts';

export const rule: Rule = {
  meta: {
    id: 'helm-namespace',
    severity: 'error',
    documents: 'definition',
    description: 'spec.namespace (where the release goes), unless templated, is a valid namespace name (DNS-1123 label); Kubernetes refuses any other.',
    dialects: ['helm-flat', 'helm-chart'],
    messages: {
      namespaceInvalid: 'spec.namespace "{{namespace}}" {{problem}} (a namespace name is a DNS-1123 label)',
      namespaceInvalidWithExample: 'spec.namespace "{{namespace}}" {{problem}} (a namespace name is a DNS-1123 label); e.g. "{{example}}"',
    },
  },
  check(ctx) {
    // No spec key at all, or a scalar/list spec, is the structure rule's finding.
    if (!pairOf(ctx.root, 'spec') || (!isNullish(ctx.spec) && !isMap(ctx.spec))) return;
    const f = stringField(ctx, ctx.spec, 'namespace');
    if (!f.set) return; // a missing or empty namespace is helm-namespace-missing's finding
    const text = f.text;
    if (text === undefined || isTemplated(text)) return;
    const problem = dns1123LabelProblem(text);
    if (!problem) return;
    const fix = toDns1123(text.replace(/\./g, '-'), 63);
    if (fix && fix !== text) {
      ctx.report({ node: f.node, path: 'spec.namespace', messageId: 'namespaceInvalidWithExample', data: { namespace: text, problem, example: fix } });
    } else {
      ctx.report({ node: f.node, path: 'spec.namespace', messageId: 'namespaceInvalid', data: { namespace: text, problem } });
    }
  },
};
