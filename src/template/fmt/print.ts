/**
 * Port of Go's fmt/print.go (Sprintf, Sprint, Sprintln) over GoValue. The Go types that can
 * occur are: nil interface (null), bool, string, int (bigint, 64-bit), float64 (number),
 * []interface {} (array) and map[string]interface {} (Map). None has String/Error/Format/
 * GoString methods, so handleMethods never applies.
 *
 * Not reproducible: %p on a top-level list or map prints the address of Go's backing store;
 * we print a fixed fake address (0xc000010000) instead (documented in the report/tests).
 */
import type { GoValue } from '../../values/go-value.ts';
import { Buffer, Fmt, ldigits, udigits } from './format.ts';
import { compareGoStrings, wellFormed } from './utf8.ts';

const commaSpaceString = ', ';
const nilAngleString = '<nil>';
const nilParenString = '(nil)';
const mapString = 'map[';
const percentBangString = '%!';
const missingString = '(MISSING)';
const badIndexString = '(BADINDEX)';
const extraString = '%!(EXTRA ';
const badWidthString = '%!(BADWIDTH)';
const badPrecString = '%!(BADPREC)';
const noVerbString = '%!(NOVERB)';

/** The fake pointer printed for %p of a list or map (Go prints a real heap address). */
const FAKE_POINTER = 0xc000010000n;

/** reflect.TypeOf(v).String() for a non-nil GoValue. */
export function goTypeName(v: GoValue): string {
  if (v === null) return '<nil>';
  switch (typeof v) {
    case 'boolean':
      return 'bool';
    case 'string':
      return 'string';
    case 'bigint':
      return 'int';
    case 'number':
      return 'float64';
  }
  if (Array.isArray(v)) return '[]interface {}';
  return 'map[string]interface {}';
}

/**
 * What printValue sees: a value at depth 0 (the argument itself), or an element/key reached
 * through reflection. Elements of []any and values of map[string]any are interface-kind
 * values (nil prints as <nil> or interface {}(nil)); map keys are plain strings.
 */
type Reflected = { kind: 'iface'; v: GoValue } | { kind: 'value'; v: GoValue };

function tooLarge(x: number): boolean {
  const max = 1e6;
  return x > max || x < -max;
}

/** parsenum converts ASCII to integer. num is 0 (and isnum is false) if no number present. */
function parsenum(s: string, start: number, end: number): [num: number, isnum: boolean, newi: number] {
  if (start >= end) return [0, false, end];
  let num = 0;
  let isnum = false;
  let newi = start;
  for (; newi < end && s.charCodeAt(newi) >= 0x30 && s.charCodeAt(newi) <= 0x39; newi++) {
    if (tooLarge(num)) return [0, false, end]; // Overflow; crazy long number most likely.
    num = num * 10 + (s.charCodeAt(newi) - 0x30);
    isnum = true;
  }
  return [num, isnum, newi];
}

/** intFromArg gets the argNumth element of a. On return, isInt reports whether it has type int. */
function intFromArg(a: readonly GoValue[], argNum: number): [num: number, isInt: boolean, newArgNum: number] {
  let num = 0;
  let isInt = false;
  let newArgNum = argNum;
  if (argNum < a.length) {
    const v = a[argNum];
    if (typeof v === 'bigint') {
      const n = BigInt.asIntN(64, v);
      if (n > 1000000n || n < -1000000n) {
        num = 0;
        isInt = false;
      } else {
        num = Number(n);
        isInt = true;
      }
    }
    newArgNum = argNum + 1;
    if (tooLarge(num)) {
      num = 0;
      isInt = false;
    }
  }
  return [num, isInt, newArgNum];
}

/**
 * parseArgNumber returns the value of the bracketed number, minus 1 (explicit argument numbers
 * are one-indexed but we want zero-indexed). The opening bracket is known to be present at
 * format[0]. The returned values are the index, the number of bytes to consume up to the
 * closing paren, if present, and whether the number parsed ok.
 */
