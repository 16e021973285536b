/**
 * Port of Go's text/template/parse/lex.go (Go 1.24): the lexer as state functions, run
 * on demand by the parser (nextItem), as Go does since 1.20.
 *
 * Positions (Pos) are UTF-16 code-unit indices into the template text; Go's byte positions
 * are derived from them only when an error message is built (see ErrorContext).
 */
import { formatU, quote, quotePrefix } from '../strconv.ts';

export type Pos = number;

// itemType identifies the type of lex items (same order as Go's iota).
export enum itemType {
  itemError, // error occurred; value is text of error
  itemBool, // boolean constant
  itemChar, // printable ASCII character; grab bag for comma etc.
  itemCharConstant, // character constant
  itemComment, // comment text
  itemComplex, // complex constant (1+2i); imaginary is just a number
  itemAssign, // equals ('=') introducing an assignment
  itemDeclare, // colon-equals (':=') introducing a declaration
  itemEOF,
  itemField, // alphanumeric identifier starting with '.'
  itemIdentifier, // alphanumeric identifier not starting with '.'
  itemLeftDelim, // left action delimiter
  itemLeftParen, // '(' inside action
  itemNumber, // simple number, including imaginary
  itemPipe, // pipe symbol
  itemRawString, // raw quoted string (includes quotes)
  itemRightDelim, // right action delimiter
  itemRightParen, // ')' inside action
  itemSpace, // run of spaces separating arguments
  itemString, // quoted string (includes quotes)
  itemText, // plain text
  itemVariable, // variable starting with '$', such as '$' or  '$1' or '$hello'
  // Keywords appear after all the rest.
  itemKeyword, // used only to delimit the keywords
  itemBlock, // block keyword
  itemBreak, // break keyword
  itemContinue, // continue keyword
  itemDot, // the cursor, spelled '.'
  itemDefine, // define keyword
  itemElse, // else keyword
  itemEnd, // end keyword
  itemIf, // if keyword
  itemNil, // the untyped nil constant, easiest to treat as a keyword
  itemRange, // range keyword
  itemTemplate, // template keyword
  itemWith, // with keyword
}

/** item represents a token or text string returned from the scanner. */
export interface item {
  typ: itemType;
  pos: Pos; // The starting position of this item in the input string.
  val: string; // The value of this item.
  line: number; // The line number at the start of this item.
}

/** item.String() */
export function itemString(i: item): string {
  if (i.typ === itemType.itemEOF) return 'EOF';
  if (i.typ === itemType.itemError) return i.val;
  if (i.typ > itemType.itemKeyword) return `<${i.val}>`;
  if (byteLength(i.val) > 10) return quotePrefix(i.val, 10) + '...';
  return quote(i.val);
}

function byteLength(s: string): number {
  let n = 0;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdbff ? 2 : c >= 0xdc00 && c <= 0xdfff ? 2 : 3;
  }
  return n;
}

const key: ReadonlyMap<string, itemType> = new Map([
  ['.', itemType.itemDot],
  ['block', itemType.itemBlock],
  ['break', itemType.itemBreak],
  ['continue', itemType.itemContinue],
  ['define', itemType.itemDefine],
  ['else', itemType.itemElse],
  ['end', itemType.itemEnd],
  ['if', itemType.itemIf],
  ['range', itemType.itemRange],
  ['nil', itemType.itemNil],
  ['template', itemType.itemTemplate],
  ['with', itemType.itemWith],
]);

const eof = -1;

// Trimming spaces: "{{- " trims preceding space, " -}}" trims following space.
const trimMarker = 0x2d; // '-'
const trimMarkerLen = 2; // marker plus space before or after

type stateFn = ((l: lexer) => stateFn) | null;

/** lexOptions control behavior of the lexer. All default to false. */
export interface lexOptions {
  emitComment: boolean;
  breakOK: boolean;
  continueOK: boolean;
}

export const leftDelimDefault = '{{';
export const rightDelimDefault = '}}';
const leftComment = '/*';
const rightComment = '*/';

