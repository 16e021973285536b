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
  },
  check(ctx) {
    const md = child(ctx.root, 'metadata');
    const name = child(md, 'name');
    if (name == null) {
      if (at(md, 'generateName') == null)
        ctx.legacyReport(pairOf(ctx.root, 'metadata') ?? ctx.root, 'metadata.name is missing; the API server rejects an object without a name', 'metadata.name');
    } else if (!isScalar(name) || typeof name.value !== 'string') {
      ctx.legacyReport(name, 'metadata.name must be a string', 'metadata.name');
    } else {
      const p = subdomainProblem(name.value);
      if (p) ctx.legacyReport(name, `metadata.name "${name.value}" ${p}`, 'metadata.name');
    }
    const ns = child(md, 'namespace');
    if (ns == null) return;
    if (!isScalar(ns) || typeof ns.value !== 'string') ctx.legacyReport(ns, 'metadata.namespace must be a string', 'metadata.namespace');
    else {
      const p = labelProblem(ns.value);
      if (p) ctx.legacyReport(ns, `metadata.namespace "${ns.value}" ${p}`, 'metadata.namespace');
    }
  },
};