function parseArgNumber(format: string): [index: number, wid: number, ok: boolean] {
  // There must be at least 3 bytes: [n].
  if (format.length < 3) return [0, 1, false];
  // Find closing bracket.
  for (let i = 1; i < format.length; i++) {
    if (format[i] === ']') {
      const [width, ok, newi] = parsenum(format, 1, i);
      if (!ok || newi !== i) return [0, i + 1, false];
      return [width - 1, i + 1, true]; // arg numbers are one-indexed and skip paren.
    }
  }
  return [0, 1, false];
}

class Printer {
  buf = new Buffer();
  fmt = new Fmt(this.buf);
  /** arg holds the current item (for badVerb), undefined when printing a reflected value. */
  arg: GoValue | undefined = undefined;
  /** value holds the current reflected value, when arg is undefined. */
  value: Reflected | undefined = undefined;
  reordered = false;
  goodArgNum = true;

  writeRune(r: number): void {
    this.buf.write(String.fromCodePoint(r));
  }

  badVerb(verb: number): void {
    this.buf.write(percentBangString);
    this.writeRune(verb);
    this.buf.write('(');
    if (this.arg !== undefined && this.arg !== null) {
      this.buf.write(goTypeName(this.arg));
      this.buf.write('=');
      this.printArg(this.arg, 0x76);
    } else if (this.value !== undefined) {
      // p.value.IsValid(): a reflected non-nil value (interface elements are unwrapped first).
      this.buf.write(goTypeName(this.value.v));
      this.buf.write('=');
      this.printValue(this.value, 0x76, 0);
    } else {
      this.buf.write(nilAngleString);
    }
    this.buf.write(')');
  }

  fmtBool(v: boolean, verb: number): void {
    switch (verb) {
      case 0x74: // t
      case 0x76: // v
        this.fmt.fmtBoolean(v);
        break;
      default:
        this.badVerb(verb);
    }
  }

  /** fmtInteger formats a signed integer (Go int) held as a bigint. */
  fmtInteger(v: bigint, verb: number): void {
    const u = BigInt.asUintN(64, v);
    switch (verb) {
      case 0x76: // v (int is signed, so %#v is decimal too)
      case 0x64: // d
        this.fmt.fmtInteger(u, 10, true, verb, ldigits);
        break;
      case 0x62: // b
        this.fmt.fmtInteger(u, 2, true, verb, ldigits);
        break;
      case 0x6f: // o
      case 0x4f: // O
        this.fmt.fmtInteger(u, 8, true, verb, ldigits);
        break;
      case 0x78: // x
        this.fmt.fmtInteger(u, 16, true, verb, ldigits);
        break;
      case 0x58: // X
        this.fmt.fmtInteger(u, 16, true, verb, udigits);
        break;
      case 0x63: // c
        this.fmt.fmtC(u);
        break;
      case 0x71: // q
        this.fmt.fmtQc(u);
        break;
      case 0x55: // U
        this.fmt.fmtUnicode(u);
        break;
      default:
        this.badVerb(verb);
    }
  }

  fmtFloat(v: number, verb: number): void {
    switch (verb) {
      case 0x76: // v
        this.fmt.fmtFloat(v, 'g', -1);
        break;
      case 0x62: // b
      case 0x67: // g
      case 0x47: // G
      case 0x78: // x
      case 0x58: // X
        this.fmt.fmtFloat(v, String.fromCharCode(verb), -1);
        break;
      case 0x66: // f
      case 0x65: // e
      case 0x45: // E
        this.fmt.fmtFloat(v, String.fromCharCode(verb), 6);
        break;
      case 0x46: // F
        this.fmt.fmtFloat(v, 'f', 6);
        break;
      default:
        this.badVerb(verb);
    }
  }

  fmtString(v: string, verb: number): void {
    switch (verb) {
      case 0x76: // v
        if (this.fmt.sharpV) this.fmt.fmtQ(v);
        else this.fmt.fmtS(v);
        break;
      case 0x73: // s
        this.fmt.fmtS(v);
        break;
      case 0x78: // x
        this.fmt.fmtSx(v, ldigits);
        break;
      case 0x58: // X
        this.fmt.fmtSx(v, udigits);
        break;
      case 0x71: // q
        this.fmt.fmtQ(v);
        break;
      default:
        this.badVerb(verb);
    }
  }

