import { locate } from '../../diagnostics/locate.ts';
import { at } from '../../load/ynode.ts';
import type { ModuleRule } from '../context.ts';
import { configCheck } from '../config-check.ts';

export const rule: ModuleRule = {
  meta: {
    id: 'module-ignored-config',
    severity: 'warning',
    description: 'A 0.1.21+ Module gives a spec.config key that no config item declares: the operator ignores it.',
  },
  check(ctx) {
    const c = configCheck(ctx);
    if (!c || c.era !== 'inline') return;
    const specConfig = at(ctx.root, 'spec', 'config');
    for (const k of c.ignoredKeys) {
      const loc = locate(specConfig, [k]);
      ctx.report(
        loc.pair ?? specConfig,
        `spec.config.${k} names no config item; the operator ignores it (known: ${c.items.map((i) => i.alias).join(', ') || 'none'})`,
        `spec.config.${k}`,
      );
    }
  },
};
