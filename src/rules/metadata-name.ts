import { child, isScalar, pairOf } from '../load/ynode.ts';
import type { Rule } from './types.ts';
import { dns1123SubdomainProblem, toDns1123 } from './shared/k8s-names.ts';

export const rule: Rule = {
  meta: {
    id: 'metadata-name',
    severity: 'warning',
    documents: 'definition',
    description: 'metadata.name is present and a valid Kubernetes (DNS-1123 subdomain) name.',
  },
  check(ctx) {
    const pair = pairOf(ctx.metadata, 'name');
    const node = child(ctx.metadata, 'name');
    if (!pair || node == null || (isScalar(node) && (node.value === null || node.value === ''))) {
      ctx.legacyReport(pair ?? pairOf(ctx.root, 'metadata') ?? ctx.root, 'metadata.name is missing: give the definition a name such as "redis"', 'metadata.name');
      return;
    }
    if (!isScalar(node) || node.value === null) return; // a non-scalar is the structure rule's finding
    const name = String(node.value);
    const problem = dns1123SubdomainProblem(name);
    if (problem) {
      const fix = toDns1123(name);
      ctx.legacyReport(node, `metadata.name "${name}" ${problem}${fix ? `; for example "${fix}"` : ''}`, 'metadata.name');
    }
  },
};
