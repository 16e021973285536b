import { locate } from '../diagnostics/locate.ts';
import { at } from '../load/ynode.ts';
import type { ModuleContext } from '../context/module-context.ts';
import type { Rule } from './types.ts';
import { configCheck } from './shared/module-config-check.ts';

export const rule: Rule<ModuleContext> = {
  meta: {
    id: 'module-ignored-config',
    severity: 'warning',
    documents: 'module',
    description: 'A 0.1.21+ Module gives a spec.config key that no config item declares: the operator ignores it.',
    messages: {
      unknownAlias: 'spec.config.{{key}} names no config item; the operator ignores it (known: {{known}})',
    },
  },
  check(ctx) {
    const c = configCheck(ctx);
    if (!c || c.era !== 'inline') return;
    const specConfig = at(ctx.root, 'spec', 'config');
    for (const k of c.ignoredKeys) {
      const loc = locate(specConfig, [k]);
      ctx.report({
        node: loc.pair ?? specConfig,
        path: `spec.config.${k}`,
        messageId: 'unknownAlias',
        data: { key: k, known: c.items.map((i) => i.alias).join(', ') || 'none' },
      });
    }
  },
};
