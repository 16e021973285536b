import type { GoScalar } from '../values/go-value.ts';

/**
 * gopkg.in/yaml.v3 (v3.0.1) `resolve()` for an untagged plain scalar decoded into `any`,
 * followed step by step:
 *
 * - The first byte picks the route. `""` `~` `null` `Null` `NULL` are nil; `true` `True`
 *   `TRUE` / `false` `False` `FALSE` are bools (YAML 1.2 core only: `yes`, `on`, `y` stay
 *   strings); `.inf` `.Inf` `.INF` (also with `+`), `-.inf` ..., `.nan` `.NaN` `.NAN` are
 *   float64. `<<` is a merge key only as a key; as a value it is the string "<<".
 * - Starting with `.`: strconv.ParseFloat of the text as written (Go float syntax, so `.5_0`
 *   is 0.5 and `._5` a string; out of range is a string).
 * - Starting with a digit or sign: a timestamp (below), else strconv.ParseInt(s, 0, 64)
 *   with every `_` removed (so `0755` is 493, `0o17` 15, `0x_1F` 31, `1_000` 1000), else
 *   ParseUint (unsigned only: `+18446744073709551615` is not a uint64), else a float if the
 *   `_`-less text has yaml.v3's float shape (`1e400` overflows: a string; `08` is 8.0),
 *   else the odd `0b`/`0o` fallbacks (`0b-1` is -1, `0o+7` is 7), else a string.
 * - Anything else is a string.
 *
 * Go types, and what this returns for each (`resolvePlainScalar`):
 * - int → bigint; float64 → number (NaN, ±Infinity, -0 kept); bool; nil → null; string.
 * - uint64 (2^63 … 2^64-1 without a sign) → bigint too. GoScalar has no separate unsigned
 *   int; the value is exact and, being above int64's maximum, tells itself apart.
 *   `classifyPlainScalar` reports the Go type.
 * - time.Time: yaml.v3 3.0.1 decodes timestamps into `any` as time.Time (v2 kept the
 *   string). There is no time value in GoScalar, so the result is the string that the
 *   time becomes on its way back out, `t.Format(time.RFC3339Nano)`: that is what
 *   yaml.Marshal writes for a time.Time (and what a string field then receives), and what
 *   encoding/json writes. So `2001-12-14` resolves to "2001-12-14T00:00:00Z" and
 *   `2001-12-14 21:59:43.10` to "2001-12-14T21:59:43.1Z". `classifyPlainScalar` says
 *   'time.Time' and gives the parsed fields.
 *
 * Timestamps are yaml.v3's four time.Parse layouts, tried in order after a check that the
 * text starts with four digits and `-`: `2006-1-2T15:4:5.999999999Z07:00`, the same with
 * `t`, `2006-1-2 15:4:5.999999999` (a run of spaces between date and time) and `2006-1-2`.
 * time.Parse changed between Go 1.19 (this project's Go oracle) and the operator's Go
 * 1.24: 1.24 takes any number of fraction digits (1.19 at most 9) and wants exactly two
 * digits in the zone offset's hour and minute, hour ≤ 24, minute ≤ 60 (1.19 took `+1` or
 * `-1` in either, and any value). The default is 1.24; '1.19' exists for the oracle tests.
 *
 * Proven against yaml.v3 by test/oracle/yaml.live.test.ts and
 * test/yaml/resolve-scalar-vectors.test.ts.
 */
export type GoScalarType = 'nil' | 'bool' | 'int' | 'uint64' | 'float64' | 'string' | 'time.Time';
export type GoRelease = '1.24' | '1.19';

export interface GoTimestamp {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  nanosecond: number;
  /** Zone offset east of UTC in seconds; 0 for `Z` and for layouts without a zone (UTC). */
  offsetSeconds: number;
}

