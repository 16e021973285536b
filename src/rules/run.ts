import type { SeveritySetting } from '../diagnostics/finding.ts';
import type { DefinitionContext } from '../context/definition-context.ts';
import type { RuleContext } from '../context/rule-context.ts';
import { definitionRules } from './definition-rules.ts';
import { effectiveSeverity } from '../diagnostics/severity.ts';
import type { SeverityOverrides } from '../diagnostics/severity.ts';
import type { Rule } from './types.ts';

/** Which effective severities run: all but "off" by default; a Module source's summary wants only errors. */
export type SeverityFilter = (severity: SeveritySetting) => boolean;

const notOff: SeverityFilter = (s) => s !== 'off';

/**
 * The one rule loop: each rule whose effective severity passes `runs` checks ctx, and its
 * findings land in ctx.findings under its id. Definitions and Modules both come through here.
 */
export function runRules<C extends RuleContext>(rules: readonly Rule<C>[], ctx: C, options: SeverityOverrides, runs: SeverityFilter = notOff): void {
  for (const rule of rules) {
    if (!runs(effectiveSeverity(rule.meta.id, rule.meta.severity, options))) continue;
    ctx.setRule(rule.meta);
    rule.check(ctx);
  }
}

/** The definition rules for ctx's dialect, so a definition gets the same checks wherever it is found. */
export function runDefinitionRules(ctx: DefinitionContext, options: SeverityOverrides, runs: SeverityFilter = notOff): void {
  const rules = definitionRules.filter((r) => !r.meta.dialects || r.meta.dialects.includes(ctx.dialectId));
  runRules(rules, ctx, options, runs);
}
