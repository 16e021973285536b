// Mirrors yaml 2.9.1 dist/compose/compose-scalar.js (a scalar's value from its failsafe text and
// tag), dist/compose/resolve-flow-scalar.js (plain and quoted scalars) and
// dist/compose/resolve-block-scalar.js (`|` and `>`).
import { CST } from 'yaml';
import { resolvePlainScalar } from '../../yaml/resolve-scalar.ts';
import type { GoScalar } from '../../values/go-value.ts';
import { decodeTaggedScalar } from '../compose.ts';
import type { ScalarStyle, YScalar } from '../ynode.ts';
import { LineScanner } from './lines.ts';
import { bail, END, KEYCH, WORD } from './shared.ts';
import type { Result } from './shared.ts';

function isKeyChar(c: number): boolean {
  return c < 128 && KEYCH[c] === 1;
}

/**
 * First characters from which yaml.v3 can resolve a plain scalar to something other than the
 * string itself: the null/bool/.inf/.nan words, `.` floats, digits and signs (resolve-scalar.ts).
 * Any other first character makes a string, which skips the word table and the allocation.
 */
const NON_STRING_START = new Uint8Array(128);
for (const c of '~nNtTfF') NON_STRING_START[c.charCodeAt(0)] = 1; // words: null, true, false, ~
for (const c of '.+-0123456789') NON_STRING_START[c.charCodeAt(0)] = 2; // numbers
/** The longest of those words (`false`): longer text starting like a word is a string. */
const MAX_WORD = 5;

// Numbers and versions repeat across documents and are the slow ones to resolve; values are
// immutable primitives, so they are shared.
const resolvedCache = new Map<string, GoScalar>();

function resolvePlain(text: string): GoScalar {
  const c = text.charCodeAt(0);
  const start = c < 128 ? NON_STRING_START[c] : 0;
  if (c === c && (start === 0 || (start === 1 && text.length > MAX_WORD))) return text;
  let v = resolvedCache.get(text);
  if (v === undefined) {
    v = resolvePlainScalar(text);
    if (resolvedCache.size >= 4096) resolvedCache.clear();
    resolvedCache.set(text, v);
  }
  return v;
}

/** Whether a plain scalar may start at s (no indicator that starts something else or that the library reports). */
function plainStart(t: string, s: number): boolean {
  const c = t.charCodeAt(s);
  switch (c) {
    case 45: // - ? : need a non-space after them
    case 63:
    case 58: {
      const d = t.charCodeAt(s + 1);
      return !(d === 32 || d === 10 || d !== d);
    }
    case 44: // , [ ] { } # & * ! | > ' " % @ `
    case 91:
    case 93:
    case 123:
    case 125:
    case 35:
    case 38:
    case 42:
    case 33:
    case 124:
    case 62:
    case 39:
    case 34:
    case 37:
    case 64:
    case 96:
      return false;
  }
  return true;
}

export class ScalarScanner extends LineScanner {
  /** A YScalar from the failsafe text of a scalar, resolved as compose.ts does. */
  makeScalar(text: string, style: ScalarStyle, start: number, end: number, tag: string | undefined): YScalar {
    let value: GoScalar;
    if (tag && tag !== '!') {
      const tagged = decodeTaggedScalar(text, tag);
      if (tagged === undefined) bail();
      value = tagged;
    } else if (style === 'plain' && tag !== '!') value = resolvePlain(text);
    else value = text;
    this.expanded++;
    const out: YScalar = { kind: 'scalar', value, style, start, end };
    if (tag) out.tag = tag;
    if (value !== text) out.text = text;
    return out;
  }

  /**
   * A simple key at `p`: a plain key or a single-line quoted key, directly followed by `:`
   * and a space or the line end. Returns the offset of the `:` or -1.
   */
  keyEnd(p: number): number {
    const t = this.text;
    const c = t.charCodeAt(p);
    let q: number;
    if (c === 34 || c === 39) {
      q = c === 34 ? this.dqEnd(p, false) : this.sqEnd(p, false);
      if (q < 0) return -1;
    } else if (c === 60) {
      if (t.charCodeAt(p + 1) !== 60) return -1;
      q = p + 2;
    } else {
      if (!(c < 128 && WORD[c] === 1)) return -1;
      q = p + 1;
      for (;;) {
        const d = t.charCodeAt(q);
        if (isKeyChar(d)) q++;
        else if (d === 32 && isKeyChar(t.charCodeAt(q + 1))) q += 2;
        else break;
      }
    }
    if (t.charCodeAt(q) !== 58) return -1;
    const d = t.charCodeAt(q + 1);
    if (d === 32 || d === 10 || q + 1 >= this.n) return q - p > 1000 ? -1 : q;
    return -1;
  }

  /** End (past the closing quote) of a single-line double-quoted scalar at p, or -1. */
  dqEnd(p: number, _flow: boolean): number {
    const t = this.text;
    for (let q = p + 1; q < this.n; q++) {
      const c = t.charCodeAt(q);
      if (c === 34) return q + 1;
      if (c === 92) {
        q++;
        if (t.charCodeAt(q) === 10) return -1;
      } else if (c === 10) return -1;
    }
    return -1;
  }

  sqEnd(p: number, _flow: boolean): number {
    const t = this.text;
    for (let q = p + 1; q < this.n; q++) {
      const c = t.charCodeAt(q);
      if (c === 39) {
        if (t.charCodeAt(q + 1) === 39) {
          q++;
          continue;
        }
        return q + 1;
      }
      if (c === 10) return -1;
    }
    return -1;
  }