  /** fmtPointer for a top-level list or map (the only pointer-like kinds we have). */
  fmtPointer(v: GoValue, verb: number): void {
    if (!Array.isArray(v) && !(v instanceof Map)) {
      this.badVerb(verb);
      return;
    }
    const u = FAKE_POINTER;
    switch (verb) {
      case 0x76: // v
        if (this.fmt.sharpV) {
          this.buf.write('(' + goTypeName(v) + ')(');
          this.fmt0x64(u, true);
          this.buf.write(')');
        } else {
          this.fmt0x64(u, !this.fmt.sharp);
        }
        break;
      case 0x70: // p
        this.fmt0x64(u, !this.fmt.sharp);
        break;
      case 0x62:
      case 0x6f:
      case 0x64:
      case 0x78:
      case 0x58:
        this.fmtUnsigned(u, verb);
        break;
      default:
        this.badVerb(verb);
    }
  }

  fmt0x64(v: bigint, leading0x: boolean): void {
    const sharp = this.fmt.sharp;
    this.fmt.sharp = leading0x;
    this.fmt.fmtInteger(v, 16, false, 0x76, ldigits);
    this.fmt.sharp = sharp;
  }

  fmtUnsigned(u: bigint, verb: number): void {
    switch (verb) {
      case 0x64:
        this.fmt.fmtInteger(u, 10, false, verb, ldigits);
        break;
      case 0x62:
        this.fmt.fmtInteger(u, 2, false, verb, ldigits);
        break;
      case 0x6f:
        this.fmt.fmtInteger(u, 8, false, verb, ldigits);
        break;
      case 0x78:
        this.fmt.fmtInteger(u, 16, false, verb, ldigits);
        break;
      case 0x58:
        this.fmt.fmtInteger(u, 16, false, verb, udigits);
        break;
    }
  }

  printArg(arg: GoValue, verb: number): void {
    this.arg = arg;
    this.value = undefined;

    if (arg === null) {
      switch (verb) {
        case 0x54: // T
        case 0x76: // v
          this.fmt.padString(nilAngleString);
          break;
        default:
          this.badVerb(verb);
      }
      return;
    }

    // Special processing considerations.
    // %T (the value's type) and %p (its address) are special; we always do them first.
    switch (verb) {
      case 0x54: // T
        this.fmt.fmtS(goTypeName(arg));
        return;
      case 0x70: // p
        this.fmtPointer(arg, 0x70);
        return;
    }

    switch (typeof arg) {
      case 'boolean':
        this.fmtBool(arg, verb);
        return;
      case 'number':
        this.fmtFloat(arg, verb);
        return;
      case 'bigint':
        this.fmtInteger(arg, verb);
        return;
      case 'string':
        this.fmtString(wellFormed(arg), verb);
        return;
    }
    this.printValue({ kind: 'value', v: arg }, verb, 0);
  }

  /** printValue is like printArg but starts with a reflected value, not an interface{} value. */
  printValue(value: Reflected, verb: number, depth: number): void {
    // Handle values with special methods if not already handled by printArg (depth == 0):
    // none of our types has methods.
    this.arg = undefined;
    this.value = value;

    if (value.kind === 'iface') {
      const v = value.v;
      if (v === null) {
        if (this.fmt.sharpV) {
          this.buf.write('interface {}');
          this.buf.write(nilParenString);
        } else {
          this.buf.write(nilAngleString);
        }
        return;
      }
      this.printValue({ kind: 'value', v }, verb, depth + 1);
      return;
    }

    const f = value.v;
    if (f === null) {
      // Cannot happen: nil only occurs as an interface value.
      this.buf.write(nilAngleString);
      return;
    }
    switch (typeof f) {
      case 'boolean':
        this.fmtBool(f, verb);
        return;
      case 'bigint':
        this.fmtInteger(f, verb);
        return;
      case 'number':
        this.fmtFloat(f, verb);
        return;
      case 'string':
        this.fmtString(wellFormed(f), verb);
        return;
    }
    if (f instanceof Map) {
      if (this.fmt.sharpV) {
        this.buf.write(goTypeName(f));
        this.buf.write('{');
      } else {
        this.buf.write(mapString);
      }
      const keys = [...f.keys()].map(wellFormed);
      const byKey = new Map<string, GoValue>();
      for (const [k, x] of f) byKey.set(wellFormed(k), x);
      keys.sort(compareGoStrings);
      keys.forEach((key, i) => {
        if (i > 0) {
          if (this.fmt.sharpV) this.buf.write(commaSpaceString);
          else this.buf.write(' ');
        }
        this.printValue({ kind: 'value', v: key }, verb, depth + 1);
        this.buf.write(':');
        this.printValue({ kind: 'iface', v: byKey.get(key) ?? null }, verb, depth + 1);
      });
      this.buf.write(this.fmt.sharpV ? '}' : ']');
      return;
    }
    // []interface {}: the element kind is Interface, so the []byte special case never applies.
    if (this.fmt.sharpV) {
      this.buf.write(goTypeName(f));
      this.buf.write('{');
      for (let i = 0; i < f.length; i++) {
        if (i > 0) this.buf.write(commaSpaceString);
        this.printValue({ kind: 'iface', v: f[i] }, verb, depth + 1);
      }
      this.buf.write('}');
    } else {
      this.buf.write('[');
      for (let i = 0; i < f.length; i++) {
        if (i > 0) this.buf.write(' ');
        this.printValue({ kind: 'iface', v: f[i] }, verb, depth + 1);
      }
      this.buf.write(']');
    }
  }

