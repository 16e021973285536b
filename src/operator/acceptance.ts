import type { DefinitionDialectId } from '../classify/dialects.ts';
import { DIALECTS } from '../classify/dialects.ts';
import { compareVersions, parseConstraint, parseVersion } from '../constraints/index.ts';
import type { Constraint, VersionResult } from '../constraints/index.ts';
import { OPERATOR_RELEASES } from './releases.ts';

/**
 * Which operator releases would load a definition: those its supportedOperatorVersion
 * admits, that read its dialect, and whose own checks (the `Validate` methods of
 * pkg/resources/helm.go and custom.go, v0.1.0 – v0.1.20) it passes.
 */
export interface ReleaseCheck {
  /** First release that applies this check. */
  since: string;
  /** Why releases from `since` on reject the definition. */
  reason: string;
}

export interface Acceptance {
  constraint?: Constraint;
  constraintError?: string;
  admitted: string[];
  dialectReleases: string[];
  rejectedBy: ReleaseCheck[];
  accepted: string[];
  /** Whether the constraint admits any version at all (released or not). */
  satisfiable: boolean;
}

export function releaseInRange(v: string, first: string, last: string): boolean {
  return cmp(v, first) >= 0 && cmp(v, last) <= 0;
}

export function cmp(a: string, b: string): number {
  const va = parsedVersion(a);
  const vb = parsedVersion(b);
  if (!va.ok || !vb.ok) return a.localeCompare(b);
  return compareVersions(va.version, vb.version);
}

// Rules compare the same few release strings for every document: keeping the parsed Version
// object also keeps compareVersions' per-Version node-semver cache warm.
const parsed = new Map<string, VersionResult>();

function parsedVersion(text: string): VersionResult {
  let hit = parsed.get(text);
  if (!hit) {
    if (parsed.size > 1024) parsed.clear();
    hit = parseVersion(text);
    parsed.set(text, hit);
  }
  return hit;
}

const cache = new Map<string, Acceptance>();

/** Memoized by input: a corpus repeats a handful of constraints thousands of times. */
export function computeAcceptance(constraintText: string | undefined, dialect: DefinitionDialectId, checks: ReleaseCheck[]): Acceptance {
  const key = `${dialect}\u0000${constraintText ?? '\u0001'}\u0000${checks.map((c) => `${c.since}:${c.reason}`).join('\u0000')}`;
  let hit = cache.get(key);
  if (!hit) {
    if (cache.size > 4096) cache.clear();
    hit = computeUncached(constraintText, dialect, checks);
    cache.set(key, hit);
  }
  return hit;
}

function computeUncached(constraintText: string | undefined, dialect: DefinitionDialectId, checks: ReleaseCheck[]): Acceptance {
  const d = DIALECTS[dialect];
  const dialectReleases = OPERATOR_RELEASES.filter((v) => releaseInRange(v, d.firstRelease, d.lastRelease));
  let constraint: Constraint | undefined;
  let constraintError: string | undefined;
  if (constraintText === undefined) constraintError = 'missing';
  else {
    const r = parseConstraint(constraintText);
    if (r.ok) constraint = r.constraint;
    else constraintError = r.error;
  }
  const admitted = constraint ? OPERATOR_RELEASES.filter((v) => constraint.check(v)) : [];
  const accepted = admitted.filter((v) => dialectReleases.includes(v) && !checks.some((c) => cmp(v, c.since) >= 0));
  const satisfiable = constraint !== undefined && (admitted.length > 0 || isSatisfiable(constraint, constraintText ?? ''));
  return { constraint, constraintError, admitted, dialectReleases, rejectedBy: checks, accepted, satisfiable };
}

/** Compresses a sorted list of releases into ranges: 0.1.0–0.1.7, 0.1.12. */
export function describeReleases(list: readonly string[]): string {
  if (list.length === 0) return 'none';
  const idx = list.map((v) => OPERATOR_RELEASES.indexOf(v));
  const parts: string[] = [];
  let startI = 0;
  for (let i = 1; i <= list.length; i++) {
    if (i === list.length || idx[i] !== idx[i - 1] + 1 || idx[i] === -1) {
      parts.push(i - 1 === startI ? list[startI] : `${list[startI]}–${list[i - 1]}`);
      startI = i;
    }
  }
  return parts.join(', ');
}

/**
 * Whether a constraint admits any version at all: tries the versions it names and their
 * neighbours (Masterminds bounds are always at or next to a written version).
 */
export function isSatisfiable(constraint: Constraint, text: string): boolean {
  const candidates = new Set<string>(['0.0.0', ...OPERATOR_RELEASES]);
  for (const m of text.matchAll(/(\d+)(?:\.(\d+|[xX*]))?(?:\.(\d+|[xX*]))?/g)) {
    const ma = Number(m[1]);
    const mi = Number.isNaN(Number(m[2])) ? 0 : Number(m[2] ?? 0);
    const pa = Number.isNaN(Number(m[3])) ? 0 : Number(m[3] ?? 0);
    for (const [a, b, c] of [
      [ma, mi, pa],
      [ma, mi, pa + 1],
      [ma, mi + 1, 0],
      [ma + 1, 0, 0],
      [ma, mi, Math.max(0, pa - 1)],
      [ma, Math.max(0, mi - 1), 999999],
      [Math.max(0, ma - 1), 999999, 999999],
    ]) {
      candidates.add(`${a}.${b}.${c}`);
      candidates.add(`${a}.${b}.${c}-0`);
    }
  }
  for (const v of candidates) if (constraint.check(v)) return true;
  return false;
}
