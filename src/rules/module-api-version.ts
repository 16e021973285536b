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
    messages: {
      wrongApiGroup: 'operator {{operatorVersion}} serves Modules as {{want}}, not {{apiVersion}}: the API server has no such resource',
      inlineModuleForOldOperator: 'this is a 0.1.21+ Module (inline config, spec.helm/spec.custom); operator {{operatorVersion}} reads spec.source',
      sourceModuleForNewOperator: 'this Module uses spec.source; operator {{operatorVersion}} reads spec.helm or spec.custom with inline config',
    },
  },
  check(ctx) {
    if (ctx.eraSource !== 'option') return;
    // An era chosen by option means --operator-version was given.
    const operatorVersion = ctx.options.operatorVersion ?? '';
    const api = stringAt(ctx.root, 'apiVersion');
    const want = ctx.era === '0.1.2' ? 'batch.environment.sh/v1' : 'batch.forkspacer.com/v1';
    if (api !== want)
      ctx.report({
        node: pairOf(ctx.root, 'apiVersion')?.value,
        path: 'apiVersion',
        messageId: 'wrongApiGroup',
        data: { operatorVersion, want, apiVersion: String(api) },
      });
    else if (ctx.dialect === 'module-inline' && ctx.era !== '0.1.24')
      ctx.report({ node: pairOf(ctx.root, 'spec'), path: 'spec', messageId: 'inlineModuleForOldOperator', data: { operatorVersion } });
    else if (ctx.dialect === 'module-source' && ctx.era === '0.1.24')
      ctx.report({ node: pairOf(ctx.root, 'spec'), path: 'spec', messageId: 'sourceModuleForNewOperator', data: { operatorVersion } });
  },
};
