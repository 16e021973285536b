import type { RuleMeta } from '../diagnostics/rule-meta.ts';
import type { DefinitionContext } from '../context/definition-context.ts';

export type { RuleDocuments, RuleMeta } from '../diagnostics/rule-meta.ts';

/** A rule that runs over a document: its meta, and check, which reports through ctx.report. */
export interface Rule<Context = DefinitionContext> {
  meta: RuleMeta;
  check(ctx: Context): void;
}
