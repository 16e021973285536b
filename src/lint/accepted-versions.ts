import type { DefinitionContext } from './definition-context.ts';

/**
 * The operator releases that would accept this definition, once the constraint rules have
 * computed it (see rules/supported-operator-version.ts); undefined when not computed.
 */
export function acceptedOperatorVersions(ctx: DefinitionContext): string[] | undefined {
  return ctx.memo<string[] | undefined>('acceptedReleases', () => undefined);
}