/** lexer holds the state of the scanner. */
export class lexer {
  name: string;
  input: string;
  leftDelim: string;
  rightDelim: string;
  pos: Pos = 0; // current position in the input
  start: Pos = 0; // start position of this item
  atEOF = false; // we have hit the end of input and returned eof
  parenDepth = 0; // nesting depth of ( ) exprs
  line = 1; // 1+number of newlines seen
  startLine = 1; // start line of this item
  item: item = { typ: itemType.itemEOF, pos: 0, val: 'EOF', line: 1 };
  insideAction = false;
  options: lexOptions = { emitComment: false, breakOK: false, continueOK: false };

  constructor(name: string, input: string, left: string, right: string) {
    this.name = name;
    this.input = input;
    this.leftDelim = left || leftDelimDefault;
    this.rightDelim = right || rightDelimDefault;
  }

  /** next returns the next rune in the input. */
  next(): number {
    if (this.pos >= this.input.length) {
      this.atEOF = true;
      return eof;
    }
    const r = this.input.codePointAt(this.pos)!;
    this.pos += r > 0xffff ? 2 : 1;
    if (r === 0x0a) this.line++;
    return r;
  }

  /** peek returns but does not consume the next rune in the input. */
  peek(): number {
    const r = this.next();
    this.backup();
    return r;
  }

  /** backup steps back one rune. */
  backup(): void {
    if (!this.atEOF && this.pos > 0) {
      let w = 1;
      const c = this.input.charCodeAt(this.pos - 1);
      if (c >= 0xdc00 && c <= 0xdfff && this.pos > 1) {
        const h = this.input.charCodeAt(this.pos - 2);
        if (h >= 0xd800 && h <= 0xdbff) w = 2;
      }
      this.pos -= w;
      if (c === 0x0a) this.line--;
    }
  }

  /** thisItem returns the item at the current input point with the specified type and advances the input. */
  thisItem(t: itemType): item {
    const i: item = { typ: t, pos: this.start, val: this.input.slice(this.start, this.pos), line: this.startLine };
    this.start = this.pos;
    this.startLine = this.line;
    return i;
  }

  /** emit passes the trailing text as an item back to the parser. */
  emit(t: itemType): stateFn {
    return this.emitItem(this.thisItem(t));
  }

  emitItem(i: item): stateFn {
    this.item = i;
    return null;
  }

  /** ignore skips over the pending input before this point. */
  ignore(): void {
    this.line += countNL(this.input, this.start, this.pos);
    this.start = this.pos;
    this.startLine = this.line;
  }

  accept(valid: string): boolean {
    const r = this.next();
    if (r !== eof && valid.includes(String.fromCodePoint(r))) return true;
    this.backup();
    return false;
  }

  acceptRun(valid: string): void {
    for (;;) {
      const r = this.next();
      if (r === eof || !valid.includes(String.fromCodePoint(r))) break;
    }
    this.backup();
  }

  /** errorf returns an error token and terminates the scan. */
  errorf(msg: string): stateFn {
    this.item = { typ: itemType.itemError, pos: this.start, val: msg, line: this.startLine };
    this.start = 0;
    this.pos = 0;
    this.input = '';
    return null;
  }

  /** nextItem returns the next item from the input. */
  nextItem(): item {
    // Go first sets item to an EOF item; every state path emits or errors, so it is never seen.
    let state: stateFn = this.insideAction ? lexInsideAction : lexText;
    while (state !== null) state = state(this);
    return this.item;
  }

  /**
   * atRightDelim reports whether the lexer is at a right delimiter, possibly preceded by a trim
   * marker: 0 no, 1 delimiter, 2 delimiter with trim marker (Go returns delim, trimSpaces).
   */
  atRightDelim(): number {
    if (hasRightTrimMarker(this.input, this.pos) && this.input.startsWith(this.rightDelim, this.pos + trimMarkerLen)) return 2;
    if (this.input.startsWith(this.rightDelim, this.pos)) return 1;
    return 0;
  }

  /** atTerminator reports whether the input is at valid termination character to appear after an identifier. */
  atTerminator(): boolean {
    const r = this.peek();
    if (isSpace(r)) return true;
    switch (r) {
      case eof:
      case 0x2e: // .
      case 0x2c: // ,
      case 0x7c: // |
      case 0x3a: // :
      case 0x29: // )
      case 0x28: // (
        return true;
    }
    return this.input.startsWith(this.rightDelim, this.pos);
  }

