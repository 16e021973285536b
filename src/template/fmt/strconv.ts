/**
 * The parts of Go's strconv that fmt uses: Quote, QuoteToASCII, QuoteRune(ToASCII),
 * CanBackquote and FormatFloat (bitSize 64) with every format byte fmt passes
 * ('e' 'E' 'f' 'g' 'G' 'b' 'x' 'X'). Ported from Go's strconv (quote.go, ftoa.go, decimal.go).
 *
 * Float digits: the shortest form (precision -1) takes its digits from JS's
 * Number.prototype.toExponential(), which like Go's Ryū yields the shortest digit string that
 * round-trips, choosing the closest one. Fixed precisions are computed exactly from the binary
 * value with BigInt and rounded half-to-even on exact ties, as Go's decimal.Round and
 * ryuFtoaFixed64 do (JS's toFixed/toPrecision round ties away from zero, so they are not used).
 */
import { isPrint } from './isprint.ts';
import { RUNE_ERROR, validRune } from './utf8.ts';

const lowerhex = '0123456789abcdef';
const upperhex = '0123456789ABCDEF';

// ---------------------------------------------------------------------------------------------
// Quoting

function appendEscapedRune(out: string[], r: number, quote: number, asciiOnly: boolean): void {
  if (r === quote || r === 0x5c) {
    out.push('\\', String.fromCharCode(r));
    return;
  }
  if (asciiOnly) {
    if (r < 0x80 && isPrint(r)) {
      out.push(String.fromCharCode(r));
      return;
    }
  } else if (isPrint(r)) {
    out.push(String.fromCodePoint(r));
    return;
  }
  switch (r) {
    case 0x07:
      out.push('\\a');
      return;
    case 0x08:
      out.push('\\b');
      return;
    case 0x0c:
      out.push('\\f');
      return;
    case 0x0a:
      out.push('\\n');
      return;
    case 0x0d:
      out.push('\\r');
      return;
    case 0x09:
      out.push('\\t');
      return;
    case 0x0b:
      out.push('\\v');
      return;
  }
  if (r < 0x20 || r === 0x7f) {
    out.push('\\x', lowerhex[(r >> 4) & 0xf], lowerhex[r & 0xf]);
    return;
  }
  if (!validRune(r)) r = 0xfffd;
  if (r < 0x10000) {
    out.push('\\u', r.toString(16).padStart(4, '0'));
  } else {
    out.push('\\U', r.toString(16).padStart(8, '0'));
  }
}

/** strconv.Quote (asciiOnly=false) / strconv.QuoteToASCII (asciiOnly=true) of a well-formed string. */
export function quote(s: string, asciiOnly = false): string {
  const out: string[] = ['"'];
  for (const ch of s) appendEscapedRune(out, ch.codePointAt(0)!, 0x22, asciiOnly);
  out.push('"');
  return out.join('');
}

/** strconv.QuoteRune / QuoteRuneToASCII. */
export function quoteRune(r: number, asciiOnly = false): string {
  if (!validRune(r)) r = RUNE_ERROR;
  const out: string[] = ["'"];
  appendEscapedRune(out, r, 0x27, asciiOnly);
  out.push("'");
  return out.join('');
}

/** strconv.CanBackquote of a well-formed string. */
export function canBackquote(s: string): boolean {
  for (const ch of s) {
    const r = ch.codePointAt(0)!;
    if (r >= 0x80) {
      if (r === 0xfeff) return false; // BOMs are invisible and should not be quoted.
      continue; // All other multibyte runes are correctly encoded and assumed printable.
    }
    if ((r < 0x20 && r !== 0x09) || r === 0x60 || r === 0x7f) return false;
  }
  return true;
}

// ---------------------------------------------------------------------------------------------
// Floats

/** A decimal digit string d (no leading or trailing zeros), nd = d.length, value 0.d × 10^dp. */
interface Decimal {
  d: string;
  dp: number;
}

const f64 = new Float64Array(1);
const u64 = new BigUint64Array(f64.buffer);

/** Sign, 53-bit mantissa (with implicit bit) and unbiased exponent, as genericFtoa computes them. */
function decompose(v: number): { neg: boolean; mant: bigint; exp: number; special?: string } {
  f64[0] = v;
  const bits = u64[0];
  const neg = bits >> 63n !== 0n;
  let exp = Number((bits >> 52n) & 0x7ffn);
  let mant = bits & ((1n << 52n) - 1n);
  if (exp === 0x7ff) {
    return { neg, mant, exp, special: mant !== 0n ? 'NaN' : neg ? '-Inf' : '+Inf' };
  }
  if (exp === 0) exp++;
  else mant |= 1n << 52n;
  exp += -1023;
  return { neg, mant, exp };
}

