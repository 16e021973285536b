import type { SeveritySetting } from '../diagnostics/finding.ts';
import type { DefinitionContext } from '../context/definition-context.ts';
import { definitionRules } from './index.ts';
import { effectiveSeverity } from './severity.ts';
import type { SeverityOverrides } from './severity.ts';

/**
 * Runs the definition rules for ctx's dialect into ctx.findings: the one loop that lint and the
 * Module rules share, so a definition gets the same checks wherever it is found. `runs` picks
 * rules by effective severity (a Module source's summary wants only errors).
 */
export function runDefinitionRules(ctx: DefinitionContext, options: SeverityOverrides, runs: (severity: SeveritySetting) => boolean = (s) => s !== 'off'): void {
  for (const rule of definitionRules) {
    if (rule.meta.dialects && !rule.meta.dialects.includes(ctx.dialectId)) continue;
    if (!runs(effectiveSeverity(rule.meta.id, rule.meta.severity, options))) continue;
    ctx.setRule(rule.meta.id);
    rule.check(ctx);
  }
}