  scanNumber(): boolean {
    this.accept('+-');
    let digits = '0123456789_';
    if (this.accept('0')) {
      // Note: Leading 0 does not mean octal in floats.
      if (this.accept('xX')) digits = '0123456789abcdefABCDEF_';
      else if (this.accept('oO')) digits = '01234567_';
      else if (this.accept('bB')) digits = '01_';
    }
    this.acceptRun(digits);
    if (this.accept('.')) this.acceptRun(digits);
    if (digits.length === 10 + 1 && this.accept('eE')) {
      this.accept('+-');
      this.acceptRun('0123456789_');
    }
    if (digits.length === 16 + 6 + 1 && this.accept('pP')) {
      this.accept('+-');
      this.acceptRun('0123456789_');
    }
    this.accept('i');
    if (isAlphaNumeric(this.peek())) {
      this.next();
      return false;
    }
    return true;
  }
}

/** lex creates a new scanner for the input string. */
export function lex(name: string, input: string, left: string, right: string): lexer {
  return new lexer(name, input, left, right);
}

function countNL(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = s.indexOf('\n', from); i !== -1 && i < to; i = s.indexOf('\n', i + 1)) n++;
  return n;
}

// state functions

/** lexText scans until an opening action delimiter, "{{". */
function lexText(l: lexer): stateFn {
  const x = l.input.indexOf(l.leftDelim, l.pos);
  if (x >= 0) {
    if (x > l.pos) {
      l.pos = x;
      // Do we trim any trailing space?
      let trimLength = 0;
      const delimEnd = l.pos + l.leftDelim.length;
      if (hasLeftTrimMarker(l.input, delimEnd)) trimLength = rightTrimLength(l.input, l.start, l.pos);
      l.pos -= trimLength;
      l.line += countNL(l.input, l.start, l.pos);
      const i = l.thisItem(itemType.itemText);
      l.pos += trimLength;
      l.ignore();
      if (i.val.length > 0) return l.emitItem(i);
    }
    return lexLeftDelim;
  }
  l.pos = l.input.length;
  // Correctly reached EOF.
  if (l.pos > l.start) {
    l.line += countNL(l.input, l.start, l.pos);
    return l.emit(itemType.itemText);
  }
  return l.emit(itemType.itemEOF);
}

/** rightTrimLength returns the length of the spaces at the end of s[from:to]. */
function rightTrimLength(s: string, from: number, to: number): number {
  let i = to;
  while (i > from && isSpaceCode(s.charCodeAt(i - 1))) i--;
  return to - i;
}

/** leftTrimLength returns the length of the spaces at the beginning of s[from:]. */
function leftTrimLength(s: string, from: number): number {
  let i = from;
  while (i < s.length && isSpaceCode(s.charCodeAt(i))) i++;
  return i - from;
}

/** lexLeftDelim scans the left delimiter, which is known to be present, possibly with a trim marker. */
function lexLeftDelim(l: lexer): stateFn {
  l.pos += l.leftDelim.length;
  const trimSpace = hasLeftTrimMarker(l.input, l.pos);
  const afterMarker = trimSpace ? trimMarkerLen : 0;
  if (l.input.startsWith(leftComment, l.pos + afterMarker)) {
    l.pos += afterMarker;
    l.ignore();
    return lexComment;
  }
  const i = l.thisItem(itemType.itemLeftDelim);
  l.insideAction = true;
  l.pos += afterMarker;
  l.ignore();
  l.parenDepth = 0;
  return l.emitItem(i);
}

/** lexComment scans a comment. The left comment marker is known to be present. */
function lexComment(l: lexer): stateFn {
  l.pos += leftComment.length;
  const x = l.input.indexOf(rightComment, l.pos);
  if (x < 0) return l.errorf('unclosed comment');
  l.pos = x + rightComment.length;
  const delim = l.atRightDelim();
  if (delim === 0) return l.errorf('comment ends before closing delimiter');
  const trimSpace = delim === 2;
  l.line += countNL(l.input, l.start, l.pos);
  const i = l.thisItem(itemType.itemComment);
  if (trimSpace) l.pos += trimMarkerLen;
  l.pos += l.rightDelim.length;
  if (trimSpace) l.pos += leftTrimLength(l.input, l.pos);
  l.ignore();
  if (l.options.emitComment) return l.emitItem(i);
  return lexText;
}

