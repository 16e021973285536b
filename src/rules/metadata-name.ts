import { child, isScalar, pairOf } from '../load/ynode.ts';
import type { Rule } from './types.ts';
import { dns1123SubdomainProblem, toDns1123 } from './shared/k8s-names.ts';

export const rule: Rule = {
  meta: {
    id: 'metadata-name',
    severity: 'warning',
    documents: 'definition',
    description: 'metadata.name is present and a valid Kubernetes (DNS-1123 subdomain) name.',
    messages: {
      nameMissing: 'metadata.name is missing: give the definition a name such as "redis"',
      nameInvalid: 'metadata.name "{{name}}" {{problem}}',
      nameInvalidWithSuggestion: 'metadata.name "{{name}}" {{problem}}; for example "{{suggestion}}"',
    },
  },
  check(ctx) {
    const pair = pairOf(ctx.metadata, 'name');
    const node = child(ctx.metadata, 'name');
    if (!pair || node == null || (isScalar(node) && (node.value === null || node.value === ''))) {
      ctx.report({ node: pair ?? pairOf(ctx.root, 'metadata') ?? ctx.root, path: 'metadata.name', messageId: 'nameMissing' });
      return;
    }
    if (!isScalar(node) || node.value === null) return; // a non-scalar is the structure rule's finding
    const name = String(node.value);
    const problem = dns1123SubdomainProblem(name);
    if (problem) {
      const suggestion = toDns1123(name);
      ctx.report({
        node,
        path: 'metadata.name',
        messageId: suggestion ? 'nameInvalidWithSuggestion' : 'nameInvalid',
        data: { name, problem, suggestion },
      });
    }
  },
};
