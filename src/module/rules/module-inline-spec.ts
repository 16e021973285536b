import { child, pairOf } from '../../load/ynode.ts';
import type { ModuleRule } from '../context.ts';

export const rule: ModuleRule = {
  meta: {
    id: 'module-inline-spec',
    severity: 'error',
    description: 'A 0.1.21+ Module sets exactly one of spec.helm and spec.custom.',
  },
  check(ctx) {
    if (!ctx.inline || ctx.dialect !== 'module-inline') return;
    const helm = pairOf(ctx.spec, 'helm');
    const custom = pairOf(ctx.spec, 'custom');
    const h = helm && child(ctx.spec, 'helm') != null;
    const c = custom && child(ctx.spec, 'custom') != null;
    if (h && c) ctx.report(custom, 'spec sets both helm and custom; give exactly one', 'spec.custom');
    else if (!h && !c) ctx.report(pairOf(ctx.root, 'spec') ?? ctx.root, 'spec sets neither helm nor custom; give exactly one', 'spec');
  },
};
