/**
 * Seeded random (format, args) cases for the fmt differential test (fmt.live.test.ts) and the
 * golden vectors (fmt-vectors.ts → vectors/fmt.json → test/template/fmt-golden.test.ts).
 *
 * The oracle is the operator's Go (1.24.5). What changed in fmt/strconv output since Go 1.19
 * (the oracle's Go before) is reached on purpose: the pool has runes assigned in Unicode 14.0
 * and 15.0 (printable since Go 1.21: %q, %+q, %c, %U, %#U and js print them otherwise) and
 * 15.1 runes (not printable in Go 1.24), and integers are not kept off them.
 * - %p is never applied to a top-level list or map: Go prints a heap address there.
 */
import type { GoValue } from '../../src/values/go-value.ts';
import { encodeFmt, type FmtTagged } from './fmt-codec.ts';
import { prng } from '../support/prng.ts';

export const FMT_SEED = 0x5eed_f00d;
export const FMT_CASES = 6000;

export type FmtOp = 'sprintf' | 'sprint' | 'sprintln' | 'html' | 'js' | 'urlquery';
export interface FmtCase {
  op: FmtOp;
  format: string;
  args: GoValue[];
}

export { prng };

/** Code points with the same strconv.IsPrint answer in Unicode 13 and 15 (all assigned ≤ 6.0, or never). */
const CHAR_POOL: readonly number[] = [
  // Unicode 14.0 / 15.0 (printable since Go 1.21) and 15.1 (not printable in Go 1.24)
  0x1fae8, 0x1fae0, 0x0870, 0x11f00, 0x31350, 0x1e4d0, 0x10570, 0x1e290, 0x16a70, 0x2ebf0, 0x31ef, 0x2ffc,
  // ASCII printable and specials used by fmt and the escapers
  ...Array.from({ length: 95 }, (_, i) => 0x20 + i),
  0x00, 0x07, 0x08, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1b, 0x1f, 0x7f,
  // Latin-1 incl. NBSP and soft hyphen (not printable)
  0x80, 0x85, 0x9f, 0xa0, 0xa1, 0xad, 0xe9, 0xf1, 0xff,
  // Greek, Cyrillic, Hebrew, Arabic, Devanagari letters and marks
  0x3b1, 0x3a9, 0x416, 0x5d0, 0x627, 0x915, 0x301, 0x300,
  // Unassigned in every version we care about
  0x378, 0x379, 0x0ff0,
  // General punctuation: zero-width, bidi, line/para separators
  0x200b, 0x200d, 0x200e, 0x2028, 0x2029, 0x2030, 0x2318, 0x263a, 0x20ac,
  // CJK, Hangul, private use, specials
  0x65e5, 0x672c, 0x8a9e, 0xac00, 0xe000, 0xf8ff, 0xfeff, 0xfffc, 0xfffd, 0xfffe, 0xffff,
  // Astral: math alphanumerics, emoji (Unicode 6.0), tags, plane-16 private use
  0x1d6c2, 0x1f600, 0x1f4a9, 0x1f680, 0xe0001, 0xe0041, 0x10ffff, 0x10000,
];