  /** argNumber returns the next argument to evaluate, which is either the value of the passed-in
   * argNum or the value of the bracketed integer that begins format[i:]. */
  argNumber(argNum: number, format: string, i: number, numArgs: number): [newArgNum: number, newi: number, found: boolean] {
    if (format.length <= i || format[i] !== '[') return [argNum, i, false];
    this.reordered = true;
    const [index, wid, ok] = parseArgNumber(format.slice(i));
    if (ok && 0 <= index && index < numArgs) return [index, i + wid, true];
    this.goodArgNum = false;
    return [argNum, i + wid, ok];
  }

  badArgNum(verb: number): void {
    this.buf.write(percentBangString);
    this.writeRune(verb);
    this.buf.write(badIndexString);
  }

  missingArg(verb: number): void {
    this.buf.write(percentBangString);
    this.writeRune(verb);
    this.buf.write(missingString);
  }

  doPrintf(format: string, a: readonly GoValue[]): void {
    const end = format.length;
    let argNum = 0; // we process one argument per non-trivial format
    let afterIndex = false; // previous item in format was an index like [3].
    this.reordered = false;
    const f = this.fmt;
    formatLoop: for (let i = 0; i < end;) {
      this.goodArgNum = true;
      const lasti = i;
      while (i < end && format.charCodeAt(i) !== 0x25) i++;
      if (i > lasti) this.buf.write(format.slice(lasti, i));
      if (i >= end) break; // done processing format string

      // Process one verb
      i++;

      // Do we have flags?
      f.clearflags();
      simpleFormat: for (; i < end; i++) {
        const c = format.charCodeAt(i);
        switch (c) {
          case 0x23: // '#'
            f.sharp = true;
            break;
          case 0x30: // '0'
            f.zero = !f.minus; // Only allow zero padding to the left.
            break;
          case 0x2b: // '+'
            f.plus = true;
            break;
          case 0x2d: // '-'
            f.minus = true;
            f.zero = false; // Do not pad with zeros to the right.
            break;
          case 0x20: // ' '
            f.space = true;
            break;
          default:
            // Fast path for common case of ascii lower case simple verbs without precision or
            // width or argument indices.
            if (0x61 <= c && c <= 0x7a && argNum < a.length) {
              if (c === 0x76) {
                // Go syntax
                f.sharpV = f.sharp;
                f.sharp = false;
                // Struct-field syntax
                f.plusV = f.plus;
                f.plus = false;
              }
              this.printArg(a[argNum], c);
              argNum++;
              i++;
              continue formatLoop;
            }
            // Format is more complex than simple flags and a verb or is malformed.
            break simpleFormat;
        }
      }

      // Do we have an explicit argument index?
      [argNum, i, afterIndex] = this.argNumber(argNum, format, i, a.length);

      // Do we have width?
      if (i < end && format[i] === '*') {
        i++;
        [f.wid, f.widPresent, argNum] = intFromArg(a, argNum);
        if (!f.widPresent) this.buf.write(badWidthString);
        // We have a negative width, so take its value and ensure that the minus flag is set
        if (f.wid < 0) {
          f.wid = -f.wid;
          f.minus = true;
          f.zero = false; // Do not pad with zeros to the right.
        }
        afterIndex = false;
      } else {
        [f.wid, f.widPresent, i] = parsenum(format, i, end);
        if (afterIndex && f.widPresent) {
          // "%[3]2d"
          this.goodArgNum = false;
        }
      }

      // Do we have precision?
      if (i + 1 < end && format[i] === '.') {
        i++;
        if (afterIndex) {
          // "%[3].2d"
          this.goodArgNum = false;
        }
        [argNum, i, afterIndex] = this.argNumber(argNum, format, i, a.length);
        if (i < end && format[i] === '*') {
          i++;
          [f.prec, f.precPresent, argNum] = intFromArg(a, argNum);
          // Negative precision arguments don't make sense
          if (f.prec < 0) {
            f.prec = 0;
            f.precPresent = false;
          }
          if (!f.precPresent) this.buf.write(badPrecString);
          afterIndex = false;
        } else {
          [f.prec, f.precPresent, i] = parsenum(format, i, end);
          if (!f.precPresent) {
            f.prec = 0;
            f.precPresent = true;
          }
        }
      }

      if (!afterIndex) [argNum, i, afterIndex] = this.argNumber(argNum, format, i, a.length);

      if (i >= end) {
        this.buf.write(noVerbString);
        break;
      }

      const verb = format.codePointAt(i)!;
      i += verb > 0xffff ? 2 : 1;

      if (verb === 0x25) {
        // Percent does not absorb operands and ignores f.wid and f.prec.
        this.buf.write('%');
      } else if (!this.goodArgNum) {
        this.badArgNum(verb);
      } else if (argNum >= a.length) {
        // No argument left over to print for the current verb.
        this.missingArg(verb);
      } else {
        if (verb === 0x76) {
          // Go syntax
          f.sharpV = f.sharp;
          f.sharp = false;
          // Struct-field syntax
          f.plusV = f.plus;
          f.plus = false;
        }
        this.printArg(a[argNum], verb);
        argNum++;
      }
    }

    // Check for extra arguments unless the call accessed the arguments out of order, in which
    // case it's too expensive to detect if they've all been used and arguably OK if they're not.
    if (!this.reordered && argNum < a.length) {
      f.clearflags();
      this.buf.write(extraString);
      for (let i = argNum; i < a.length; i++) {
        const arg = a[i];
        if (i > argNum) this.buf.write(commaSpaceString);
        if (arg === null) {
          this.buf.write(nilAngleString);
        } else {
          this.buf.write(goTypeName(arg));
          this.buf.write('=');
          this.printArg(arg, 0x76);
        }
      }
      this.buf.write(')');
    }
  }

  doPrint(a: readonly GoValue[]): void {
    let prevString = false;
    a.forEach((arg, argNum) => {
      const isString = typeof arg === 'string';
      // Add a space between two non-string arguments.
      if (argNum > 0 && !isString && !prevString) this.buf.write(' ');
      this.printArg(arg, 0x76);
      prevString = isString;
    });
  }

  doPrintln(a: readonly GoValue[]): void {
    a.forEach((arg, argNum) => {
      if (argNum > 0) this.buf.write(' ');
      this.printArg(arg, 0x76);
    });
    this.buf.write('\n');
  }
}

/** fmt.Sprintf(format, args...). */
export function sprintf(format: string, args: readonly GoValue[]): string {
  const p = new Printer();
  p.doPrintf(wellFormed(format), args);
  return p.buf.toString();
}

/** fmt.Sprint(args...): spaces are added between operands when neither is a string. */
export function sprint(args: readonly GoValue[]): string {
  const p = new Printer();
  p.doPrint(args);
  return p.buf.toString();
}

/** fmt.Sprintln(args...): spaces always added between operands, and a newline appended. */
export function sprintln(args: readonly GoValue[]): string {
  const p = new Printer();
  p.doPrintln(args);
  return p.buf.toString();
}
