import { at, child, isScalar, pairOf } from '../load/ynode.ts';
import type { ModuleContext } from '../context/module-context.ts';
import type { Rule } from './types.ts';
import { labelProblem, subdomainProblem } from './shared/module-k8s-names.ts';

export const rule: Rule<ModuleContext> = {
  meta: {
    id: 'module-name',
    severity: 'error',
    documents: 'module',
    description: 'metadata.name is a DNS-1123 subdomain and metadata.namespace a DNS-1123 label, as the API server requires.',
    messages: {
      nameMissing: 'metadata.name is missing; the API server rejects an object without a name',
      nameNotString: 'metadata.name must be a string',
      nameInvalid: 'metadata.name "{{name}}" {{problem}}',
      namespaceNotString: 'metadata.namespace must be a string',
      namespaceInvalid: 'metadata.namespace "{{namespace}}" {{problem}}',
    },
  },
  check(ctx) {
    const md = child(ctx.root, 'metadata');
    const name = child(md, 'name');
    if (name == null) {
      if (at(md, 'generateName') == null) ctx.report({ node: pairOf(ctx.root, 'metadata') ?? ctx.root, path: 'metadata.name', messageId: 'nameMissing' });
    } else if (!isScalar(name) || typeof name.value !== 'string') {
      ctx.report({ node: name, path: 'metadata.name', messageId: 'nameNotString' });
    } else {
      const p = subdomainProblem(name.value);
      if (p) ctx.report({ node: name, path: 'metadata.name', messageId: 'nameInvalid', data: { name: name.value, problem: p } });
    }
    const ns = child(md, 'namespace');
    if (ns == null) return;
    if (!isScalar(ns) || typeof ns.value !== 'string') ctx.report({ node: ns, path: 'metadata.namespace', messageId: 'namespaceNotString' });
    else {
      const p = labelProblem(ns.value);
      if (p) ctx.report({ node: ns, path: 'metadata.namespace', messageId: 'namespaceInvalid', data: { namespace: ns.value, problem: p } });
    }
  },
};
