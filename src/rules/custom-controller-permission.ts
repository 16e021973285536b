import { child, isSeq } from '../load/ynode.ts';
import type { Rule } from './types.ts';

export const rule: Rule = {
  meta: {
    id: 'custom-controller-permission',
    severity: 'warning',
    documents: 'definition',
    description: 'The "controller" permission (the operator\'s service account on the main cluster) is granted only when the module needs it.',
    dialects: ['custom-image'],
    messages: {
      controllerPermission:
        'spec.permissions[{{index}}] "controller" gives the module the operator\'s service account on the main cluster (where Forkspacer runs), with access well beyond its workspace; use "workspace" (the workspace\'s kubeconfig) unless the module really needs cluster-wide access',
    },
  },
  check(ctx) {
    const list = child(ctx.spec, 'permissions');
    if (!isSeq(list)) return;
    const i = list.items.findIndex((item) => ctx.stringOf(item) === 'controller');
    if (i < 0) return;
    ctx.report({ node: list.items[i], path: `spec.permissions[${i}]`, messageId: 'controllerPermission', data: { index: i } });
  },
};
