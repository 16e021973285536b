/**
 * The pieces of Go's strconv (quote.go, atoi.go, atof.go) and fmt's %#U that text/template
 * relies on: Quote, Unquote, UnquoteChar, IsPrint, and number parsing with Go's syntax.
 * Strings are JS strings; Go's byte-level behaviour is reproduced where it is observable
 * (\x and octal escapes are assembled as UTF-8 bytes and decoded, lossily if invalid).
 */

import { isPrint as fmtIsPrint } from './fmt/isprint.ts';
import { quote as fmtQuote } from './fmt/strconv.ts';

/** strconv.ErrSyntax */
export const errSyntax = 'invalid syntax';

/** strconv.IsPrint (Go 1.24 tables, from the fmt port). */
export const isPrint = fmtIsPrint;

/** fmt's %#U: U+0029 ')'. */
export function formatU(r: number): string {
  let s = 'U+' + r.toString(16).toUpperCase().padStart(4, '0');
  if (r <= 0x10ffff && isPrint(r)) s += " '" + String.fromCodePoint(r) + "'";
  return s;
}

/** strconv.Quote (from the fmt port). */
export function quote(s: string): string {
  return fmtQuote(s);
}

/** fmt's %.Nq: the first n runes of s, quoted. */
export function quotePrefix(s: string, n: number): string {
  let i = 0;
  for (let k = 0; k < n && i < s.length; k++) i += s.codePointAt(i)! > 0xffff ? 2 : 1;
  return quote(s.slice(0, i));
}

function unhex(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

export interface UnquotedChar {
  value: number;
  /** true when value is a rune to UTF-8 encode, false when it is a single byte (\x, octal) */
  multibyte: boolean;
  /** index into s after the character */
  next: number;
}

/** strconv.UnquoteChar on s starting at index i. Returns undefined for ErrSyntax. */
export function unquoteChar(s: string, i: number, q: number): UnquotedChar | undefined {
  if (i >= s.length) return undefined;
  const c = s.charCodeAt(i);
  if (c === q && (q === 0x27 || q === 0x22)) return undefined;
  if (c >= 0x80) {
    const r = s.codePointAt(i)!;
    return { value: r, multibyte: true, next: i + (r > 0xffff ? 2 : 1) };
  }
  if (c !== 0x5c) return { value: c, multibyte: false, next: i + 1 };
  if (i + 1 >= s.length) return undefined;
  const e = s.charCodeAt(i + 1);
  let j = i + 2;
  let value: number;
  let multibyte = false;
  switch (e) {
    case 0x61:
      value = 7;
      break; // a
    case 0x62:
      value = 8;
      break; // b
    case 0x66:
      value = 12;
      break; // f
    case 0x6e:
      value = 10;
      break; // n
    case 0x72:
      value = 13;
      break; // r
    case 0x74:
      value = 9;
      break; // t
    case 0x76:
      value = 11;
      break; // v
    case 0x78: // x
    case 0x75: // u
    case 0x55: {
      // U
      const n = e === 0x78 ? 2 : e === 0x75 ? 4 : 8;
      if (s.length - j < n) return undefined;
      let v = 0;
      for (let k = 0; k < n; k++) {
        const x = unhex(s.charCodeAt(j + k));
        if (x < 0) return undefined;
        v = v * 16 + x;
      }
      j += n;
      if (e === 0x78) {
        value = v;
        break;
      }
      if (v > 0x10ffff || (v >= 0xd800 && v <= 0xdfff)) return undefined;
      value = v;
      multibyte = true;
      break;
    }
    case 0x30:
    case 0x31:
    case 0x32:
    case 0x33:
    case 0x34:
    case 0x35:
    case 0x36:
    case 0x37: {
      let v = e - 48;
      if (s.length - j < 2) return undefined;
      for (let k = 0; k < 2; k++) {
        const x = s.charCodeAt(j + k) - 48;
        if (x < 0 || x > 7) return undefined;
        v = (v << 3) | x;
      }
      j += 2;
      if (v > 255) return undefined;
      value = v;
      break;
    }
    case 0x5c:
      value = 0x5c;
      break;
    case 0x27:
    case 0x22:
      if (e !== q) return undefined;
      value = e;
      break;
    default:
      return undefined;
  }
  return { value, multibyte, next: j };
}

const decoder = new TextDecoder('utf-8');

/** strconv.Unquote for "..." and `...` (and '...'). Returns undefined for ErrSyntax. */
export function unquote(s: string): string | undefined {
  if (s.length < 2) return undefined;
  const q = s.charCodeAt(0);
  if (q === 0x60) {
    const end = s.indexOf('`', 1);
    if (end !== s.length - 1) return undefined;
    const body = s.slice(1, -1);
    return body.includes('\r') ? body.replaceAll('\r', '') : body;
  }
  if (q !== 0x22 && q !== 0x27) return undefined;
  if (s.charCodeAt(s.length - 1) !== q) return undefined;
  const body = s.slice(1, -1);
  if (q === 0x22 && !body.includes('\\') && !body.includes('\n') && !body.includes('"')) return body;
  // Escapes present: assemble UTF-8 bytes, as Go does, then decode.
  const bytes: number[] = [];
  let onlyRunes = true;
  let i = 1;
  const end = s.length - 1;
  let count = 0;
  while (i < end) {
    if (s.charCodeAt(i) === 0x0a) return undefined;
    const u = unquoteChar(s, i, q);
    if (!u) return undefined;
    i = u.next;
    count++;
    if (u.value < 0x80 || !u.multibyte) {
      if (u.value >= 0x80) onlyRunes = false;
      bytes.push(u.value);
    } else pushUtf8(bytes, u.value);
    if (q === 0x27) break;
  }
  if (i !== end || (q === 0x27 && count !== 1)) return undefined;
  if (onlyRunes) return decoder.decode(Uint8Array.from(bytes));
  // Raw bytes >= 0x80 from \x or octal escapes: Go keeps them as bytes; a JS string cannot,
  // so invalid sequences become U+FFFD (documented deviation).
  return decoder.decode(Uint8Array.from(bytes));
}

function pushUtf8(b: number[], r: number): void {
  if (r < 0x80) b.push(r);
  else if (r < 0x800) b.push(0xc0 | (r >> 6), 0x80 | (r & 63));
  else if (r < 0x10000) b.push(0xe0 | (r >> 12), 0x80 | ((r >> 6) & 63), 0x80 | (r & 63));
  else b.push(0xf0 | (r >> 18), 0x80 | ((r >> 12) & 63), 0x80 | ((r >> 6) & 63), 0x80 | (r & 63));
}

/** Number of UTF-8 bytes in s[from:to]. */
export function utf8Len(s: string, from = 0, to = s.length): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n += 4;
        i++;
      } else n += 3;
    } else n += 3;
  }
  return n;
}

