import { at } from '../load/ynode.ts';
import type { Rule } from './types.ts';
import { quantityProblem } from './shared/quantity.ts';

export const rule: Rule = {
  meta: {
    id: 'resource-usage',
    severity: 'warning',
    documents: 'definition',
    description: 'metadata.resource_usage.cpu and .memory are valid Kubernetes quantities (500m, 512Mi).',
    messages: {
      quantityInvalid: 'metadata.resource_usage.{{field}} "{{quantity}}" {{problem}}; e.g. {{example}}',
    },
  },
  check(ctx) {
    for (const field of ['cpu', 'memory'] as const) {
      const node = at(ctx.metadata, 'resource_usage', field);
      const text = ctx.stringOf(node);
      if (text === undefined) continue;
      const problem = quantityProblem(text);
      const example = field === 'cpu' ? '500m or 2' : '512Mi or 2Gi';
      if (problem) ctx.report({ node, path: `metadata.resource_usage.${field}`, messageId: 'quantityInvalid', data: { field, quantity: text, problem, example } });
    }
  },
};
