import { goPattern } from './go-pattern.ts';
import { MASTERMINDS_3_4_0, type Dialect } from './dialect.ts';
import { compareVersions, comparePrerelease, parseVersion, type Version } from './version.ts';

/**
 * Masterminds/semver/v3 `NewConstraint` and `Constraints.Check`, the way the operator reads
 * `metadata.supportedOperatorVersion`.
 *
 * The grammar is Masterminds' own, defined by Go regular expressions; they are run here
 * as JavaScript RegExps with Go's `\s` (see go-pattern.ts): leftmost-first choice among
 * alternatives and submatch positions are the same in both engines:
 *
 * 1. Hyphen ranges `A - B` (whitespace on both sides of `-` required) are rewritten to
 *    `>= A, <= B ` before anything else, by plain text replacement.
 * 2. The text is split on `||`; each part must match the "valid AND group" expression,
 *    else `improper constraint: <part>` (the part after step 1, untrimmed).
 * 3. Each constraint `op version` is found in the part and parsed. The operator is one of
 *    `= == != > < >= => <= =< ~ ~> ^` or nothing; `==` is not one: it fails step 2.
 *    The version is `v?` then 1-3 dot-separated segments of digits, `x`, `X`, `*` (and,
 *    since Masterminds writes the class as `[0-9|x|X|\*]`, the character `|`), then an
 *    optional -prerelease and +metadata. A segment that is exactly x/X/* makes the
 *    constraint "dirty" from there; a segment mixing digits and wildcards (`1x`, `1|2`)
 *    passes the grammar and then fails with `constraint parser error`.
 *
 * Checking: a version with a prerelease satisfies an AND group only if some constraint in
 * that group names a prerelease (3.4.0); then each operator's rule applies, as in the Go
 * functions constraintTilde, constraintCaret etc. (wildcards make `>`, `<=`, `!=`, `~`,
 * `^` range-like; `1.2` without an operator means `~1.2`).
 */

export interface Constraint {
  /** The text as given. */
  readonly text: string;
  /** Masterminds Constraints.Check on a version parsed with NewVersion; false if it does not parse. */
  check(version: string | Version): boolean;
}

export type ConstraintResult = { ok: true; constraint: Constraint } | { ok: false; error: string };

interface Single {
  readonly op: string;
  readonly con: Version;
  readonly orig: string;
  readonly dirty: boolean;
  readonly minorDirty: boolean;
  readonly patchDirty: boolean;
}

const cvRegex = 'v?([0-9|x|X|\\*]+)(\\.[0-9|x|X|\\*]+)?(\\.[0-9|x|X|\\*]+)?' + '(-([0-9A-Za-z\\-]+(\\.[0-9A-Za-z\\-]+)*))?' + '(\\+([0-9A-Za-z\\-]+(\\.[0-9A-Za-z\\-]+)*))?';
const ops = '=||!=|>|<|>=|=>|<=|=<|~|~>|\\^';

const constraintRegex = goPattern(`^\\s*(${ops})\\s*(${cvRegex})\\s*$`);
const constraintRangeRegex = goPattern(`\\s*(${cvRegex})\\s+-\\s+(${cvRegex})\\s*`, 'g');
const findConstraintRegex = goPattern(`(${ops})\\s*(${cvRegex})`, 'g');
const validConstraintRegex = goPattern(`^(\\s*(${ops})\\s*(${cvRegex})\\s*)((?:\\s+|,\\s*)(${ops})\\s*(${cvRegex})\\s*)*$`);

const isX = (s: string) => s === 'x' || s === '*' || s === 'X';

/** Go strings.Replace(s, old, new, 1). */
function replaceFirst(s: string, old: string, rep: string): string {
  const i = s.indexOf(old);
  return i < 0 ? s : s.slice(0, i) + rep + s.slice(i + old.length);
}

/** Masterminds rewriteRange: every `A - B` becomes `>= A, <= B` (plus a space in 3.2.1+). */
export function rewriteRange(text: string, dialect: Dialect = MASTERMINDS_3_4_0): string {
  const found: { whole: string; a: string; b: string }[] = [];
  for (const m of text.matchAll(constraintRangeRegex)) found.push({ whole: m[0], a: m[1] ?? '', b: m[11] ?? '' });
  let o = text;
  for (const f of found) {
    o = replaceFirst(o, f.whole, `>= ${f.a}, <= ${f.b}${dialect.rangeTrailingSpace ? ' ' : ''}`);
  }
  return o;
}

function parseSingle(s: string, dialect: Dialect): { ok: true; c: Single } | { ok: false; error: string } {
  const m = constraintRegex.exec(s);
  if (!m) return { ok: false, error: `improper constraint: ${s}` };
  const g = (i: number) => m[i] ?? '';
  const op = g(1);
  const orig = g(2);
  let ver = orig;
  let dirty = false;
  let minorDirty = false;
  let patchDirty = false;
  const m4 = g(4).replace(/^\./, '');
  const m5 = g(5).replace(/^\./, '');
  if (isX(g(3)) || g(3) === '') {
    ver = `0.0.0${g(6)}`;
    dirty = true;
  } else if (isX(m4) || g(4) === '') {
    minorDirty = true;
    dirty = true;
    ver = `${g(3)}.0.0${g(6)}`;
  } else if (isX(m5) || g(5) === '') {
    dirty = true;
    patchDirty = true;
    ver = `${g(3)}${g(4)}.0${g(6)}`;
  }
  const con = parseVersion(ver, dialect);
  if (!con.ok) return { ok: false, error: dialect.errors.constraintParser };
  return { ok: true, c: { op, con: con.version, orig, dirty, minorDirty, patchDirty } };
}