export type ResolvedScalar =
  | { goType: 'nil'; value: null }
  | { goType: 'bool'; value: boolean }
  | { goType: 'int' | 'uint64'; value: bigint }
  | { goType: 'float64'; value: number }
  | { goType: 'string'; value: string }
  | { goType: 'time.Time'; value: string; time: GoTimestamp };

const INT64_MAX = 2n ** 63n - 1n;
const UINT64_MAX = 2n ** 64n - 1n;
const yamlStyleFloat = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;

const MAP: ReadonlyMap<string, ResolvedScalar> = new Map<string, ResolvedScalar>([
  ...['', '~', 'null', 'Null', 'NULL'].map((k) => [k, { goType: 'nil', value: null }] as const),
  ...['true', 'True', 'TRUE'].map((k) => [k, { goType: 'bool', value: true }] as const),
  ...['false', 'False', 'FALSE'].map((k) => [k, { goType: 'bool', value: false }] as const),
  ...['.nan', '.NaN', '.NAN'].map((k) => [k, { goType: 'float64', value: NaN }] as const),
  ...['.inf', '.Inf', '.INF', '+.inf', '+.Inf', '+.INF'].map((k) => [k, { goType: 'float64', value: Infinity }] as const),
  ...['-.inf', '-.Inf', '-.INF'].map((k) => [k, { goType: 'float64', value: -Infinity }] as const),
]);

/** The value yaml.v3 gives `v: <text>` decoded into map[string]any, as a GoScalar. */
export function resolvePlainScalar(text: string): GoScalar {
  return classifyPlainScalar(text).value;
}

/** Like resolvePlainScalar, with the Go type named (int vs uint64, time.Time). */
export function classifyPlainScalar(text: string, go: GoRelease = '1.24'): ResolvedScalar {
  const hit = MAP.get(text);
  if (hit) return hit;
  const c = text[0];
  if (c === '.') {
    const f = goParseFloat(text);
    return f === undefined ? str(text) : { goType: 'float64', value: f };
  }
  const digit = c >= '0' && c <= '9';
  if (!digit && c !== '+' && c !== '-') return str(text);

  const t = parseYamlTimestamp(text, go);
  if (t) return { goType: 'time.Time', value: formatRFC3339Nano(t), time: t };

  const plain = text.replaceAll('_', '');
  const i = goParseInt(plain, 0);
  if (i !== undefined) return { goType: 'int', value: i };
  const u = goParseUint(plain, 0);
  if (u !== undefined) return { goType: 'uint64', value: u };
  if (yamlStyleFloat.test(plain)) {
    const f = Number(plain);
    if (Number.isFinite(f)) return { goType: 'float64', value: f };
  }
  for (const [prefix, base] of [
    ['0b', 2],
    ['0o', 8],
  ] as const) {
    if (plain.startsWith(prefix)) {
      const v = goParseInt(plain.slice(2), base);
      if (v !== undefined) return { goType: 'int', value: v };
      const w = goParseUint(plain.slice(2), base);
      if (w !== undefined) return { goType: 'uint64', value: w };
    } else if (plain.startsWith('-' + prefix)) {
      const v = goParseInt('-' + plain.slice(3), base);
      if (v !== undefined) return { goType: 'int', value: v };
    }
  }
  return str(text);
}

const str = (value: string): ResolvedScalar => ({ goType: 'string', value });

function digitValue(ch: string): number {
  const c = ch.charCodeAt(0);
  if (c >= 48 && c <= 57) return c - 48;
  const l = c | 0x20;
  if (l >= 97 && l <= 122) return l - 97 + 10;
  return 99;
}

/** strconv.ParseUint(s, base, 64) with `_` already gone; undefined on any error. */
function goParseUint(s: string, base: number): bigint | undefined {
  if (s === '') return undefined;
  if (base === 0) {
    base = 10;
    if (s[0] === '0') {
      const p = s.length >= 3 ? s[1].toLowerCase() : '';
      if (p === 'b') [base, s] = [2, s.slice(2)];
      else if (p === 'o') [base, s] = [8, s.slice(2)];
      else if (p === 'x') [base, s] = [16, s.slice(2)];
      else [base, s] = [8, s.slice(1)];
    }
  }
  const b = BigInt(base);
  let n = 0n;
  for (const ch of s) {
    const d = digitValue(ch);
    if (d >= base) return undefined;
    n = n * b + BigInt(d);
    if (n > UINT64_MAX) return undefined;
  }
  return n;
}