  /** Failsafe (string) value of the quoted scalar text[p, e). */
  quotedValue(p: number, e: number): string {
    const t = this.text;
    if (t.charCodeAt(p) === 39) {
      const inner = t.slice(p + 1, e - 1);
      return inner.indexOf("'") === -1 ? inner : inner.replace(/''/g, "'");
    }
    const inner = t.slice(p + 1, e - 1);
    if (inner.indexOf('\\') === -1) return inner;
    const r = CST.resolveAsScalar({ type: 'double-quoted-scalar', offset: p, indent: 0, source: t.slice(p, e) }, true, bail);
    if (!r) bail();
    return r.value;
  }

  /** A key at p (keyEnd(p) = colon); returns the key node and its failsafe text. */
  key(p: number, colon: number): { node: YScalar; text: string } {
    const t = this.text;
    const c = t.charCodeAt(p);
    if (c === 34 || c === 39) {
      const text = this.quotedValue(p, colon);
      return { node: this.makeScalar(text, c === 34 ? 'double' : 'single', p, colon, undefined), text };
    }
    const text = t.slice(p, colon);
    return { node: this.makeScalar(text, 'plain', p, colon, undefined), text };
  }

  /** A single-line plain scalar value in block context at s. */
  plain(s: number, tag: string | undefined, indent: number): Result {
    const t = this.text;
    if (!plainStart(t, s)) bail();
    let last = this.plainLine(s);
    let multi = false;
    // Continuation lines: more indented than the collection, not comments; blank lines
    // between them fold. Lines starting with an indicator give up.
    let p = this.plainStop;
    while (!this.plainComment && p < this.n) {
      p++; // past the newline
      const ind = this.indentAt(p);
      const c = t.charCodeAt(p + ind);
      if (c === 10) {
        p += ind;
        continue;
      }
      if (p + ind >= this.n || ind <= indent || c === 35) break;
      if (!plainStart(t, p + ind) || c === 45 || c === 63 || c === 58) bail();
      last = this.plainLine(p + ind);
      multi = true;
      p = this.plainStop;
    }
    let text: string;
    if (multi) {
      const r = CST.resolveAsScalar({ type: 'scalar', offset: s, indent, source: t.slice(s, last) }, true, bail);
      if (!r) bail();
      text = r.value;
    } else text = t.slice(s, last);
    const node = this.makeScalar(text, 'plain', s, last, tag);
    return this.afterValue(node, last, indent);
  }

  /** Set by plainLine: where the line's scanning stopped (newline, end, or the space before `#`) and whether at a comment. */
  plainStop = 0;
  plainComment = false;

  /** One line of a plain scalar from s: the end of its last non-space character. `: ` gives up. */
  plainLine(s: number): number {
    const t = this.text;
    let e = s;
    let last = s;
    this.plainComment = false;
    for (;;) {
      const d = t.charCodeAt(e);
      if (d !== d || d === 10) break;
      if (d === 32) {
        if (t.charCodeAt(e + 1) === 35) {
          this.plainComment = true;
          break;
        }
      } else {
        if (d === 58) {
          const f = t.charCodeAt(e + 1);
          if (f === 32 || f === 10 || f !== f) bail();
        }
        last = e + 1;
      }
      e++;
    }
    this.plainStop = e;
    return last;
  }

  blockScalar(s: number, indent: number, tag: string | undefined): Result {
    const t = this.text;
    let h = s + 1;
    if (t.charCodeAt(h) === 45) h++;
    if (t.charCodeAt(h) !== 10) bail();
    const header = t.slice(s, h);
    const body = h + 1;
    // First content line: no blank lines before it, more indented than the collection.
    const i0 = this.indentAt(body);
    const first = t.charCodeAt(body + i0);
    if (i0 <= indent || first !== first || first === 10) bail();
    let lastEnd = this.lineEnd(body + i0); // end of the last content line (at its \n)
    let p = lastEnd + 1;
    while (p < this.n) {
      const ind = this.indentAt(p);
      const c = t.charCodeAt(p + ind);
      if (c === 10 || p + ind >= this.n) {
        p = p + ind + 1;
        continue;
      }
      if (ind < i0) {
        if (ind > indent) bail();
        break;
      }
      lastEnd = this.lineEnd(p + ind);
      p = lastEnd + 1;
    }
    // Blank lines after the content must hold no spaces.
    for (let q = lastEnd + 1; q < p && q < this.n; q++) {
      if (t.charCodeAt(q) === 32) bail();
    }
    const srcEnd = lastEnd < this.n ? lastEnd + 1 : this.n;
    const source = t.slice(body, srcEnd);
    const token = {
      type: 'block-scalar' as const,
      offset: s,
      indent,
      props: [
        { type: 'block-scalar-header' as const, offset: s, indent, source: header },
        { type: 'newline' as const, offset: h, indent, source: '\n' },
      ],
      source,
    };
    const res = CST.resolveAsScalar(token, true, bail);
    if (!res) bail();
    const style: ScalarStyle = t.charCodeAt(s) === 124 ? 'literal' : 'folded';
    const end = res.range[1];
    if (end !== srcEnd) bail();
    const node = this.makeScalar(res.value, style, s, end, tag);
    let next: number;
    if (srcEnd >= this.n) {
      this.docEnd = this.n;
      this.clearComments();
      next = END;
    } else next = this.nextContent(srcEnd);
    return { node, end2: this.placeComments(res.range[2], indent, false, next), next };
  }
}