/** Masterminds NewConstraint. The error is Go's error text. */
export function parseConstraint(text: string, dialect: Dialect = MASTERMINDS_3_4_0): ConstraintResult {
  const rewritten = rewriteRange(text, dialect);
  const groups: Single[][] = [];
  for (const part of rewritten.split('||')) {
    if (!validConstraintRegex.test(part)) return { ok: false, error: `improper constraint: ${part}` };
    const found: string[] = [];
    for (const f of part.matchAll(findConstraintRegex)) found.push(f[0]);
    if (found.length === 0) found.push(part);
    const group: Single[] = [];
    for (const s of found) {
      const r = parseSingle(s, dialect);
      if (!r.ok) return r;
      group.push(r.c);
    }
    groups.push(group);
  }
  return { ok: true, constraint: new Constraints(text, groups, dialect) };
}

class Constraints implements Constraint {
  readonly text: string;
  readonly #groups: readonly (readonly Single[])[];
  readonly #containsPre: readonly boolean[];
  readonly #dialect: Dialect;

  constructor(text: string, groups: Single[][], dialect: Dialect) {
    this.text = text;
    this.#groups = groups;
    this.#containsPre = groups.map((g) => g.some((c) => c.con.pre !== ''));
    this.#dialect = dialect;
  }

  check(version: string | Version): boolean {
    let v: Version;
    if (typeof version === 'string') {
      const r = parseVersion(version, this.#dialect);
      if (!r.ok) return false;
      v = r.version;
    } else {
      v = version;
    }
    return this.#groups.some((group, i) => group.every((c) => checkSingle(v, c, this.#containsPre[i], this.#dialect)));
  }

  toString(): string {
    return this.text;
  }
}

/** Whether a prerelease version is shut out before the operator's rule is applied. */
function preBlocked(v: Version, c: Single, groupHasPre: boolean, d: Dialect): boolean {
  if (v.pre === '') return false;
  return d.groupPrerelease ? !groupHasPre : c.con.pre === '';
}

function checkSingle(v: Version, c: Single, groupHasPre: boolean, d: Dialect): boolean {
  switch (c.op) {
    case '':
    case '=':
      if (preBlocked(v, c, groupHasPre, d)) return false;
      return c.dirty ? tilde(v, c) : compareVersions(v, c.con) === 0;
    case '!=':
      return notEqual(v, c, groupHasPre, d);
    case '>':
      if (preBlocked(v, c, groupHasPre, d)) return false;
      return greaterThan(v, c);
    case '<':
      if (preBlocked(v, c, groupHasPre, d)) return false;
      return compareVersions(v, c.con) < 0;
    case '>=':
    case '=>':
      if (preBlocked(v, c, groupHasPre, d)) return false;
      return compareVersions(v, c.con) >= 0;
    case '<=':
    case '=<':
      if (preBlocked(v, c, groupHasPre, d)) return false;
      return lessThanEqual(v, c);
    case '~':
    case '~>':
      if (preBlocked(v, c, groupHasPre, d)) return false;
      return tilde(v, c);
    case '^':
      if (preBlocked(v, c, groupHasPre, d)) return false;
      return caret(v, c);
    default:
      throw new Error(`unreachable constraint operator ${c.op}`);
  }
}

function notEqual(v: Version, c: Single, groupHasPre: boolean, d: Dialect): boolean {
  // 3.4.0 shuts prereleases out first; 3.2.0 only did so for wildcard constraints.
  if (d.groupPrerelease && preBlocked(v, c, groupHasPre, d)) return false;
  if (c.dirty) {
    if (!d.groupPrerelease && preBlocked(v, c, groupHasPre, d)) return false;
    if (c.con.major !== v.major) return true;
    if (c.con.minor !== v.minor && !c.minorDirty) return true;
    if (c.minorDirty) return false;
    if (c.con.patch !== v.patch && !c.patchDirty) return true;
    if (c.patchDirty) {
      if (v.pre !== '' || c.con.pre !== '') return comparePrerelease(v.pre, c.con.pre) !== 0;
      return false;
    }
  }
  return compareVersions(v, c.con) !== 0;
}

function greaterThan(v: Version, c: Single): boolean {
  if (!c.dirty) return compareVersions(v, c.con) === 1;
  if (v.major > c.con.major) return true;
  if (v.major < c.con.major) return false;
  if (c.minorDirty) return false;
  if (c.patchDirty) return v.minor > c.con.minor;
  return compareVersions(v, c.con) === 1;
}

function lessThanEqual(v: Version, c: Single): boolean {
  if (!c.dirty) return compareVersions(v, c.con) <= 0;
  if (v.major > c.con.major) return false;
  if (v.major === c.con.major && v.minor > c.con.minor && !c.minorDirty) return false;
  return true;
}

function tilde(v: Version, c: Single): boolean {
  if (compareVersions(v, c.con) < 0) return false;
  // ~0.0.0 accepts everything (equivalent to >= 0.0.0).
  if (c.con.major === 0n && c.con.minor === 0n && c.con.patch === 0n && !c.minorDirty && !c.patchDirty) return true;
  if (v.major !== c.con.major) return false;
  if (v.minor !== c.con.minor && !c.minorDirty) return false;
  return true;
}

function caret(v: Version, c: Single): boolean {
  if (compareVersions(v, c.con) < 0) return false;
  if (c.con.major > 0n || c.minorDirty) return v.major === c.con.major;
  if (c.con.major === 0n && v.major > 0n) return false;
  if (c.con.minor > 0n || c.patchDirty) return v.minor === c.con.minor;
  if (c.con.minor === 0n && v.minor > 0n) return false;
  return c.con.patch === v.patch;
}
