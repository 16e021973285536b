/**
 * Port of Go's fmt/format.go: the raw formatter (flags, width, precision, padding) that
 * print.ts drives. The buffer is a list of JS string pieces; widths count runes.
 */
import { canBackquote, formatFloat, quote, quoteRune } from './strconv.ts';
import { isPrint } from './isprint.ts';
import { MAX_RUNE, RUNE_ERROR, runeCount, runeString, utf8Bytes } from './utf8.ts';

export const ldigits = '0123456789abcdefx';
export const udigits = '0123456789ABCDEFX';

export class Buffer {
  parts: string[] = [];
  write(s: string): void {
    if (s.length) this.parts.push(s);
  }
  toString(): string {
    return this.parts.join('');
  }
}

export class Fmt {
  buf: Buffer;

  widPresent = false;
  precPresent = false;
  minus = false;
  plus = false;
  sharp = false;
  space = false;
  zero = false;
  // For the formats %+v %#v, we set the plusV/sharpV flags and clear the plus/sharp flags.
  plusV = false;
  sharpV = false;

  wid = 0;
  prec = 0;

  constructor(buf: Buffer) {
    this.buf = buf;
  }

  clearflags(): void {
    this.widPresent = false;
    this.precPresent = false;
    this.minus = false;
    this.plus = false;
    this.sharp = false;
    this.space = false;
    this.zero = false;
    this.plusV = false;
    this.sharpV = false;
    // wid and prec are not part of fmtFlags in Go; they are only meaningful when present.
  }

  saveFlags(): unknown[] {
    return [this.widPresent, this.precPresent, this.minus, this.plus, this.sharp, this.space, this.zero, this.plusV, this.sharpV];
  }

  restoreFlags(f: unknown[]): void {
    [this.widPresent, this.precPresent, this.minus, this.plus, this.sharp, this.space, this.zero, this.plusV, this.sharpV] = f as boolean[];
  }

  /** writePadding generates n bytes of padding. */
  writePadding(n: number): void {
    if (n <= 0) return;
    this.buf.write((this.zero ? '0' : ' ').repeat(n));
  }

  /** pad appends s to the buffer, padded on left (!minus) or right (minus). */
  pad(s: string): void {
    if (!this.widPresent || this.wid === 0) {
      this.buf.write(s);
      return;
    }
    const width = this.wid - runeCount(s);
    if (!this.minus) {
      this.writePadding(width);
      this.buf.write(s);
    } else {
      this.buf.write(s);
      this.writePadding(width);
    }
  }

  /** padString is pad for strings (identical here, kept for a line-by-line port). */
  padString(s: string): void {
    this.pad(s);
  }

  fmtBoolean(v: boolean): void {
    this.padString(v ? 'true' : 'false');
  }

  /** fmtUnicode formats a uint64 as "U+0078" or with sharp set as "U+0078 'x'". */
  fmtUnicode(u: bigint): void {
    let prec = 4;
    if (this.precPresent && this.prec > 4) prec = this.prec;
    let hex = u.toString(16).toUpperCase();
    if (hex.length < prec) hex = '0'.repeat(prec - hex.length) + hex;
    let s = 'U+' + hex;
    if (this.sharp && u <= BigInt(MAX_RUNE) && isPrint(Number(u))) {
      s += " '" + String.fromCodePoint(Number(u)) + "'";
    }
    const oldZero = this.zero;
    this.zero = false;
    this.pad(s);
    this.zero = oldZero;
  }

  /** fmtInteger formats signed and unsigned integers. u is the uint64 bit pattern. */
  fmtInteger(u: bigint, base: number, isSigned: boolean, verb: number, digits: string): void {
    const negative = isSigned && BigInt.asIntN(64, u) < 0n;
    if (negative) u = BigInt.asUintN(64, -BigInt.asIntN(64, u));

    // Two ways to ask for extra leading zero digits: %.3d or %03d.
    // If both are specified the zero flag is ignored and padding with spaces is used instead.
    let prec = 0;
    if (this.precPresent) {
      prec = this.prec;
      // Precision of 0 and value of 0 means "print nothing" but padding.
      if (prec === 0 && u === 0n) {
        const oldZero = this.zero;
        this.zero = false;
        this.writePadding(this.wid);
        this.zero = oldZero;
        return;
      }
    } else if (this.zero && this.widPresent) {
      prec = this.wid;
      if (negative || this.plus || this.space) prec--; // leave room for sign
    }

    let num = u.toString(base);
    if (digits === udigits) num = num.toUpperCase();
    if (num.length < prec) num = '0'.repeat(prec - num.length) + num;

    // Various prefixes: 0x, -, etc.
    if (this.sharp) {
      switch (base) {
        case 2:
          num = '0b' + num;
          break;
        case 8:
          if (num[0] !== '0') num = '0' + num;
          break;
        case 16:
          num = '0' + digits[16] + num;
          break;
      }
    }
    if (verb === 0x4f /* 'O' */) num = '0o' + num;

    if (negative) num = '-' + num;
    else if (this.plus) num = '+' + num;
    else if (this.space) num = ' ' + num;

    // Left padding with zeros has already been handled like precision earlier
    // or the zero flag is ignored due to an explicitly set precision.
    const oldZero = this.zero;
    this.zero = false;
    this.pad(num);
    this.zero = oldZero;
  }

  /** truncateString truncates s to the specified precision (in runes), if present. */
  truncateString(s: string): string {
    if (this.precPresent) {
      let n = this.prec;
      let i = 0;
      for (const ch of s) {
        n--;
        if (n < 0) return s.slice(0, i);
        i += ch.length;
      }
    }
    return s;
  }