/** strconv.ParseInt(s, base, 64) with `_` already gone; undefined on any error. */
function goParseInt(s: string, base: number): bigint | undefined {
  if (s === '') return undefined;
  let neg = false;
  if (s[0] === '+') s = s.slice(1);
  else if (s[0] === '-') [neg, s] = [true, s.slice(1)];
  const u = goParseUint(s, base);
  if (u === undefined) return undefined;
  if (neg ? u > INT64_MAX + 1n : u > INT64_MAX) return undefined;
  return neg ? -u : u;
}

/**
 * strconv.ParseFloat(s, 64) for text starting with `.`: Go float syntax, where `_` may
 * only stand between digits; an out-of-range result is an error (underflow is 0).
 */
function goParseFloat(s: string): number | undefined {
  if (s.includes('_') && !underscoreOK(s)) return undefined;
  const t = s.replaceAll('_', '');
  if (!/^\.[0-9]+([eE][-+]?[0-9]+)?$/.test(t)) return undefined;
  const f = Number(t);
  return Number.isFinite(f) ? f : undefined;
}

/** strconv's underscoreOK for a number without base prefix: `_` only between digits. */
function underscoreOK(s: string): boolean {
  let saw = '^';
  let i = s[0] === '+' || s[0] === '-' ? 1 : 0;
  for (; i < s.length; i++) {
    const c = s[i];
    if (c >= '0' && c <= '9') {
      saw = '0';
      continue;
    }
    if (c === '_') {
      if (saw !== '0') return false;
      saw = '_';
      continue;
    }
    if (saw === '_') return false;
    saw = '!';
  }
  return saw !== '_';
}

// ---- timestamps -------------------------------------------------------------------------

type Layout = 'T' | 't' | ' ' | 'date';
const LAYOUTS: readonly Layout[] = ['T', 't', ' ', 'date'];

/** yaml.v3 parseTimestamp: the fields of the time, or undefined when it is no timestamp. */
export function parseYamlTimestamp(s: string, go: GoRelease = '1.24'): GoTimestamp | undefined {
  let i = 0;
  while (i < s.length && s[i] >= '0' && s[i] <= '9') i++;
  if (i !== 4 || i === s.length || s[i] !== '-') return undefined;
  // Every accepting path consumes ASCII only, so Go's byte offsets and ours agree.
  if (!/^[\x00-\x7f]*$/.test(s)) return undefined;
  for (const layout of LAYOUTS) {
    const t = parseLayout(s, layout, go);
    if (t) return t;
  }
  return undefined;
}

/** Go's getnum: one or two digits. */
function getnum(v: string): [number, string] | undefined {
  if (!isDigit(v, 0)) return undefined;
  if (!isDigit(v, 1)) return [v.charCodeAt(0) - 48, v.slice(1)];
  return [(v.charCodeAt(0) - 48) * 10 + v.charCodeAt(1) - 48, v.slice(2)];
}
const isDigit = (v: string, i: number) => i < v.length && v[i] >= '0' && v[i] <= '9';

/** Go 1.19 time.atoi on a two-character field: optional sign, then digits only. */
function atoi119(f: string): number | undefined {
  const m = /^([+-]?)([0-9]+)$/.exec(f);
  if (!m) return f.length === 0 ? 0 : undefined;
  const n = Number(m[2]);
  return m[1] === '-' ? -n : n;
}