const pow5cache: bigint[] = [1n];
function pow5(n: number): bigint {
  while (pow5cache.length <= n) pow5cache.push(pow5cache[pow5cache.length - 1] * 5n);
  return pow5cache[n];
}

/** The exact decimal value of mant × 2^e2 (Go's decimal.Assign + Shift). */
function exactDecimal(mant: bigint, e2: number): Decimal {
  if (mant === 0n) return { d: '', dp: 0 };
  let digits: string;
  let dp: number;
  if (e2 >= 0) {
    digits = (mant << BigInt(e2)).toString();
    dp = digits.length;
  } else {
    digits = (mant * pow5(-e2)).toString();
    dp = digits.length + e2;
  }
  return trim({ d: digits, dp });
}

function trim(a: Decimal): Decimal {
  let nd = a.d.length;
  while (nd > 0 && a.d.charCodeAt(nd - 1) === 0x30) nd--;
  if (nd === 0) return { d: '', dp: 0 };
  return nd === a.d.length ? a : { d: a.d.slice(0, nd), dp: a.dp };
}

/** decimal.Round(nd): round half to even on exact ties. */
function roundDecimal(a: Decimal, nd: number): Decimal {
  if (nd < 0 || nd >= a.d.length) return a;
  let up: boolean;
  const c = a.d.charCodeAt(nd);
  if (c === 0x35 && nd + 1 === a.d.length) {
    up = nd > 0 && (a.d.charCodeAt(nd - 1) - 0x30) % 2 === 1;
  } else {
    up = c >= 0x35;
  }
  if (!up) return trim({ d: a.d.slice(0, nd), dp: a.dp });
  // RoundUp
  for (let i = nd - 1; i >= 0; i--) {
    const ch = a.d.charCodeAt(i);
    if (ch < 0x39) {
      return { d: a.d.slice(0, i) + String.fromCharCode(ch + 1), dp: a.dp };
    }
  }
  return { d: '1', dp: a.dp + 1 };
}

/** Shortest round-tripping digits of |v| (v finite). */
function shortestDecimal(v: number): Decimal {
  if (v === 0) return { d: '', dp: 0 };
  const s = Math.abs(v).toExponential();
  const e = s.indexOf('e');
  const mantissa = s.slice(0, e).replace('.', '');
  const exp = Number(s.slice(e + 1));
  return trim({ d: mantissa, dp: exp + 1 });
}

function fmtE(neg: boolean, d: Decimal, prec: number, fmt: string): string {
  const out: string[] = [];
  if (neg) out.push('-');
  out.push(d.d.length !== 0 ? d.d[0] : '0');
  if (prec > 0) {
    out.push('.');
    const m = Math.min(d.d.length, prec + 1);
    let i = 1;
    if (i < m) {
      out.push(d.d.slice(i, m));
      i = m;
    }
    if (i <= prec) out.push('0'.repeat(prec - i + 1));
  }
  out.push(fmt);
  let exp = d.dp - 1;
  if (d.d.length === 0) exp = 0;
  if (exp < 0) {
    out.push('-');
    exp = -exp;
  } else {
    out.push('+');
  }
  out.push(exp < 10 ? '0' + exp : String(exp));
  return out.join('');
}

function fmtF(neg: boolean, d: Decimal, prec: number): string {
  const out: string[] = [];
  if (neg) out.push('-');
  if (d.dp > 0) {
    const m = Math.min(d.d.length, d.dp);
    out.push(d.d.slice(0, m));
    if (m < d.dp) out.push('0'.repeat(d.dp - m));
  } else {
    out.push('0');
  }
  if (prec > 0) {
    out.push('.');
    // Digits d.dp .. d.dp+prec-1 of the digit string, '0' outside it.
    let frac = '';
    const start = d.dp;
    const end = d.dp + prec;
    const lead = Math.min(Math.max(0, -start), prec);
    if (lead > 0) frac += '0'.repeat(lead);
    const from = Math.max(start, 0);
    const to = Math.min(end, d.d.length);
    if (to > from) frac += d.d.slice(from, to);
    if (frac.length < prec) frac += '0'.repeat(prec - frac.length);
    out.push(frac);
  }
  return out.join('');
}

