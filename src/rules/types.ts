import type { Severity } from '../diagnostics/finding.ts';
import type { DefinitionDialectId } from '../classify/dialects.ts';
import type { DefinitionContext } from '../context/definition-context.ts';

export interface RuleMeta {
  id: string;
  severity: Severity;
  /** One line, shown in the README table and in SARIF. */
  description: string;
  /** Dialects the rule applies to; all definition dialects when absent. */
  dialects?: readonly DefinitionDialectId[];
}

export interface Rule {
  meta: RuleMeta;
  check(ctx: DefinitionContext): void;
}
