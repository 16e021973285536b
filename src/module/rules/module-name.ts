import { at, child, isScalar, pairOf } from '../../load/ynode.ts';
import type { ModuleRule } from '../context.ts';
import { labelProblem, subdomainProblem } from './k8s-names.ts';

export const rule: ModuleRule = {
  meta: {
    id: 'module-name',
    severity: 'error',
    description: 'metadata.name is a DNS-1123 subdomain and metadata.namespace a DNS-1123 label, as the API server requires.',
  },
  check(ctx) {
    const md = child(ctx.root, 'metadata');
    const name = child(md, 'name');
    if (name == null) {
      if (at(md, 'generateName') == null)
        ctx.report(pairOf(ctx.root, 'metadata') ?? ctx.root, 'metadata.name is missing; the API server rejects an object without a name', 'metadata.name');
    } else if (!isScalar(name) || typeof name.value !== 'string') {
      ctx.report(name, 'metadata.name must be a string', 'metadata.name');
    } else {
      const p = subdomainProblem(name.value);
      if (p) ctx.report(name, `metadata.name "${name.value}" ${p}`, 'metadata.name');
    }
    const ns = child(md, 'namespace');
    if (ns == null) return;
    if (!isScalar(ns) || typeof ns.value !== 'string') ctx.report(ns, 'metadata.namespace must be a string', 'metadata.namespace');
    else {
      const p = labelProblem(ns.value);
      if (p) ctx.report(ns, `metadata.namespace "${ns.value}" ${p}`, 'metadata.namespace');
    }
  },
};
