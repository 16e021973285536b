import { child, pairOf } from '../load/ynode.ts';
import type { ModuleContext } from '../context/module-context.ts';
import type { Rule } from './types.ts';

export const rule: Rule<ModuleContext> = {
  meta: {
    id: 'module-inline-spec',
    severity: 'error',
    documents: 'module',
    description: 'A 0.1.21+ Module sets exactly one of spec.helm and spec.custom.',
  },
  check(ctx) {
    if (!ctx.inline || ctx.dialect !== 'module-inline') return;
    const helm = pairOf(ctx.spec, 'helm');
    const custom = pairOf(ctx.spec, 'custom');
    const h = helm && child(ctx.spec, 'helm') != null;
    const c = custom && child(ctx.spec, 'custom') != null;
    if (h && c) ctx.legacyReport(custom, 'spec sets both helm and custom; give exactly one', 'spec.custom');
    else if (!h && !c) ctx.legacyReport(pairOf(ctx.root, 'spec') ?? ctx.root, 'spec sets neither helm nor custom; give exactly one', 'spec');
  },
};