/** lexRightDelim scans the right delimiter, which is known to be present, possibly with a trim marker. */
function lexRightDelim(l: lexer): stateFn {
  const trimSpace = l.atRightDelim() === 2;
  if (trimSpace) {
    l.pos += trimMarkerLen;
    l.ignore();
  }
  l.pos += l.rightDelim.length;
  const i = l.thisItem(itemType.itemRightDelim);
  if (trimSpace) {
    l.pos += leftTrimLength(l.input, l.pos);
    l.ignore();
  }
  l.insideAction = false;
  return l.emitItem(i);
}

/** lexInsideAction scans the elements inside action delimiters. */
function lexInsideAction(l: lexer): stateFn {
  if (l.atRightDelim() !== 0) {
    if (l.parenDepth === 0) return lexRightDelim;
    return l.errorf('unclosed left paren');
  }
  const r = l.next();
  if (r === eof) return l.errorf('unclosed action');
  if (isSpace(r)) {
    l.backup(); // Put space back in case we have " -}}".
    return lexSpace;
  }
  switch (r) {
    case 0x3d: // =
      return l.emit(itemType.itemAssign);
    case 0x3a: // :
      if (l.next() !== 0x3d) return l.errorf('expected :=');
      return l.emit(itemType.itemDeclare);
    case 0x7c: // |
      return l.emit(itemType.itemPipe);
    case 0x22: // "
      return lexQuote;
    case 0x60: // `
      return lexRawQuote;
    case 0x24: // $
      return lexVariable;
    case 0x27: // '
      return lexChar;
    case 0x2e: // .
      // special look-ahead for ".field" so we don't break l.backup().
      if (l.pos < l.input.length) {
        const c = l.input.charCodeAt(l.pos);
        if (c < 0x30 || 0x39 < c) return lexField;
      }
      l.backup(); // '.' can start a number.
      return lexNumber;
    case 0x28: // (
      l.parenDepth++;
      return l.emit(itemType.itemLeftParen);
    case 0x29: // )
      l.parenDepth--;
      if (l.parenDepth < 0) return l.errorf('unexpected right paren');
      return l.emit(itemType.itemRightParen);
  }
  if (r === 0x2b || r === 0x2d || (0x30 <= r && r <= 0x39)) {
    l.backup();
    return lexNumber;
  }
  if (isAlphaNumeric(r)) {
    l.backup();
    return lexIdentifier;
  }
  if (r <= 0x7f && r >= 0x20 && r < 0x7f) return l.emit(itemType.itemChar);
  return l.errorf(`unrecognized character in action: ${formatU(r)}`);
}

/** lexSpace scans a run of space characters. */
function lexSpace(l: lexer): stateFn {
  let numSpaces = 0;
  for (;;) {
    const r = l.peek();
    if (!isSpace(r)) break;
    l.next();
    numSpaces++;
  }
  // Be careful about a trim-marked closing delimiter, which has a minus after a space.
  if (hasRightTrimMarker(l.input, l.pos - 1) && l.input.startsWith(l.rightDelim, l.pos - 1 + trimMarkerLen)) {
    l.backup(); // Before the space.
    if (numSpaces === 1) return lexRightDelim; // On the delim, so go right to that.
  }
  return l.emit(itemType.itemSpace);
}

/** lexIdentifier scans an alphanumeric. */
function lexIdentifier(l: lexer): stateFn {
  for (;;) {
    const r = l.next();
    if (isAlphaNumeric(r)) continue;
    l.backup();
    const word = l.input.slice(l.start, l.pos);
    if (!l.atTerminator()) return l.errorf(`bad character ${formatU(r)}`);
    const k = key.get(word);
    if (k !== undefined && k > itemType.itemKeyword) {
      if ((k === itemType.itemBreak && !l.options.breakOK) || (k === itemType.itemContinue && !l.options.continueOK)) {
        return l.emit(itemType.itemIdentifier);
      }
      return l.emit(k);
    }
    if (word[0] === '.') return l.emit(itemType.itemField);
    if (word === 'true' || word === 'false') return l.emit(itemType.itemBool);
    return l.emit(itemType.itemIdentifier);
  }
}

