import { pairOf } from '../load/ynode.ts';
import { stringAt } from '../load/ynode.ts';
import type { ModuleContext } from '../context/module-context.ts';
import type { Rule } from './types.ts';

export const rule: Rule<ModuleContext> = {
  meta: {
    id: 'module-api-version',
    severity: 'error',
    documents: 'module',
    description: "The Module's API group is the one the chosen operator serves (batch.environment.sh/v1 up to 0.1.2, batch.forkspacer.com/v1 after).",
  },
  check(ctx) {
    if (ctx.eraSource !== 'option') return;
    const api = stringAt(ctx.root, 'apiVersion');
    const want = ctx.era === '0.1.2' ? 'batch.environment.sh/v1' : 'batch.forkspacer.com/v1';
    if (api !== want)
      ctx.legacyReport(
        pairOf(ctx.root, 'apiVersion')?.value,
        `operator ${ctx.options.operatorVersion} serves Modules as ${want}, not ${api}: the API server has no such resource`,
        'apiVersion',
      );
    else if (ctx.dialect === 'module-inline' && ctx.era !== '0.1.24')
      ctx.legacyReport(
        pairOf(ctx.root, 'spec'),
        `this is a 0.1.21+ Module (inline config, spec.helm/spec.custom); operator ${ctx.options.operatorVersion} reads spec.source`,
        'spec',
      );
    else if (ctx.dialect === 'module-source' && ctx.era === '0.1.24')
      ctx.legacyReport(pairOf(ctx.root, 'spec'), `this Module uses spec.source; operator ${ctx.options.operatorVersion} reads spec.helm or spec.custom with inline config`, 'spec');
  },
};
