import type { ModuleContext } from '../context/module-context.ts';
import type { Rule } from './types.ts';
import { configCheck, pathText, violationTarget } from './shared/module-config-check.ts';

export const rule: Rule<ModuleContext> = {
  meta: {
    id: 'module-config',
    severity: 'error',
    documents: 'module',
    description: "spec.config passes the config items of the Module's definition (or its own, 0.1.21+): known keys, editable, required, types, ranges, values, regexes.",
    messages: {
      configNotAMap: 'spec.config must be a mapping of alias to value',
      configViolation: '{{violation}} [{{code}}; items from {{origin}}]; the operator says: {{goError}}',
      // A missing key has no node of its own: the finding sits at spec.config and says so.
      requiredMissing: '{{violation}} (at spec.config) [required; items from {{origin}}]; the operator says: {{goError}}',
    },
  },
  check(ctx) {
    const c = configCheck(ctx);
    if (!c) return;
    if (c.notAMap) {
      ctx.report({ node: c.notAMap, path: 'spec.config', messageId: 'configNotAMap' });
      return;
    }
    for (const v of c.violations) {
      ctx.report({
        node: violationTarget(ctx, v),
        path: `spec.config.${pathText(v.path)}`,
        messageId: v.code === 'required' ? 'requiredMissing' : 'configViolation',
        data: { violation: v.message, code: v.code, origin: c.origin, goError: v.goError },
      });
    }
  },
};
