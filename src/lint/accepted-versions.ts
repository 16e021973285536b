import { acceptance } from '../rules/shared/acceptance.ts';
import type { DefinitionContext } from './definition-context.ts';

/** The operator releases that would load this definition (listed in the JSON output). */
export function acceptedOperatorVersions(ctx: DefinitionContext): string[] {
  return acceptance(ctx).accepted;
}
