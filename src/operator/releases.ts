import type { Constraint } from '../constraints/index.ts';

/** Every released operator version, oldest first (the operator's tags v0.1.0 – v0.1.24). */
export const OPERATOR_RELEASES: readonly string[] = Object.freeze(Array.from({ length: 25 }, (_, i) => `0.1.${i}`));

/** The releases whose operator would accept a definition with this supportedOperatorVersion. */
export function acceptedReleases(constraint: Constraint, candidates: readonly string[] = OPERATOR_RELEASES): string[] {
  return candidates.filter((v) => constraint.check(v));
}
