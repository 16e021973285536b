/**
 * Port of Go's text/template/parse/node.go (Go 1.24), part 3: NumberNode and newNumber,
 * which classifies a numeric literal the way Go's strconv does (int, uint, float, complex).
 * Go's int64/uint64 are bigints here; complex values are {re, im} pairs.
 */
import { parseFloat64, parseInt64, parseUint, quote, unquoteChar } from '../strconv.ts';
import { itemType, type Pos } from './lex.ts';
import { type BaseNode, NodeType, nodeType, type Builder } from './node.ts';
import type { Tree } from './parse.ts';

export interface Complex {
  re: number;
  im: number;
}

const TWO63 = 2 ** 63;
const TWO64 = 2 ** 64;
/** float64(int64(f)) == f, for the values where Go's conversion is defined. */
const fitsInt64 = (f: number): boolean => Number.isInteger(f) && f >= -TWO63 && f < TWO63;
/** float64(uint64(f)) == f */
const fitsUint64 = (f: number): boolean => Number.isInteger(f) && f >= 0 && f < TWO64;

/** NumberNode holds a number: signed or unsigned integer, float, or complex. */
export interface NumberNode extends BaseNode {}
export class NumberNode {
  declare readonly tr: Tree | undefined;
  declare pos: Pos;
  declare readonly type: NodeType.NodeNumber;
  declare IsInt: boolean; // Number has an integral value.
  declare IsUint: boolean; // Number has an unsigned integral value.
  declare IsFloat: boolean; // Number has a floating-point value.
  declare IsComplex: boolean; // Number is complex.
  declare Int64: bigint; // The signed integer value.
  declare Uint64: bigint; // The unsigned integer value.
  declare Float64: number; // The floating-point value.
  declare Complex128: Complex; // The complex value.
  declare readonly Text: string; // The original textual representation from the input.
  constructor(tr: Tree | undefined, pos: Pos, text: string) {
    this.tr = tr;
    this.pos = pos;
    this.Text = text;
    this.IsInt = false;
    this.IsUint = false;
    this.IsFloat = false;
    this.IsComplex = false;
    this.Int64 = 0n;
    this.Uint64 = 0n;
    this.Float64 = 0;
    this.Complex128 = { re: 0, im: 0 };
  }
  String(): string {
    return this.Text;
  }
  writeTo(sb: Builder): void {
    sb.s += this.Text;
  }

  simplifyComplex(): void {
    this.IsFloat = this.Complex128.im === 0;
    if (this.IsFloat) {
      this.Float64 = this.Complex128.re;
      this.IsInt = fitsInt64(this.Float64);
      if (this.IsInt) this.Int64 = BigInt(this.Float64);
      this.IsUint = fitsUint64(this.Float64);
      if (this.IsUint) this.Uint64 = BigInt(this.Float64);
    }
  }
}

nodeType(NumberNode, NodeType.NodeNumber);

/** Thrown by newNumber; the parser turns it into a parse error with this text (not an Error: see errors.ts). */
export class NumberError {
  constructor(readonly message: string) {}
}

/** newNumber (Tree.newNumber in Go). */
export function newNumber(tr: Tree | undefined, pos: Pos, text: string, typ: itemType): NumberNode {
  const n = new NumberNode(tr, pos, text);
  switch (typ) {
    case itemType.itemCharConstant: {
      const u = unquoteChar(text, 1, text.charCodeAt(0));
      if (!u) throw new NumberError('invalid syntax');
      if (text.slice(u.next) !== "'") throw new NumberError(`malformed character constant: ${text}`);
      n.Int64 = BigInt(u.value);
      n.IsInt = true;
      n.Uint64 = BigInt(u.value);
      n.IsUint = true;
      n.Float64 = u.value; // odd but those are the rules.
      n.IsFloat = true;
      return n;
    }
    case itemType.itemComplex: {
      const c = scanComplex(text);
      if (!c) throw new NumberError(`strconv.ParseFloat: parsing ${quote(text)}: invalid syntax`);
      n.IsComplex = true;
      n.Complex128 = c;
      n.simplifyComplex();
      return n;
    }
  }
  // Imaginary constants can only be complex unless they are zero.
  if (text.length > 0 && text[text.length - 1] === 'i') {
    const f = parseFloat64(text.slice(0, -1));
    if (f !== undefined) {
      n.IsComplex = true;
      n.Complex128 = { re: 0, im: f };
      n.simplifyComplex();
      return n;
    }
  }
  // Do integer test first so we get 0x123 etc.
  const u = parseUint(text); // will fail for -0; fixed below.
  if (u !== undefined) {
    n.IsUint = true;
    n.Uint64 = u;
  }
  const i = parseInt64(text);
  if (i !== undefined) {
    n.IsInt = true;
    n.Int64 = i;
    if (i === 0n) {
      n.IsUint = true; // in case of -0.
      n.Uint64 = u ?? 0n;
    }
  }
  // If an integer extraction succeeded, promote the float.
  if (n.IsInt) {
    n.IsFloat = true;
    n.Float64 = Number(n.Int64);
  } else if (n.IsUint) {
    n.IsFloat = true;
    n.Float64 = Number(n.Uint64);
  } else {
    const f = parseFloat64(text);
    if (f !== undefined) {
      // If we parsed it as a float but it looks like an integer,
      // it's a huge number too large to fit in an int. Reject it.
      if (!/[.eEpP]/.test(text)) throw new NumberError(`integer overflow: ${quote(text)}`);
      n.IsFloat = true;
      n.Float64 = f;
      // If a floating-point extraction succeeded, extract the int if needed.
      if (!n.IsInt && fitsInt64(f)) {
        n.IsInt = true;
        n.Int64 = BigInt(f);
      }
      if (!n.IsUint && fitsUint64(f)) {
        n.IsUint = true;
        n.Uint64 = BigInt(f);
      }
    }
  }
  if (!n.IsInt && !n.IsUint && !n.IsFloat) throw new NumberError(`illegal number syntax: ${quote(text)}`);
  return n;
}

/** fmt.Sscan into a complex128, for the "1+2i" forms the lexer produces. */
function scanComplex(text: string): Complex | undefined {
  // Split at the sign that starts the imaginary part (not a leading sign, not an exponent sign).
  for (let k = text.length - 2; k > 0; k--) {
    const c = text[k];
    if ((c === '+' || c === '-') && !/[eEpP]/.test(text[k - 1])) {
      const re = parseFloat64(text.slice(0, k));
      const im = parseFloat64(text.slice(k, -1));
      if (re === undefined || im === undefined || text[text.length - 1] !== 'i') return undefined;
      return { re, im };
    }
  }
  return undefined;
}