// ---- Number parsing (strconv.ParseUint/ParseInt/ParseFloat with base 0) ----

const lower = (c: number): number => c | 0x20;

/** strconv's underscoreOK. */
export function underscoreOK(s: string): boolean {
  let saw = '^';
  let i = 0;
  if (s.length >= 1 && (s[0] === '-' || s[0] === '+')) s = s.slice(1);
  let hex = false;
  if (s.length >= 2 && s[0] === '0' && 'box'.includes(String.fromCharCode(lower(s.charCodeAt(1))))) {
    i = 2;
    saw = '0';
    hex = lower(s.charCodeAt(1)) === 0x78;
  }
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 48 && c <= 57) || (hex && lower(c) >= 97 && lower(c) <= 102)) {
      saw = '0';
      continue;
    }
    if (c === 95) {
      if (saw !== '0') return false;
      saw = '_';
      continue;
    }
    if (saw === '_') return false;
    saw = '!';
  }
  return saw !== '_';
}

const MAX_U64 = (1n << 64n) - 1n;
const MAX_I64 = (1n << 63n) - 1n;

/** strconv.ParseUint(s, 0, 64); undefined on any error. */
export function parseUint(s: string): bigint | undefined {
  if (s.length === 0) return undefined;
  const s0 = s;
  let base = 10;
  if (s[0] === '0') {
    const c1 = s.length >= 3 ? lower(s.charCodeAt(1)) : 0;
    if (c1 === 0x62) {
      base = 2;
      s = s.slice(2);
    } else if (c1 === 0x6f) {
      base = 8;
      s = s.slice(2);
    } else if (c1 === 0x78) {
      base = 16;
      s = s.slice(2);
    } else {
      base = 8;
      s = s.slice(1);
    }
  }
  let n = 0n;
  const b = BigInt(base);
  let underscores = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let d: number;
    if (c === 95) {
      underscores = true;
      continue;
    } else if (c >= 48 && c <= 57) d = c - 48;
    else if (lower(c) >= 97 && lower(c) <= 122) d = lower(c) - 87;
    else return undefined;
    if (d >= base) return undefined;
    n = n * b + BigInt(d);
    if (n > MAX_U64) return undefined;
  }
  if (underscores && !underscoreOK(s0)) return undefined;
  return n;
}

