import { goPattern } from './go-pattern.ts';
// The class alone: the package index evaluates all of node-semver (~2 ms of start-up).
import SemVer from 'semver/classes/semver.js';
import { MASTERMINDS_3_4_0, type Dialect } from './dialect.ts';

/**
 * Masterminds/semver/v3 versions: `NewVersion` (loose: `v` prefix, missing minor/patch,
 * leading zeros in the numeric segments) and `StrictNewVersion` (exactly MAJOR.MINOR.PATCH
 * with optional -prerelease and +metadata, no `v`, no leading zeros). Segments are Go
 * uint64s, so they are bigints here.
 *
 * Ordering goes through node-semver where node-semver is faithful to Masterminds' Compare:
 * numeric segments and numeric prerelease identifiers below 2^53 and a canonical string
 * node-semver accepts. Outside that (huge numbers, which node-semver rejects or compares
 * as doubles, and which Masterminds compares as uint64 or, past uint64, as strings) the
 * comparison is done here. test/constraints/version.test.ts proves both paths agree.
 */
export interface Version {
  readonly major: bigint;
  readonly minor: bigint;
  readonly patch: bigint;
  /** Prerelease without the leading `-`; "" when none. */
  readonly pre: string;
  /** Build metadata without the leading `+`; "" when none. */
  readonly metadata: string;
  /** The text as given (Masterminds' Original()). */
  readonly original: string;
}

export type VersionResult = { ok: true; version: Version } | { ok: false; error: string };

const UINT64_MAX = 2n ** 64n - 1n;
const NUM = /^[0-9]*$/;
const ALLOWED = /^[0-9A-Za-z-]*$/;

// The loose expression of NewVersion (3.2.0's semVerRegex, 3.4.0's looseSemVerRegex).
const looseVersion = goPattern('^v?([0-9]+)(\\.[0-9]+)?(\\.[0-9]+)?' + '(-([0-9A-Za-z\\-]+(\\.[0-9A-Za-z\\-]+)*))?' + '(\\+([0-9A-Za-z\\-]+(\\.[0-9A-Za-z\\-]+)*))?$');

/** Go's strconv.ParseUint(s, 10, 64) on a string; the error text is strconv's. */
function parseUint64(s: string): { ok: true; value: bigint } | { ok: false; error: string } {
  if (s.length === 0 || !/^[0-9]+$/.test(s)) {
    return { ok: false, error: `strconv.ParseUint: parsing ${goQuote(s)}: invalid syntax` };
  }
  const v = BigInt(s);
  if (v > UINT64_MAX) return { ok: false, error: `strconv.ParseUint: parsing ${goQuote(s)}: value out of range` };
  return { ok: true, value: v };
}

/** strconv.Quote for the strings that can reach it here (ASCII digits, dots, letters). */
function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === '"' || ch === '\\') out += '\\' + ch;
    else if (c >= 0x20 && c < 0x7f) out += ch;
    else if (c === 0x0a) out += '\\n';
    else if (c === 0x09) out += '\\t';
    else if (c === 0x0d) out += '\\r';
    else if (c < 0x20 || c === 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else out += ch; // printable non-ASCII is kept by strconv.Quote
  }
  return out + '"';
}

/** Go strings.SplitN(s, sep, n) for n > 0. */
function splitN(s: string, sep: string, n: number): string[] {
  const out: string[] = [];
  let rest = s;
  while (out.length < n - 1) {
    const i = rest.indexOf(sep);
    if (i < 0) break;
    out.push(rest.slice(0, i));
    rest = rest.slice(i + sep.length);
  }
  out.push(rest);
  return out;
}

function validatePrerelease(p: string, d: Dialect): string | undefined {
  for (const part of p.split('.')) {
    if (part === '' && d.strictSplitsFirst) return d.errors.invalidPrerelease;
    if (NUM.test(part)) {
      if (part.length > 1 && part[0] === '0') return d.errors.segmentStartsZero;
    } else if (!ALLOWED.test(part)) {
      return d.errors.invalidPrerelease;
    }
  }
  return undefined;
}

function validateMetadata(m: string, d: Dialect): string | undefined {
  for (const part of m.split('.')) {
    if (part === '' && d.strictSplitsFirst) return d.errors.invalidMetadata;
    if (!ALLOWED.test(part)) return d.errors.invalidMetadata;
  }
  return undefined;
}

/** Masterminds `NewVersion` (3.4.0 with its default CoerceNewVersion = true). */
export function parseVersion(text: string, dialect: Dialect = MASTERMINDS_3_4_0): VersionResult {
  const m = looseVersion.exec(text);
  if (!m) return { ok: false, error: dialect.errors.invalidSemVer };
  const g = (i: number) => m[i] ?? '';
  const segs: bigint[] = [];
  for (const raw of [g(1), g(2).replace(/^\./, ''), g(3).replace(/^\./, '')]) {
    if (raw === '') {
      segs.push(0n);
      continue;
    }
    const r = parseUint64(raw);
    if (!r.ok) return { ok: false, error: dialect.errors.segmentParse + r.error };
    segs.push(r.value);
  }
  const pre = g(5);
  const metadata = g(8);
  if (pre !== '') {
    const e = validatePrerelease(pre, dialect);
    if (e) return { ok: false, error: e };
  }
  if (metadata !== '') {
    const e = validateMetadata(metadata, dialect);
    if (e) return { ok: false, error: e };
  }
  return { ok: true, version: { major: segs[0], minor: segs[1], patch: segs[2], pre, metadata, original: text } };
}

