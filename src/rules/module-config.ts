import type { ModuleContext } from '../context/module-context.ts';
import type { Rule } from './types.ts';
import { configCheck, pathText, violationTarget } from './shared/module-config-check.ts';

export const rule: Rule<ModuleContext> = {
  meta: {
    id: 'module-config',
    severity: 'error',
    documents: 'module',
    description: "spec.config passes the config items of the Module's definition (or its own, 0.1.21+): known keys, editable, required, types, ranges, values, regexes.",
  },
  check(ctx) {
    const c = configCheck(ctx);
    if (!c) return;
    if (c.notAMap) {
      ctx.legacyReport(c.notAMap, 'spec.config must be a mapping of alias to value', 'spec.config');
      return;
    }
    for (const v of c.violations) {
      const where = v.code === 'required' ? ` (at spec.config)` : '';
      ctx.legacyReport(violationTarget(ctx, v), `${v.message}${where} [${v.code}; items from ${c.origin}]; the operator says: ${v.goError}`, `spec.config.${pathText(v.path)}`);
    }
  },
};