export function fmtCases(seed = FMT_SEED, n = FMT_CASES): FmtCase[] {
  const rnd = prng(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const chance = (p: number) => rnd() < p;

  function str(maxLen = 8): string {
    const len = int(0, maxLen);
    let s = '';
    for (let i = 0; i < len; i++) {
      if (chance(0.5)) s += String.fromCharCode(int(0x61, 0x7a));
      else s += String.fromCodePoint(pick(CHAR_POOL));
    }
    return s;
  }

  const f64 = new Float64Array(1);
  const u64 = new BigUint64Array(f64.buffer);
  const SPECIAL_FLOATS = [
    0, -0, 1, -1, 0.5, 1.5, 2.5, -2.5, 0.125, 0.375, 1e6, 1e21, 1e20, 1e-5, 1e-4, 123456, 1234567, 1e100,
    0.1, 0.2, 0.30000000000000004, 1 / 3, 2 / 3, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
    9007199254740992, 9007199254740993, 4.35, 0.045, 1.005, 2.675, 1234.5678, 100, 1e15, 1e16, 1e17,
    NaN, Infinity, -Infinity, 3.14159, 2.718281828459045, 1.1, 99.99, 0.0001, 0.00001234,
  ];
  function float(): number {
    switch (int(0, 6)) {
      case 0:
      case 1:
        return pick(SPECIAL_FLOATS);
      case 2: {
        // random bits (finite)
        for (;;) {
          u64[0] = (BigInt(int(0, 0xffffffff)) << 32n) | BigInt(int(0, 0xffffffff));
          if (Number.isFinite(f64[0])) return f64[0];
        }
      }
      case 3:
        // short decimals, with many ties at .5 / .25 / .125
        return (chance(0.5) ? -1 : 1) * int(0, 100000) / pick([1, 2, 4, 8, 10, 100, 1000, 16, 1024]);
      case 4:
        return (chance(0.5) ? -1 : 1) * Number(`${int(1, 9)}.${int(0, 99999)}e${int(-30, 30)}`);
      case 5:
        return (chance(0.5) ? -1 : 1) * int(0, 2 ** 31) * 2 ** int(-60, 60);
      default:
        return (chance(0.5) ? -1 : 1) * rnd() * 10 ** int(-10, 25);
    }
  }
  const SPECIAL_INTS = [
    0n, 1n, -1n, 7n, -6n, 42n, 255n, -255n, 0x263an, 0x1f600n, 0xd800n, 0xdc80n, 0x10ffffn, 0x110000n,
    0x7fffffffffffffffn, -0x8000000000000000n, 1000000n, 1000001n, -1000001n, 0xffffffffn,
  ];
  function intVal(): bigint {
    return rawInt();
  }
  function rawInt(): bigint {
    switch (int(0, 4)) {
      case 0:
        return pick(SPECIAL_INTS);
      case 1:
        return BigInt(int(-20, 300));
      case 2:
        return BigInt(pick(CHAR_POOL));
      case 3:
        return BigInt.asIntN(64, (BigInt(int(0, 0xffffffff)) << 32n) | BigInt(int(0, 0xffffffff)));
      default:
        return BigInt(int(-100000, 100000));
    }
  }
  function scalar(): GoValue {
    switch (int(0, 9)) {
      case 0:
        return null;
      case 1:
        return chance(0.5);
      case 2:
      case 3:
        return str();
      case 4:
      case 5:
        return intVal();
      default:
        return float();
    }
  }
  function value(depth: number): GoValue {
    const r = rnd();
    if (depth < 2 && r < 0.1) {
      const len = int(0, 4);
      return Array.from({ length: len }, () => value(depth + 1));
    }
    if (depth < 2 && r < 0.17) {
      const m = new Map<string, GoValue>();
      const len = int(0, 4);
      for (let i = 0; i < len; i++) m.set(chance(0.7) ? String.fromCharCode(int(0x61, 0x66)) : str(3), value(depth + 1));
      return m;
    }
    return scalar();
  }

  const VERBS = 'vvvvdddsssqqxxXoObeEfFgGtcUT%z!pé';
  function directive(nArgs: number, args: GoValue[]): string {
    let d = '%';
    const nflags = chance(0.5) ? 0 : int(1, 3);
    for (let i = 0; i < nflags; i++) d += pick(['+', '-', '#', ' ', '0', '0']);
    if (chance(0.06)) d += `[${int(0, nArgs + 1)}]`;
    if (chance(0.01)) d += pick(['[x]', '[1', '[]', '[-1]']);
    if (chance(0.35)) {
      if (chance(0.12)) {
        d += '*';
        args.push(chance(0.85) ? BigInt(int(-20, 20)) : pick<GoValue>([2000000n, 'w', 3.0, null]));
      } else {
        d += String(int(0, chance(0.9) ? 12 : 70));
      }
    }
    if (chance(0.35)) {
      d += '.';
      if (chance(0.06)) d += `[${int(1, nArgs + 1)}]`;
      if (chance(0.1)) {
        d += '*';
        args.push(chance(0.85) ? BigInt(int(-3, 25)) : pick<GoValue>([2000000n, 'p', 1.5]));
      } else if (chance(0.9)) {
        d += String(int(0, chance(0.9) ? 20 : 60));
      }
    }
    if (chance(0.02)) return d; // NOVERB if at the end
    const verb = pick([...VERBS]);
    d += verb;
    // An argument suited to the verb most of the time.
    let arg: GoValue;
    if (chance(0.25)) arg = value(0);
    else if ('dboOxXcUq'.includes(verb) && chance(0.6)) arg = intVal();
    else if ('eEfFgGbxX'.includes(verb) && chance(0.6)) arg = float();
    else if ('sqxX'.includes(verb)) arg = chance(0.7) ? str() : value(0);
    else if (verb === 't') arg = chance(0.7) ? chance(0.5) : value(0);
    else arg = value(0);
    if (verb === 'p' && (Array.isArray(arg) || arg instanceof Map)) arg = str();
    if (verb !== '%') args.push(arg);
    return d;
  }

  const cases: FmtCase[] = [];
  for (let c = 0; c < n; c++) {
    const kind = rnd();
    if (kind < 0.72) {
      const args: GoValue[] = [];
      let format = '';
      const nd = int(0, 4);
      for (let i = 0; i < nd; i++) {
        if (chance(0.5)) format += pick(['', ' ', '|', 'x=', ', ', '%%', 'é', '\n']);
        format += directive(nd, args);
      }
      if (chance(0.3)) format += pick(['', 'end', '%', '%-', '%[2', '%.']);
      // Sometimes one argument too many or too few.
      if (chance(0.1)) args.push(value(0));
      if (chance(0.1) && args.length) args.pop();
      // Never a top-level list/map under %p when indexes reorder things: keep lists off %p.
      const safe = format.includes('p') ? args.map((a) => (Array.isArray(a) || a instanceof Map ? str() : a)) : args;
      cases.push({ op: 'sprintf', format, args: safe });
    } else {
      const op = pick<FmtOp>(['sprint', 'sprint', 'sprintln', 'html', 'js', 'urlquery']);
      const len = chance(0.3) ? 1 : int(0, 4);
      const args = Array.from({ length: len }, () => (chance(0.4) ? str(10) : value(0)));
      cases.push({ op, format: '', args });
    }
  }
  return cases;
}

/** The oracle question for a case. */
export function fmtQuestion(c: FmtCase): { kind: 'fmt'; op: FmtOp; format: string; args: FmtTagged[] } {
  return { kind: 'fmt', op: c.op, format: c.format, args: c.args.map(encodeFmt) };
}

export const FMT_FLOAT_SEED = 0xf10a7;
export const FMT_FLOAT_CASES = 5000;

/**
 * Float-focused cases: every float verb with random flags, width and precision (0-40, some
 * larger) over random bit patterns, exact binary ties (k/2^n) and short decimals, to check
 * rounding (Go rounds the exact binary value half-to-even) and the shortest form.
 */
export function fmtFloatCases(seed = FMT_FLOAT_SEED, n = FMT_FLOAT_CASES): FmtCase[] {
  const rnd = prng(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const f64 = new Float64Array(1);
  const u64 = new BigUint64Array(f64.buffer);
  function float(): number {
    const sign = rnd() < 0.5 ? -1 : 1;
    switch (int(0, 5)) {
      case 0:
        for (;;) {
          u64[0] = (BigInt(int(0, 0xffffffff)) << 32n) | BigInt(int(0, 0xffffffff));
          if (Number.isFinite(f64[0])) return f64[0];
        }
      case 1:
        return sign * (2 * int(0, 1 << 20) + 1) / 2 ** int(1, 30); // exact ties at some digit
      case 2:
        return sign * Number(`${int(0, 999999)}e${int(-25, 25)}`);
      case 3:
        return sign * int(0, 2 ** 53) * 2 ** int(-1074, 971);
      case 4:
        return sign * int(1, 9999) / 10 ** int(0, 6) + sign * pick([0, 5e-17, -5e-17, 1e-15]);
      default:
        return pick([0, -0, 5e-324, 2.2250738585072014e-308, 2.225073858507201e-308, 1.7976931348623157e308, 0.5, 0.05, 0.005, 9.5, 99.5, 999.5, 0.95, 1e23, 8.5e-5]);
    }
  }
  const cases: FmtCase[] = [];
  for (let c = 0; c < n; c++) {
    let d = '%';
    const nflags = int(0, 2);
    for (let k = 0; k < nflags; k++) d += pick(['+', '-', '#', ' ', '0']);
    if (rnd() < 0.3) d += String(int(1, 30));
    if (rnd() < 0.8) d += '.' + String(rnd() < 0.9 ? int(0, 40) : int(41, 120));
    d += pick([...'eEfFgGxXvbg']);
    cases.push({ op: 'sprintf', format: d, args: [float()] });
  }
  return cases;
}
