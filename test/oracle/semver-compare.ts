/**
 * The shape both sides answer in, for semver: Go's answers (test/oracle/go/semver.go) and
 * ours, compacted the same way, so the live tests and the vector replays compare strings.
 */
import { MASTERMINDS_3_2_0, MASTERMINDS_3_4_0, type Dialect } from '../../src/constraints/dialect.ts';
import { parseConstraint } from '../../src/constraints/constraint.ts';
import { compareVersions, formatVersion, parseStrictVersion, parseVersion, type VersionResult } from '../../src/constraints/version.ts';
import { VERSION_POOL, comparePairs, constraintTexts, versionTexts } from './semver-cases.ts';

export const SEMVER_SEED = 20250627;
export const SEMVER_COUNTS = { constraints: 8000, versions: 4000, pairs: 4000 };

export function semverCases() {
  return {
    constraints: constraintTexts(SEMVER_SEED, SEMVER_COUNTS.constraints),
    versions: versionTexts(SEMVER_SEED + 1, SEMVER_COUNTS.versions),
    pairs: comparePairs(SEMVER_SEED + 2, SEMVER_COUNTS.pairs),
  };
}

/** A constraint answer: "E:<error>" or one character per pool version: 1 true, 0 false, n unparseable. */
export function tsConstraintAnswer(text: string, pool: readonly string[], dialect: Dialect): string {
  const r = parseConstraint(text, dialect);
  if (!r.ok) return 'E:' + r.error;
  let s = '';
  for (const pv of parsedPool(pool)) s += !pv.ok ? 'n' : r.constraint.check(pv.version) ? '1' : '0';
  return s;
}

// Which pool versions parse, and to what, is the same in both dialects (only error texts
// differ, and they are not part of a constraint answer).
const poolCache = new WeakMap<readonly string[], VersionResult[]>();
function parsedPool(pool: readonly string[]): VersionResult[] {
  let p = poolCache.get(pool);
  if (!p) poolCache.set(pool, (p = pool.map((v) => parseVersion(v))));
  return p;
}

export function goConstraintAnswer(a: Record<string, unknown>): string {
  if (a.ok !== true) return 'E:' + String(a.error ?? JSON.stringify(a));
  return (a.checks as (boolean | null)[]).map((c) => (c === null ? 'n' : c ? '1' : '0')).join('');
}

/** A version answer: "E:<error>" or "major.minor.patch|pre|metadata|String()". */
function versionInfo(r: VersionResult): string {
  if (!r.ok) return 'E:' + r.error;
  const v = r.version;
  return `${v.major}.${v.minor}.${v.patch}|${v.pre}|${v.metadata}|${formatVersion(v)}`;
}

export function tsVersionAnswer(text: string, dialect: Dialect): { loose: string; strict: string } {
  return { loose: versionInfo(parseVersion(text, dialect)), strict: versionInfo(parseStrictVersion(text, dialect)) };
}

function goVersionInfo(a: Record<string, unknown>): string {
  if (a.ok !== true) return 'E:' + String(a.error);
  return `${a.major}.${a.minor}.${a.patch}|${a.pre}|${a.metadata}|${a.string}`;
}

export function goVersionAnswer(a: Record<string, unknown>): { loose: string; strict: string } {
  return { loose: goVersionInfo(a.loose as Record<string, unknown>), strict: goVersionInfo(a.strict as Record<string, unknown>) };
}

export function tsCompareAnswer([a, b]: [string, string], dialect: Dialect): number | null {
  const x = parseVersion(a, dialect);
  const y = parseVersion(b, dialect);
  if (!x.ok || !y.ok) return null;
  return compareVersions(x.version, y.version);
}

/** The changelog entries 3.2.0 → 3.4.0 that change a constraint answer (see src/constraints/dialect.ts). */
export const CONSTRAINT_DELTAS = ['3.2.1 #199 range rewrite', '3.4.0 #267 prerelease per AND group', '3.4.0 #269 error text case'] as const;
/** ... and a NewVersion / StrictNewVersion answer. */
export const VERSION_DELTAS = ['loose: 3.4.0 #269 error text case', 'strict: 3.4.0 #269 error text case', 'strict: 3.3.0 #241 StrictNewVersion rewrite'] as const;

/**
 * Which 3.2.0 → 3.4.0 changes alter the answer on this constraint: our 3.4.0 dialect (proven
 * against Go 3.4.0) against our 3.2.0 dialect with one change of 3.4.0 applied at a time.
 * Undefined when both dialects answer the same.
 */
export function constraintDelta(text: string, pool: readonly string[]): string[] | undefined {
  const a = tsConstraintAnswer(text, pool, MASTERMINDS_3_2_0);
  const b = tsConstraintAnswer(text, pool, MASTERMINDS_3_4_0);
  if (a === b) return undefined;
  const only = (patch: Partial<Dialect>) => tsConstraintAnswer(text, pool, { ...MASTERMINDS_3_2_0, ...patch }) !== a;
  const why: string[] = [];
  if (only({ rangeTrailingSpace: true })) why.push(CONSTRAINT_DELTAS[0]);
  if (only({ groupPrerelease: true })) why.push(CONSTRAINT_DELTAS[1]);
  if (only({ errors: MASTERMINDS_3_4_0.errors })) why.push(CONSTRAINT_DELTAS[2]);
  return why.length ? why : ['combined'];
}

export function versionDelta(text: string): string[] | undefined {
  const a = tsVersionAnswer(text, MASTERMINDS_3_2_0);
  const b = tsVersionAnswer(text, MASTERMINDS_3_4_0);
  if (a.loose === b.loose && a.strict === b.strict) return undefined;
  const why: string[] = [];
  if (a.loose !== b.loose) why.push(VERSION_DELTAS[0]);
  if (a.strict !== b.strict) {
    const s = tsVersionAnswer(text, { ...MASTERMINDS_3_2_0, errors: MASTERMINDS_3_4_0.errors });
    why.push(s.strict === b.strict ? VERSION_DELTAS[1] : VERSION_DELTAS[2]);
  }
  return why;
}

export { VERSION_POOL };