/** lexField scans a field: .Alphanumeric. The . has been scanned. */
function lexField(l: lexer): stateFn {
  return lexFieldOrVariable(l, itemType.itemField);
}

/** lexVariable scans a Variable: $Alphanumeric. The $ has been scanned. */
function lexVariable(l: lexer): stateFn {
  if (l.atTerminator()) return l.emit(itemType.itemVariable); // Nothing interesting follows -> "$".
  return lexFieldOrVariable(l, itemType.itemVariable);
}

/** lexFieldOrVariable scans a field or variable: [.$]Alphanumeric. The . or $ has been scanned. */
function lexFieldOrVariable(l: lexer, typ: itemType): stateFn {
  if (l.atTerminator()) {
    // Nothing interesting follows -> "." or "$".
    if (typ === itemType.itemVariable) return l.emit(itemType.itemVariable);
    return l.emit(itemType.itemDot);
  }
  let r: number;
  for (;;) {
    r = l.next();
    if (!isAlphaNumeric(r)) {
      l.backup();
      break;
    }
  }
  if (!l.atTerminator()) return l.errorf(`bad character ${formatU(r)}`);
  return l.emit(typ);
}

/** lexChar scans a character constant. The initial quote is already scanned. */
function lexChar(l: lexer): stateFn {
  for (;;) {
    let r = l.next();
    if (r === 0x5c) {
      r = l.next();
      if (r !== eof && r !== 0x0a) continue;
      return l.errorf('unterminated character constant');
    }
    if (r === eof || r === 0x0a) return l.errorf('unterminated character constant');
    if (r === 0x27) break;
  }
  return l.emit(itemType.itemCharConstant);
}

/** lexNumber scans a number: decimal, octal, hex, float, or imaginary. */
function lexNumber(l: lexer): stateFn {
  if (!l.scanNumber()) return l.errorf(`bad number syntax: ${quote(l.input.slice(l.start, l.pos))}`);
  const sign = l.peek();
  if (sign === 0x2b || sign === 0x2d) {
    // Complex: 1+2i. No spaces, must end in 'i'.
    if (!l.scanNumber() || l.input.charCodeAt(l.pos - 1) !== 0x69) {
      return l.errorf(`bad number syntax: ${quote(l.input.slice(l.start, l.pos))}`);
    }
    return l.emit(itemType.itemComplex);
  }
  return l.emit(itemType.itemNumber);
}

/** lexQuote scans a quoted string. */
function lexQuote(l: lexer): stateFn {
  for (;;) {
    let r = l.next();
    if (r === 0x5c) {
      r = l.next();
      if (r !== eof && r !== 0x0a) continue;
      return l.errorf('unterminated quoted string');
    }
    if (r === eof || r === 0x0a) return l.errorf('unterminated quoted string');
    if (r === 0x22) break;
  }
  return l.emit(itemType.itemString);
}

/** lexRawQuote scans a raw quoted string. */
function lexRawQuote(l: lexer): stateFn {
  for (;;) {
    const r = l.next();
    if (r === eof) return l.errorf('unterminated raw quoted string');
    if (r === 0x60) break;
  }
  return l.emit(itemType.itemRawString);
}

/** isSpace reports whether r is a space character. */
function isSpace(r: number): boolean {
  return r === 0x20 || r === 0x09 || r === 0x0d || r === 0x0a;
}
const isSpaceCode = isSpace;

const letterRe = /^[\p{L}\p{Nd}]$/u;

/** isAlphaNumeric reports whether r is an alphabetic, digit, or underscore. */
export function isAlphaNumeric(r: number): boolean {
  if (r < 0x80) {
    return r === 0x5f || (r >= 0x30 && r <= 0x39) || (r >= 0x41 && r <= 0x5a) || (r >= 0x61 && r <= 0x7a);
  }
  if (r === eof) return false;
  return letterRe.test(String.fromCodePoint(r));
}

function hasLeftTrimMarker(s: string, at: number): boolean {
  return s.length - at >= 2 && s.charCodeAt(at) === trimMarker && isSpace(s.charCodeAt(at + 1));
}

function hasRightTrimMarker(s: string, at: number): boolean {
  return s.length - at >= 2 && isSpace(s.charCodeAt(at)) && s.charCodeAt(at + 1) === trimMarker;
}