/** strconv.ParseInt(s, 0, 64); undefined on any error. */
export function parseInt64(s: string): bigint | undefined {
  if (s.length === 0) return undefined;
  let neg = false;
  if (s[0] === '+') s = s.slice(1);
  else if (s[0] === '-') {
    neg = true;
    s = s.slice(1);
  }
  const u = parseUint(s);
  if (u === undefined) return undefined;
  if (!neg && u > MAX_I64) return undefined;
  if (neg && u > MAX_I64 + 1n) return undefined;
  return neg ? -u : u;
}

const decFloatRe = /^[+-]?(?:\d[\d_]*\.?[\d_]*|\.[\d_]+)(?:[eE][+-]?[\d_]+)?$/;
const hexFloatRe = /^([+-]?)0[xX]([0-9a-fA-F_]*)(?:\.([0-9a-fA-F_]*))?[pP]([+-]?[\d_]+)$/;

/** strconv.ParseFloat(s, 64) for the literal forms the template lexer produces; undefined on error (syntax or range). */
export function parseFloat64(s: string): number | undefined {
  const lc = s.toLowerCase().replace(/^[+-]/, '');
  if (lc === 'inf' || lc === 'infinity') return s[0] === '-' ? -Infinity : Infinity;
  if (lc === 'nan') return NaN;
  if (s.includes('_') && !underscoreOK(s)) return undefined;
  const h = hexFloatRe.exec(s);
  if (h) {
    const intPart = h[2].replaceAll('_', '');
    const frac = (h[3] ?? '').replaceAll('_', '');
    if (intPart.length + frac.length === 0) return undefined;
    const mant = BigInt('0x' + (intPart + frac || '0'));
    const exp = Number(h[4].replaceAll('_', '')) - 4 * frac.length;
    const f = bigTimesPow2(mant, exp);
    if (!Number.isFinite(f)) return undefined;
    return h[1] === '-' ? -f : f;
  }
  if (!decFloatRe.test(s)) return undefined;
  const f = Number(s.replaceAll('_', ''));
  if (Number.isNaN(f) || !Number.isFinite(f)) return undefined;
  return f;
}

/** m * 2^e correctly rounded to float64 (round half to even). */
function bigTimesPow2(m: bigint, e: number): number {
  if (m === 0n) return 0;
  const bits = m.toString(2).length;
  // Normalise to 53 significant bits, taking subnormals into account.
  let topExp = bits - 1 + e; // exponent of the leading bit
  if (topExp > 1023) return Infinity;
  let keep = 53;
  if (topExp < -1022) keep = 53 - (-1022 - topExp);
  if (keep <= 0) {
    if (keep === 0) {
      // value in [2^-1075, 2^-1074): rounds to min subnormal if above half
      const half = 1n << BigInt(bits - 1);
      return m > half ? 2 ** -1074 : 0;
    }
    return 0;
  }
  let shift = bits - keep;
  if (shift > 0) {
    const s = BigInt(shift);
    const rem = m & ((1n << s) - 1n);
    m >>= s;
    const half = 1n << (s - 1n);
    if (rem > half || (rem === half && (m & 1n) === 1n)) m += 1n;
    e += shift;
    shift = 0;
  }
  topExp = m.toString(2).length - 1 + e;
  if (topExp > 1023) return Infinity;
  const e1 = Math.trunc(e / 2);
  return Number(m) * 2 ** e1 * 2 ** (e - e1);
}