/** Masterminds `StrictNewVersion`: a semantic version as the spec writes it. */
export function parseStrictVersion(text: string, dialect: Dialect = MASTERMINDS_3_4_0): VersionResult {
  const E = dialect.errors;
  if (text.length === 0) return { ok: false, error: E.emptyString };
  const parts = splitN(text, '.', 3);
  if (parts.length !== 3) return { ok: false, error: E.invalidSemVer };
  let pre = '';
  let metadata = '';
  if (dialect.strictSplitsFirst) {
    if (parts[2].includes('+')) {
      const extra = splitN(parts[2], '+', 2);
      metadata = extra[1];
      parts[2] = extra[0];
      const e = validateMetadata(metadata, dialect);
      if (e) return { ok: false, error: e };
    }
    if (parts[2].includes('-')) {
      const extra = splitN(parts[2], '-', 2);
      pre = extra[1];
      parts[2] = extra[0];
      const e = validatePrerelease(pre, dialect);
      if (e) return { ok: false, error: e };
    }
  } else if (/[-+]/.test(parts[2])) {
    let extra = splitN(parts[2], '+', 2);
    if (extra.length > 1) {
      metadata = extra[1];
      parts[2] = extra[0];
    }
    extra = splitN(parts[2], '-', 2);
    if (extra.length > 1) {
      pre = extra[1];
      parts[2] = extra[0];
    }
  }
  for (const p of parts) {
    if (!NUM.test(p)) return { ok: false, error: E.invalidCharacters };
    if (p.length > 1 && p[0] === '0') return { ok: false, error: E.segmentStartsZero };
  }
  const segs: bigint[] = [];
  for (const p of parts) {
    const r = parseUint64(p);
    if (!r.ok) return { ok: false, error: r.error };
    segs.push(r.value);
  }
  if (!dialect.strictSplitsFirst) {
    if (pre !== '') {
      const e = validatePrerelease(pre, dialect);
      if (e) return { ok: false, error: e };
    }
    if (metadata !== '') {
      const e = validateMetadata(metadata, dialect);
      if (e) return { ok: false, error: e };
    }
  }
  return { ok: true, version: { major: segs[0], minor: segs[1], patch: segs[2], pre, metadata, original: text } };
}

/** Masterminds Version.String(): no `v`, segments in decimal, -pre and +metadata kept. */
export function formatVersion(v: Version): string {
  return `${v.major}.${v.minor}.${v.patch}${v.pre ? '-' + v.pre : ''}${v.metadata ? '+' + v.metadata : ''}`;
}

const SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * The translation into node-semver: a canonical strict string, or undefined where
 * node-semver would not order the version as Masterminds does.
 */
export function toNodeSemver(v: Version): SemVer | undefined {
  if (v.major >= SAFE || v.minor >= SAFE || v.patch >= SAFE) return undefined;
  if (v.pre !== '') {
    for (const id of v.pre.split('.')) {
      // node-semver reads numeric identifiers as doubles; Masterminds as uint64, and past
      // uint64 as strings. Both agree only while the number is exact in a double.
      if (/^[0-9]+$/.test(id) && id.length > 15) return undefined;
    }
  }
  try {
    return new SemVer(`${v.major}.${v.minor}.${v.patch}${v.pre ? '-' + v.pre : ''}`);
  } catch {
    return undefined;
  }
}

const nodeCache = new WeakMap<Version, SemVer | null>();
function nodeOf(v: Version): SemVer | null {
  let n = nodeCache.get(v);
  if (n === undefined) {
    n = toNodeSemver(v) ?? null;
    nodeCache.set(v, n);
  }
  return n;
}

/** Masterminds Version.Compare: -1, 0 or 1; metadata ignored, a prerelease sorts first. */
export function compareVersions(a: Version, b: Version): -1 | 0 | 1 {
  const na = nodeOf(a);
  const nb = nodeOf(b);
  if (na && nb) return na.compare(nb);
  return compareVersionsDirect(a, b);
}

/** Masterminds' own algorithm, for the inputs node-semver cannot take (and to prove it). */
export function compareVersionsDirect(a: Version, b: Version): -1 | 0 | 1 {
  for (const [x, y] of [
    [a.major, b.major],
    [a.minor, b.minor],
    [a.patch, b.patch],
  ] as const) {
    if (x < y) return -1;
    if (x > y) return 1;
  }
  if (a.pre === '' && b.pre === '') return 0;
  if (a.pre === '') return 1;
  if (b.pre === '') return -1;
  return comparePrerelease(a.pre, b.pre);
}

/** Masterminds comparePrerelease (dot-separated identifiers, shorter list first). */
export function comparePrerelease(v: string, o: string): -1 | 0 | 1 {
  const sp = v.split('.');
  const op = o.split('.');
  const l = Math.max(sp.length, op.length);
  for (let i = 0; i < l; i++) {
    const d = comparePrePart(i < sp.length ? sp[i] : '', i < op.length ? op[i] : '');
    if (d !== 0) return d;
  }
  return 0;
}

function asUint64(s: string): bigint | undefined {
  if (!/^[0-9]+$/.test(s)) return undefined;
  const n = BigInt(s);
  return n <= UINT64_MAX ? n : undefined;
}

function comparePrePart(s: string, o: string): -1 | 0 | 1 {
  if (s === o) return 0;
  if (s === '') return -1;
  if (o === '') return 1;
  const oi = asUint64(o);
  const si = asUint64(s);
  if (oi === undefined && si === undefined) return s > o ? 1 : -1;
  if (oi === undefined) return -1;
  if (si === undefined) return 1;
  return si > oi ? 1 : -1;
}
