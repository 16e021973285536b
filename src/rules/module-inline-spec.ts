import { child, pairOf } from '../load/ynode.ts';
import type { ModuleContext } from '../context/module-context.ts';
import type { Rule } from './types.ts';

export const rule: Rule<ModuleContext> = {
  meta: {
    id: 'module-inline-spec',
    severity: 'error',
    documents: 'module',
    description: 'A 0.1.21+ Module sets exactly one of spec.helm and spec.custom.',
    messages: {
      bothHelmAndCustom: 'spec sets both helm and custom; give exactly one',
      neitherHelmNorCustom: 'spec sets neither helm nor custom; give exactly one',
    },
  },
  check(ctx) {
    if (!ctx.inline || ctx.dialect !== 'module-inline') return;
    const helm = pairOf(ctx.spec, 'helm');
    const custom = pairOf(ctx.spec, 'custom');
    const h = helm && child(ctx.spec, 'helm') != null;
    const c = custom && child(ctx.spec, 'custom') != null;
    if (h && c) ctx.report({ node: custom, path: 'spec.custom', messageId: 'bothHelmAndCustom' });
    else if (!h && !c) ctx.report({ node: pairOf(ctx.root, 'spec') ?? ctx.root, path: 'spec', messageId: 'neitherHelmNorCustom' });
  },
};
