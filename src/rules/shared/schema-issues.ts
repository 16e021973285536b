import type { DefinitionContext } from '../../context/definition-context.ts';
import type { SchemaIssue } from '../../schema/validate.ts';
import { validateDefinition } from '../../schema/validate.ts';

/** Schema validation runs once per document; `structure` and `unknown-field` share it. */
export function schemaIssues(ctx: DefinitionContext): SchemaIssue[] {
  return ctx.memo('schemaIssues', () => validateDefinition(ctx.dialectId, ctx.root));
}