function formatDigits(shortest: boolean, neg: boolean, digs: Decimal, prec: number, fmt: string): string {
  switch (fmt) {
    case 'e':
    case 'E':
      return fmtE(neg, digs, prec, fmt);
    case 'f':
      return fmtF(neg, digs, prec);
    case 'g':
    case 'G': {
      const nd = digs.d.length;
      let eprec = prec;
      if (eprec > nd && nd >= digs.dp) eprec = nd;
      // %e is used if the exponent from the conversion is less than -4 or greater than or
      // equal to the precision. If precision was the shortest possible, use precision 6.
      if (shortest) eprec = 6;
      const exp = digs.dp - 1;
      if (exp < -4 || exp >= eprec) {
        if (prec > nd) prec = nd;
        return fmtE(neg, digs, prec - 1, fmt === 'g' ? 'e' : 'E');
      }
      if (prec > digs.dp) prec = nd;
      return fmtF(neg, digs, Math.max(prec - digs.dp, 0));
    }
  }
  return '%' + fmt;
}

/** %b: -ddddddddp±ddd */
function fmtB(neg: boolean, mant: bigint, exp: number): string {
  const e = exp - 52;
  return (neg ? '-' : '') + mant.toString() + 'p' + (e >= 0 ? '+' : '') + String(e);
}

const MASK64 = (1n << 64n) - 1n;

/** %x: -0x1.yyyyyyyyp±ddd or -0x0p+00. */
function fmtX(prec: number, fmt: string, neg: boolean, mant: bigint, exp: number): string {
  if (mant === 0n) exp = 0;
  // Shift digits so leading 1 (if any) is at bit 1<<60.
  mant = (mant << 8n) & MASK64;
  while (mant !== 0n && (mant & (1n << 60n)) === 0n) {
    mant = (mant << 1n) & MASK64;
    exp--;
  }
  // Round if requested.
  if (prec >= 0 && prec < 15) {
    const shift = BigInt(prec * 4);
    const extra = (mant << shift) & ((1n << 60n) - 1n);
    mant >>= 60n - shift;
    if ((extra | (mant & 1n)) > 1n << 59n) mant++;
    mant = (mant << (60n - shift)) & MASK64;
    if ((mant & (1n << 61n)) !== 0n) {
      // Wrapped around.
      mant >>= 1n;
      exp++;
    }
  }
  const hex = fmt === 'X' ? upperhex : lowerhex;
  const out: string[] = [];
  if (neg) out.push('-');
  out.push('0', fmt, String(Number((mant >> 60n) & 1n)));
  mant = (mant << 4n) & MASK64; // remove leading 0 or 1
  if (prec < 0 && mant !== 0n) {
    out.push('.');
    while (mant !== 0n) {
      out.push(hex[Number((mant >> 60n) & 15n)]);
      mant = (mant << 4n) & MASK64;
    }
  } else if (prec > 0) {
    out.push('.');
    for (let i = 0; i < prec; i++) {
      out.push(hex[Number((mant >> 60n) & 15n)]);
      mant = (mant << 4n) & MASK64;
    }
  }
  out.push(fmt === 'X' ? 'P' : 'p');
  if (exp < 0) {
    out.push('-');
    exp = -exp;
  } else {
    out.push('+');
  }
  out.push(exp < 10 ? '0' + exp : String(exp));
  return out.join('');
}

/** strconv.FormatFloat(v, fmt, prec, 64). */
export function formatFloat(v: number, fmt: string, prec: number): string {
  const { neg, mant, exp, special } = decompose(v);
  if (special !== undefined) return special;
  if (fmt === 'b') return fmtB(neg, mant, exp);
  if (fmt === 'x' || fmt === 'X') return fmtX(prec, fmt, neg, mant, exp);

  const shortest = prec < 0;
  let digs: Decimal;
  if (shortest) {
    digs = shortestDecimal(v);
    switch (fmt) {
      case 'e':
      case 'E':
        prec = Math.max(digs.d.length - 1, 0);
        break;
      case 'f':
        prec = Math.max(digs.d.length - digs.dp, 0);
        break;
      case 'g':
      case 'G':
        prec = digs.d.length;
        break;
    }
  } else {
    const exact = exactDecimal(mant, exp - 52);
    switch (fmt) {
      case 'e':
      case 'E':
        digs = roundDecimal(exact, prec + 1);
        break;
      case 'f':
        digs = roundDecimal(exact, exact.dp + prec);
        break;
      case 'g':
      case 'G':
        if (prec === 0) prec = 1;
        digs = roundDecimal(exact, prec);
        break;
      default:
        digs = exact;
    }
  }
  return formatDigits(shortest, neg, digs, prec, fmt);
}