  fmtS(s: string): void {
    this.padString(this.truncateString(s));
  }

  /** fmtSbx formats a string as a hexadecimal encoding of its (UTF-8) bytes. */
  fmtSx(s: string, digits: string): void {
    const b = utf8Bytes(s);
    let length = b.length;
    // Set length to not process more bytes than the precision demands.
    if (this.precPresent && this.prec < length) length = this.prec;
    // Compute width of the encoding taking into account the sharp and space flag.
    let width = 2 * length;
    if (width > 0) {
      if (this.space) {
        // Each element encoded by two hexadecimals will get a leading 0x or 0X.
        if (this.sharp) width *= 2;
        // Elements will be separated by a space.
        width += length - 1;
      } else if (this.sharp) {
        // Only a leading 0x or 0X will be added for the whole string.
        width += 2;
      }
    } else {
      // The byte slice or string that should be encoded is empty.
      if (this.widPresent) this.writePadding(this.wid);
      return;
    }
    // Handle padding to the left.
    if (this.widPresent && this.wid > width && !this.minus) this.writePadding(this.wid - width);
    const out: string[] = [];
    if (this.sharp) out.push('0', digits[16]);
    for (let i = 0; i < length; i++) {
      if (this.space && i > 0) {
        out.push(' ');
        if (this.sharp) out.push('0', digits[16]);
      }
      const c = b[i];
      out.push(digits[c >> 4], digits[c & 0xf]);
    }
    this.buf.write(out.join(''));
    // Handle padding to the right.
    if (this.widPresent && this.wid > width && this.minus) this.writePadding(this.wid - width);
  }

  /** fmtQ formats a string as a double-quoted, escaped Go string constant (or backquoted with #). */
  fmtQ(s: string): void {
    s = this.truncateString(s);
    if (this.sharp && canBackquote(s)) {
      this.padString('`' + s + '`');
      return;
    }
    this.pad(quote(s, this.plus));
  }

  /** fmtC formats an integer as a Unicode character; invalid runes print U+FFFD. */
  fmtC(c: bigint): void {
    const r = c > BigInt(MAX_RUNE) ? RUNE_ERROR : Number(c);
    this.pad(runeString(r));
  }

  /** fmtQc formats an integer as a single-quoted, escaped Go character constant. */
  fmtQc(c: bigint): void {
    const r = c > BigInt(MAX_RUNE) ? RUNE_ERROR : Number(c);
    this.pad(quoteRune(r, this.plus));
  }

  /** fmtFloat formats a float64; verb is a strconv format byte. */
  fmtFloat(v: number, verb: string, prec: number): void {
    // Explicit precision in format specifier overrules default precision.
    if (this.precPresent) prec = this.prec;
    // Format number, reserving space for leading + sign if needed.
    let num = formatFloat(v, verb, prec);
    if (num[0] === '-' || num[0] === '+') {
      // keep the sign
    } else {
      num = '+' + num;
    }
    // space means to add a leading space instead of a "+" sign unless plus is set.
    if (this.space && num[0] === '+' && !this.plus) num = ' ' + num.slice(1);
    // Special handling for infinities and NaN, which don't look like a number so shouldn't be
    // padded with zeros.
    if (num[1] === 'I' || num[1] === 'N') {
      const oldZero = this.zero;
      this.zero = false;
      // Remove sign before NaN if not asked for.
      if (num[1] === 'N' && !this.space && !this.plus) num = num.slice(1);
      this.pad(num);
      this.zero = oldZero;
      return;
    }
    // The sharp flag forces printing a decimal point for non-binary formats and retains
    // trailing zeros, which we may need to restore.
    if (this.sharp && verb !== 'b') {
      let digits = 0;
      switch (verb) {
        case 'v':
        case 'g':
        case 'G':
        case 'x':
          digits = prec;
          // If no precision is set explicitly use a precision of 6.
          if (digits === -1) digits = 6;
          break;
      }
      let tail = '';
      let hasDecimalPoint = false;
      let sawNonzeroDigit = false;
      // Starting from i = 1 to skip sign at num[0].
      for (let i = 1; i < num.length; i++) {
        const c = num[i];
        if (c === '.') {
          hasDecimalPoint = true;
          continue;
        }
        if (c === 'p' || c === 'P') {
          tail = num.slice(i);
          num = num.slice(0, i);
          break;
        }
        if ((c === 'e' || c === 'E') && verb !== 'x' && verb !== 'X') {
          tail = num.slice(i);
          num = num.slice(0, i);
          break;
        }
        if (c !== '0') sawNonzeroDigit = true;
        // Count significant digits after the first non-zero digit.
        if (sawNonzeroDigit) digits--;
      }
      if (!hasDecimalPoint) {
        // Leading digit 0 should contribute once to digits.
        if (num.length === 2 && num[1] === '0') digits--;
        num += '.';
      }
      if (digits > 0) num += '0'.repeat(digits);
      num += tail;
    }
    // We want a sign if asked for and if the sign is not positive.
    if (this.plus || num[0] !== '+') {
      // If we're zero padding to the left we want the sign before the leading zeros.
      // Achieve this by writing the sign out and then padding the unsigned number.
      if (this.zero && this.widPresent && this.wid > num.length) {
        this.buf.write(num[0]);
        this.writePadding(this.wid - num.length);
        this.buf.write(num.slice(1));
        return;
      }
      this.pad(num);
      return;
    }
    // No sign to show and the number is positive; just print the unsigned number.
    this.pad(num.slice(1));
  }
}
