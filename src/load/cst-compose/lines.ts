// Mirrors yaml 2.9.1 dist/parse/lexer.js and dist/parse/parser.js (lines, indentation, `---`, and
// where the Parser puts comment lines, which moves the end of the collection before them) and
// dist/compose/resolve-end.js (what may trail a node on its line): the scanner's state and the
// line-level reading every other part builds on.
import type { YNode } from '../ynode.ts';
import { bail, END } from './shared.ts';
import type { Anchor, Result } from './shared.ts';

export class LineScanner {
  readonly n: number;
  anchors = new Map<string, Anchor>();
  sizes = new Map<YNode, number>();
  /**
   * Node sizes matter only when an alias expands an anchored node; a text without `&` has no
   * anchors, so the per-node bookkeeping (a Map entry for every collection) is skipped.
   */
  readonly trackSizes: boolean;
  expanded = 0;
  /** Where the current document's text ends (a `---` line or the end of the text). */
  docEnd = 0;
  /** Comment lines nextContent passed over: indent, end of line; flattened pairs. */
  comments: number[] = [];
  /** Trailing comment item after the last node: its deepest comment's indent (-1: none) and its end. */
  trailIndent = -1;
  trailEnd = 0;
  /** Set when the document's last node is an empty scalar: the document ends there. */
  emptyAtEnd = -1;
  markerComment = false;

  constructor(readonly text: string) {
    this.n = text.length;
    this.trackSizes = text.includes('&');
  }

  /** Truncating an array is a runtime call even when it is already empty: most calls are. */
  clearComments(): void {
    if (this.comments.length !== 0) this.comments.length = 0;
  }

  sizeOf(node: YNode): number {
    return this.trackSizes ? (this.sizes.get(node) ?? 1) : 1;
  }

  setSize(node: YNode, size: number): void {
    if (this.trackSizes) this.sizes.set(node, size);
  }

  /** `---` at `p` (a line start) followed by a space, a newline or the end. */
  isMarker(p: number): boolean {
    const t = this.text;
    if (t.charCodeAt(p) !== 45 || t.charCodeAt(p + 1) !== 45 || t.charCodeAt(p + 2) !== 45) return false;
    const c = t.charCodeAt(p + 3);
    return c !== c || c === 10 || c === 32; // NaN at the end
  }

  /** The last line start nextContent returned and its indentation: callers ask for it again. */
  private indentPos = -1;
  private indentLen = 0;

  indentAt(p: number): number {
    if (p === this.indentPos) return this.indentLen;
    const t = this.text;
    let q = p;
    while (t.charCodeAt(q) === 32) q++;
    return q - p;
  }

  lineEnd(p: number): number {
    const e = this.text.indexOf('\n', p);
    return e === -1 ? this.n : e;
  }

  /**
   * From line start `p`, the start of the next content line, or END when only blank and
   * comment lines remain before a `---` line or the end of the text (then docEnd is set).
   * The comment lines passed over are recorded in `comments` (indent, end of line).
   */
  nextContent(p: number): number {
    const t = this.text;
    this.clearComments();
    for (;;) {
      if (p >= this.n) {
        this.docEnd = this.n;
        return END;
      }
      if (this.isMarker(p)) {
        this.docEnd = p;
        return END;
      }
      let q = p;
      while (t.charCodeAt(q) === 32) q++;
      if (q >= this.n) {
        this.docEnd = this.n;
        return END;
      }
      const c = t.charCodeAt(q);
      if (c === 10) {
        p = q + 1;
        continue;
      }
      if (c !== 35) {
        this.indentPos = p;
        this.indentLen = q - p;
        return p;
      }
      const e = this.lineEnd(q);
      this.comments.push(q - p, e < this.n ? e + 1 : this.n);
      p = e + 1;
    }
  }

  /** Where the trailing tokens before `next` end: at the next content (after its indentation) or the document's end. */
  tokensEnd(next: number): number {
    return next === END ? this.docEnd : next + this.indentAt(next);
  }

  /**
   * Comment lines after a node, as the `yaml` Parser places them. With `absorb` (a node that
   * keeps an `end` token list: flow scalars, aliases, flow collections), leading comment lines
   * more indented than the collection (`indent`) are appended to the node and move its end;
   * the rest forms a trailing item, which a closing collection keeps when one of its comments
   * is at least as indented as the collection (see `close`). Returns the node's end.
   */
  placeComments(end2: number, indent: number, absorb: boolean, next: number): number {
    const cs = this.comments;
    let i = 0;
    if (absorb) {
      while (i < cs.length && cs[i] > indent) {
        end2 = cs[i + 1];
        i += 2;
      }
    }
    let max = -1;
    for (; i < cs.length; i += 2) if (cs[i] > max) max = cs[i];
    this.trailIndent = max;
    this.trailEnd = max < 0 ? 0 : this.tokensEnd(next);
    return end2;
  }

  /** A collection at `indent` closes with its last node ending at end2; its own range end. */
  close(end2: number, indent: number): number {
    if (this.trailIndent >= 0 && indent > 0 && this.trailIndent >= indent) {
      this.trailIndent = -1;
      return this.trailEnd;
    }
    return end2;
  }

  /** `node`, a single-line value ending at `p`, then spaces, an optional comment, the line end. */
  afterValue(node: YNode, p: number, indent: number): Result {
    const t = this.text;
    let q = p;
    while (t.charCodeAt(q) === 32) q++;
    if (q < this.n) {
      const c = t.charCodeAt(q);
      if (c === 35) {
        if (q === p) bail();
        q = this.lineEnd(q);
      } else if (c !== 10) bail();
    }
    if (q >= this.n) {
      this.docEnd = this.n;
      this.trailIndent = -1;
      return { node, end2: this.n, next: END };
    }
    const next = this.nextContent(q + 1);
    return { node, end2: this.placeComments(q + 1, indent, true, next), next };
  }

  isSeqItem(p: number): boolean {
    if (this.text.charCodeAt(p) !== 45) return false;
    const c = this.text.charCodeAt(p + 1);
    return c === 32 || c === 10 || p + 1 >= this.n;
  }

  lineStart(p: number): number {
    return this.text.lastIndexOf('\n', p - 1) + 1;
  }
}