function daysIn(month: number, year: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

function parseLayout(s: string, layout: Layout, go: GoRelease): GoTimestamp | undefined {
  let v = s;
  const year = Number(v.slice(0, 4));
  v = v.slice(4);
  if (v[0] !== '-') return undefined;
  let r = getnum(v.slice(1));
  if (!r) return undefined;
  const month = r[0];
  if (month <= 0 || month > 12) return undefined;
  v = r[1];
  if (v[0] !== '-') return undefined;
  r = getnum(v.slice(1));
  if (!r) return undefined;
  const day = r[0];
  v = r[1];
  let hour = 0;
  let minute = 0;
  let second = 0;
  let nanosecond = 0;
  let offsetSeconds = 0;
  if (layout !== 'date') {
    if (layout === ' ') {
      // time.Parse's skip(): a space in the layout matches a run of spaces.
      if (v.length > 0 && v[0] !== ' ') return undefined;
      v = v.replace(/^ +/, '');
    } else {
      if (v[0] !== layout) return undefined;
      v = v.slice(1);
    }
    if (!(r = getnum(v)) || r[0] >= 24) return undefined;
    [hour, v] = r;
    if (v[0] !== ':' || !(r = getnum(v.slice(1))) || r[0] >= 60) return undefined;
    [minute, v] = r;
    if (v[0] !== ':' || !(r = getnum(v.slice(1))) || r[0] >= 60) return undefined;
    [second, v] = r;
    // .999999999: optional; `.` or `,` then digits (at most 9 before Go 1.20).
    if (v.length >= 2 && (v[0] === '.' || v[0] === ',') && isDigit(v, 1)) {
      let n = 0;
      while ((go === '1.24' || n < 9) && isDigit(v, n + 1)) n++;
      nanosecond = Number(v.slice(1, 1 + Math.min(n, 9)).padEnd(9, '0'));
      v = v.slice(1 + n);
    }
    if (layout !== ' ') {
      // Z07:00
      if (v[0] === 'Z') {
        v = v.slice(1);
      } else {
        if (v.length < 6 || v[3] !== ':') return undefined;
        const sign = v[0];
        const hf = v.slice(1, 3);
        const mf = v.slice(4, 6);
        v = v.slice(6);
        let hr: number | undefined;
        let mm: number | undefined;
        if (go === '1.24') {
          if (!/^[0-9]{2}$/.test(hf) || !/^[0-9]{2}$/.test(mf)) return undefined;
          hr = Number(hf);
          mm = Number(mf);
          if (hr > 24 || mm > 60) return undefined;
        } else {
          hr = atoi119(hf);
          mm = hr === undefined ? undefined : atoi119(mf);
          if (hr === undefined || mm === undefined) return undefined;
        }
        offsetSeconds = (hr * 60 + mm) * 60;
        if (sign === '-') offsetSeconds = -offsetSeconds;
        else if (sign !== '+') return undefined;
      }
    }
  }
  if (v.length !== 0) return undefined;
  if (day < 1 || day > daysIn(month, year)) return undefined;
  return { year, month, day, hour, minute, second, nanosecond, offsetSeconds };
}

const pad = (n: number, w: number) => String(n).padStart(w, '0');

/** time.Time.Format(time.RFC3339Nano) for a parsed timestamp (its wall clock in its zone). */
export function formatRFC3339Nano(t: GoTimestamp): string {
  let s = `${pad(t.year, 4)}-${pad(t.month, 2)}-${pad(t.day, 2)}T${pad(t.hour, 2)}:${pad(t.minute, 2)}:${pad(t.second, 2)}`;
  if (t.nanosecond !== 0) s += '.' + pad(t.nanosecond, 9).replace(/0+$/, '');
  if (t.offsetSeconds === 0) return s + 'Z';
  let zone = Math.trunc(t.offsetSeconds / 60);
  let sign = '+';
  if (zone < 0) {
    sign = '-';
    zone = -zone;
  }
  return `${s}${sign}${pad(Math.trunc(zone / 60), 2)}:${pad(zone % 60, 2)}`;
}
