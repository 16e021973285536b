import { CST } from 'yaml';
import { resolvePlainScalar } from '../yaml/resolve-scalar.ts';
import type { GoScalar } from '../values/go-value.ts';
import { decodeTaggedScalar, MAX_EXPANDED_NODES } from './compose.ts';
import type { ParsedDocument } from './parse-stream.ts';
import type { ScalarStyle, YMap, YNode, YPair, YScalar, YSeq } from './ynode.ts';
import { keyText } from './ynode.ts';

/**
 * Fast path from YAML text straight to YNode trees, for the common shape of resource
 * definitions: block maps and sequences indented with spaces (the root may be indented),
 * plain scalars (also over continuation lines), single-line quoted scalars, single-line
 * flow collections of scalars, `|`/`>` block scalars (clip and strip),
 * anchors, aliases and merge keys, `---` separated documents, comments and blank lines
 * anywhere between lines (placed as the `yaml` Parser places them, since a comment can move
 * the end of the collection before it: see placeComments and close).
 *
 * It produces exactly what parse-stream's full path (the `yaml` library's Composer and
 * compose.ts) produces: the same values, styles, tags, offsets, pair order, shared aliases
 * and document spans. Whatever it is not certain about — anything the `yaml` library could
 * report as an error, directives, `...`, explicit keys,
 * tabs, CR, BOM, control characters, multi-line quoted scalars, block scalars with
 * `+` or an indentation indicator, tags other than `!!str`/`!!int`/`!!float`/`!!bool`/`!!null`/`!`,
 * props on keys, tags on collections, duplicate keys, unknown
 * or self-containing aliases, alias bombs, explicit-tag decode failures, bad merges — makes
 * it give up on the whole stream (`null`), and the caller takes the full path.
 *
 * Every error the `yaml` Composer can report (node_modules/yaml/dist/compose/*.js), and why
 * none can be missed here — each one either cannot arise in what is accepted or gives up:
 * - UNEXPECTED_TOKEN (parser error tokens, stray tokens, `,` in flow, bad block scalar
 *   header, `...` without a document): only the accepted grammar is read; anything else
 *   gives up; `...` lines give up; headers are exactly `|`, `>`, `|-`, `>-` then a newline.
 * - BAD_DIRECTIVE, "Missing directives-end": `%` at a line start gives up.
 * - MISSING_CHAR: tag/anchor without a following space, comment without a space before it,
 *   key without `:`, missing quote, missing `,`/`:` or closing bracket in flow, sequence
 *   item without `-`, leading empty lines of block scalars, block collection on the `---`
 *   line: each checked and gives up.
 * - BAD_INDENT, BLOCK_AS_IMPLICIT_KEY, "Nested mappings are not allowed in compact
 *   mappings": any line indented other than as a key/item of an open collection, `a: b: c`,
 *   `a: - b`, block scalars without indented content or with a less indented line: give up.
 * - MULTILINE_IMPLICIT_KEY, KEY_OVER_1024_CHARS: keys are single-line, at most 1000 chars;
 *   no pairs in flow sequences.
 * - TAB_AS_INDENT: any tab gives up. BAD_SCALAR_START: plain scalars may not start with an
 *   indicator (`, % @ \``, or `- ? :` with a space), else give up.
 * - BAD_DQ_ESCAPE: escapes go through CST.resolveAsScalar; any report gives up.
 * - MULTIPLE_ANCHORS, MULTIPLE_TAGS, BAD_PROP_ORDER, ALIAS_PROPS, BAD_ALIAS: at most one
 *   anchor and one tag before a value, none before an alias or a compact collection,
 *   names of at least one character.
 * - TAG_RESOLVE_FAILED, BAD_COLLECTION_TYPE, NON_STRING_KEY: only the six scalar tags above
 *   (which the failsafe schema reads as strings, the warnings for the unknown ones
 *   aside); no tags on keys or collections. (stringKeys is not set.)
 * - DUPLICATE_KEY: detected (failsafe text of scalar keys, as the library compares) and
 *   gives up, so the message and offsets come from the library.
 * - BLOCK_IN_FLOW: flow collections hold only scalars and flow collections.
 * - IMPOSSIBLE ("Map comment with trailing content"): only after a comment-only item,
 *   which can only be a collection's last item.
 * - RESOURCE_EXHAUSTION: a stack overflow here gives up too.
 * compose.ts's own errors (unknown or self-containing alias, alias bomb, explicit-tag
 * decode failure, bad merge source) give up as well.
 *
 * Why not the `yaml` library's CST `Parser`: on the benchmark corpus the Parser alone runs
 * at about 1.5× the full path, so no composition on top of it can reach the wanted speed.
 * The scanner here reads the text directly; block scalars and escaped double-quoted
 * scalars are still resolved by the library's own `CST.resolveAsScalar`.
 */

class Bail {}
const BAIL = new Bail();
function bail(): never {
  throw BAIL;
}

const END = -1;
const TAG = 'tag:yaml.org,2002:';
const TAGS: Record<string, string> = {
  '!': '!',
  '!!str': TAG + 'str',
  '!!int': TAG + 'int',
  '!!float': TAG + 'float',
  '!!bool': TAG + 'bool',
  '!!null': TAG + 'null',
};

// Characters of plain keys and flow plain scalars we accept without doubt.
const WORD = new Uint8Array(128);
for (const c of 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_') WORD[c.charCodeAt(0)] = 1;
const KEYCH = new Uint8Array(128);
for (let i = 0; i < 128; i++) KEYCH[i] = WORD[i];
for (const c of './$+~()=-') KEYCH[c.charCodeAt(0)] = 1;
const FLOWCH = new Uint8Array(128);
for (let i = 0; i < 128; i++) FLOWCH[i] = KEYCH[i];
for (const c of ';^<>@`|\\') FLOWCH[c.charCodeAt(0)] = 1;
const ANCH = new Uint8Array(128);
for (let i = 0; i < 128; i++) ANCH[i] = WORD[i];
ANCH['-'.charCodeAt(0)] = 1;

// Anything here makes the whole stream go the full way.
const GLOBAL_BAIL = /[\t\r\x00-\x08\x0b-\x1f\x7f-\x9f\ufeff\u2028\u2029]|^(?:\.\.\.|%)/m;

interface Anchor {
  node: YNode | null;
}

interface Result {
  node: YNode;
  /** The `yaml` library's range[2]: end of the node including what trails it on its line. */
  end2: number;
  /** Start of the next content line, or END. */
  next: number;
}

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

/**
 * The key texts of one map, to give up on a duplicate (the library reports it). Maps mostly
 * have a few keys: comparing with each is cheaper than hashing every key into a Set.
 */
class KeyTexts {
  private readonly list: string[] = [];
  private set: Set<string> | undefined;

  /** Records `text`, giving up when the map already has it. */
  add(text: string): void {
    const set = this.set;
    if (set) {
      if (set.has(text)) bail();
      set.add(text);
      return;
    }
    const list = this.list;
    for (let i = 0; i < list.length; i++) if (list[i] === text) bail();
    list.push(text);
    if (list.length > 8) this.set = new Set(list);
  }
}

class Scanner {
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

  /** A YScalar from the failsafe text of a scalar, resolved as compose.ts does. */
  makeScalar(text: string, style: ScalarStyle, start: number, end: number, tag: string | undefined): YScalar {
    let value: GoScalar;
    if (tag && tag !== '!') {
      const tagged = decodeTaggedScalar(text, tag);
      if (tagged === undefined) bail();
      value = tagged;
    }
    else if (style === 'plain' && tag !== '!') value = resolvePlain(text);
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

  isSeqItem(p: number): boolean {
    if (this.text.charCodeAt(p) !== 45) return false;
    const c = this.text.charCodeAt(p + 1);
    return c === 32 || c === 10 || p + 1 >= this.n;
  }

  lineStart(p: number): number {
    return this.text.lastIndexOf('\n', p - 1) + 1;
  }

  blockMap(p: number, indent: number): Result {
    const t = this.text;
    const out: YMap = { kind: 'map', pairs: [], index: new Map(), start: p, end: 0 };
    let merges: YNode[] | undefined;
    const seen = new KeyTexts();
    let size = 1;
    let kp = p;
    let r: Result;
    for (;;) {
      const colon = this.keyEnd(kp);
      if (colon < 0) bail();
      const k = this.key(kp, colon);
      seen.add(k.text);
      const key = k.node;
      r = this.value(colon + 1, indent, true);
      const value = r.node;
      if (key.style === 'plain' && key.value === '<<') {
        (merges ??= []).push(value);
      } else {
        const pair: YPair = { key, value };
        out.pairs.push(pair);
        const kt = keyText(pair);
        if (kt !== undefined) out.index.set(kt, pair);
        size += 1 + this.sizeOf(value);
      }
      if (r.next === END) break;
      const ind = this.indentAt(r.next);
      if (ind < indent) break;
      if (ind > indent) bail();
      this.trailIndent = -1; // trailing comments go before the next key
      kp = r.next + ind;
      if (t.charCodeAt(kp) === 45 && this.isSeqItem(kp)) bail();
    }
    if (merges) this.merge(out, merges);
    out.end = r.end2;
    this.setSize(out, size);
    return { node: out, end2: this.close(r.end2, indent), next: r.next };
  }

  merge(out: YMap, merges: YNode[]): void {
    for (const src of merges) {
      const sources = src.kind === 'seq' ? src.items : [src];
      for (const s of sources) {
        if (!s || s.kind !== 'map') bail();
        for (const p of s.pairs) {
          const k = keyText(p);
          if (k !== undefined && out.index.has(k)) continue;
          out.pairs.push(p);
          if (k !== undefined) out.index.set(k, p);
        }
      }
    }
  }

  blockSeq(p: number, indent: number): Result {
    const out: YSeq = { kind: 'seq', items: [], start: p, end: 0 };
    let size = 1;
    let ip = p;
    let r: Result;
    // Comment lines before an item (not kept by the item before) are part of it.
    let itemComment = false;
    for (;;) {
      r = this.value(ip + 1, indent, false, itemComment);
      out.items.push(r.node);
      size += this.sizeOf(r.node);
      if (r.next === END) break;
      const ind = this.indentAt(r.next);
      if (ind < indent) break;
      if (ind > indent) bail();
      ip = r.next + ind;
      if (!this.isSeqItem(ip)) break; // a key of the parent map at the same indent
      itemComment = this.trailIndent >= 0;
      this.trailIndent = -1;
    }
    out.end = r.end2;
    this.setSize(out, size);
    return { node: out, end2: this.close(r.end2, indent), next: r.next };
  }

  /** A value after `:` or `-` at v (the indicator's end), in a collection at `indent`. */
  value(v: number, indent: number, inMap: boolean, itemComment = false): Result {
    const t = this.text;
    let s = v;
    while (t.charCodeAt(s) === 32) s++;
    let anchor: string | undefined;
    let tag: string | undefined;
    for (;;) {
      const c = t.charCodeAt(s);
      if (c === 38 && anchor === undefined) {
        let q = s + 1;
        while (q < this.n && t.charCodeAt(q) < 128 && ANCH[t.charCodeAt(q)] === 1) q++;
        if (q === s + 1) bail();
        const d = t.charCodeAt(q);
        if (!(d === 32 || d === 10 || q >= this.n)) bail();
        anchor = t.slice(s + 1, q);
        s = q;
        while (t.charCodeAt(s) === 32) s++;
      } else if (c === 33 && tag === undefined) {
        let q = s + 1;
        while (q < this.n && t.charCodeAt(q) !== 32 && t.charCodeAt(q) !== 10) q++;
        const long = TAGS[t.slice(s, q)];
        if (!long || t.charCodeAt(q) !== 32) bail();
        tag = long;
        s = q;
        while (t.charCodeAt(s) === 32) s++;
      } else break;
    }
    const c = s < this.n ? t.charCodeAt(s) : 10;
    if (c === 10 || c === 35) {
      if (c === 35 && s === v) bail();
      const eol = this.lineEnd(s);
      const nc = eol >= this.n ? ((this.docEnd = this.n), this.clearComments(), END) : this.nextContent(eol + 1);
      if (nc !== END) {
        const ind = this.indentAt(nc);
        const q = nc + ind;
        if (ind > indent || (ind === indent && inMap && this.isSeqItem(q))) {
          if (tag) bail();
          const rec = anchor !== undefined ? this.open(anchor) : undefined;
          const r = this.isSeqItem(q) ? this.blockSeq(q, ind) : this.blockMap(q, ind);
          if (rec) rec.node = r.node;
          return r;
        }
      }
      // An empty node, placed after the indicator and the spaces after it. Comments after
      // it stay with it and move its end to the next content.
      if (anchor !== undefined || tag) bail();
      let pos = v;
      while (t.charCodeAt(pos) === 32) pos++;
      const commented = c === 35 || this.comments.length > 0 || itemComment;
      // Before `---`, the Parser cuts what follows an empty last value of the root map.
      if (commented && nc === END && inMap && indent === 0 && this.docEnd < this.n) bail();
      const end2 = commented ? this.tokensEnd(nc) : pos;
      this.trailIndent = -1;
      if (nc === END) this.emptyAtEnd = end2;
      return { node: this.makeScalar('', 'plain', pos, pos, undefined), end2, next: nc };
    }
    if (c === 42) {
      if (anchor !== undefined || tag) bail();
      let q = s + 1;
      while (q < this.n && t.charCodeAt(q) < 128 && ANCH[t.charCodeAt(q)] === 1) q++;
      if (q === s + 1) bail();
      const node = this.alias(t.slice(s + 1, q));
      return this.afterValue(node, q, indent);
    }
    const rec = anchor !== undefined ? this.open(anchor) : undefined;
    let r: Result;
    if (!inMap && (this.isSeqItem(s) || this.keyEnd(s) >= 0)) {
      // A compact map or sequence in a sequence item.
      if (tag || anchor !== undefined) bail();
      const col = s - this.lineStart(s);
      r = this.isSeqItem(s) ? this.blockSeq(s, col) : this.blockMap(s, col);
    } else if (c === 124 || c === 62) r = this.blockScalar(s, indent, tag);
    else if (c === 34 || c === 39) {
      const e = c === 34 ? this.dqEnd(s, false) : this.sqEnd(s, false);
      if (e < 0) bail();
      const node = this.makeScalar(this.quotedValue(s, e), c === 34 ? 'double' : 'single', s, e, tag);
      r = this.afterValue(node, e, indent);
    } else if (c === 91 || c === 123) {
      if (tag) bail();
      const f = this.flow(s);
      r = this.afterValue(f.node, f.end2, indent);
    } else r = this.plain(s, tag, indent);
    if (rec) rec.node = r.node;
    return r;
  }

  open(name: string): Anchor {
    const rec: Anchor = { node: null };
    this.anchors.set(name, rec);
    return rec;
  }

  alias(name: string): YNode {
    const rec = this.anchors.get(name);
    if (!rec || !rec.node) bail();
    const hit = rec.node;
    this.expanded += this.sizeOf(hit);
    if (this.expanded > MAX_EXPANDED_NODES) bail();
    return hit;
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

  /** A flow collection on one line at s; end2 is just past its closing bracket. */
  flow(s: number): { node: YNode; end2: number } {
    const t = this.text;
    const isMap = t.charCodeAt(s) === 123;
    const close = isMap ? 125 : 93;
    let q = s + 1;
    while (t.charCodeAt(q) === 32) q++;
    if (isMap) {
      const out: YMap = { kind: 'map', pairs: [], index: new Map(), start: s, end: 0 };
      const seen = new KeyTexts();
      let size = 1;
      if (t.charCodeAt(q) !== close) {
        for (;;) {
          const k = this.flowScalar(q, true);
          seen.add(k.text);
          q = k.end;
          while (t.charCodeAt(q) === 32) q++;
          let value: YNode | null = null;
          if (t.charCodeAt(q) === 58) {
            if (t.charCodeAt(q + 1) !== 32) bail();
            q += 2;
            while (t.charCodeAt(q) === 32) q++;
            const v = this.flowItem(q);
            value = v.node;
            q = v.end;
            while (t.charCodeAt(q) === 32) q++;
          }
          const key = k.node;
          if (key.style === 'plain' && key.value === '<<') bail();
          const pair: YPair = { key, value };
          out.pairs.push(pair);
          const kt = keyText(pair);
          if (kt !== undefined) out.index.set(kt, pair);
          size += 1 + (value ? this.sizeOf(value) : 0);
          const c = t.charCodeAt(q);
          if (c === close) break;
          if (c !== 44) bail();
          q++;
          while (t.charCodeAt(q) === 32) q++;
          if (t.charCodeAt(q) === close) bail();
        }
      }
      out.end = q + 1;
      this.setSize(out, size);
      return { node: out, end2: q + 1 };
    }
    const out: YSeq = { kind: 'seq', items: [], start: s, end: 0 };
    let size = 1;
    if (t.charCodeAt(q) !== close) {
      for (;;) {
        const v = this.flowItem(q);
        out.items.push(v.node);
        size += this.sizeOf(v.node);
        q = v.end;
        while (t.charCodeAt(q) === 32) q++;
        const c = t.charCodeAt(q);
        if (c === close) break;
        if (c !== 44) bail();
        q++;
        while (t.charCodeAt(q) === 32) q++;
        if (t.charCodeAt(q) === close) bail();
      }
    }
    out.end = q + 1;
    this.setSize(out, size);
    return { node: out, end2: q + 1 };
  }

  flowItem(q: number): { node: YNode; end: number } {
    const c = this.text.charCodeAt(q);
    if (c === 91 || c === 123) {
      const f = this.flow(q);
      return { node: f.node, end: f.end2 };
    }
    const r = this.flowScalar(q, false);
    // A pair in a flow sequence, or a value that goes on: leave it to the full path.
    return { node: r.node, end: r.end };
  }

  /** A quoted or simple plain scalar inside a flow collection. */
  flowScalar(q: number, isKey: boolean): { node: YScalar; text: string; end: number } {
    const t = this.text;
    const c = t.charCodeAt(q);
    if (c === 34 || c === 39) {
      const e = c === 34 ? this.dqEnd(q, true) : this.sqEnd(q, true);
      if (e < 0) bail();
      const text = this.quotedValue(q, e);
      return { node: this.makeScalar(text, c === 34 ? 'double' : 'single', q, e, undefined), text, end: e };
    }
    // First character: a word character, or `-`/`.`/`+` followed by one.
    if (!(c < 128 && WORD[c] === 1)) {
      if (!(c === 45 || c === 46 || c === 43)) bail();
      const d = t.charCodeAt(q + 1);
      if (!(d < 128 && WORD[d] === 1)) bail();
    }
    let e = q + 1;
    for (;;) {
      const d = t.charCodeAt(e);
      if (d < 128 && FLOWCH[d] === 1) e++;
      else if (d === 32 && t.charCodeAt(e + 1) < 128 && FLOWCH[t.charCodeAt(e + 1)] === 1) e += 2;
      else break;
    }
    void isKey;
    const text = t.slice(q, e);
    return { node: this.makeScalar(text, 'plain', q, e, undefined), text, end: e };
  }

  document(index: number, start: number, explicit: boolean): ParsedDocument {
    let p = start;
    this.anchors = new Map();
    this.sizes = new Map();
    this.expanded = 0;
    this.emptyAtEnd = -1;
    this.trailIndent = -1;
    if (explicit) {
      // `---`, spaces and a comment on its line; content from the next line on.
      const t = this.text;
      let after = start + 3;
      while (t.charCodeAt(after) === 32) after++;
      let eol = after;
      if (after < this.n && t.charCodeAt(after) !== 10) {
        if (t.charCodeAt(after) !== 35) bail();
        eol = this.lineEnd(after);
      }
      this.markerComment = false;
      const c = eol >= this.n ? ((this.docEnd = this.n), END) : this.nextContentAfterMarker(eol + 1);
      if (c === END) {
        // An empty document: its node sits after the marker and its spaces; comments in
        // the document stretch the document to the next marker or the end.
        const root = this.makeScalar('', 'plain', after, after, undefined);
        return { index, root, start, end: eol !== after || this.markerComment ? this.docEnd : after, errors: [] };
      }
      p = c;
    }
    // The root collection may be indented; the document still starts at its line.
    const n0 = this.indentAt(p);
    const q = p + n0;
    const r = this.isSeqItem(q) ? this.blockSeq(q, n0) : this.blockMap(q, n0);
    if (r.next !== END) bail();
    return { index, root: r.node, start, end: this.emptyAtEnd >= 0 ? this.emptyAtEnd : this.docEnd, errors: [] };
  }

  /** After `---`: blank and comment lines, then content or END (markerComment tells whether comments came). */
  nextContentAfterMarker(p: number): number {
    const t = this.text;
    let comment = false;
    for (;;) {
      if (p >= this.n) {
        this.docEnd = this.n;
        this.markerComment = comment;
        return END;
      }
      if (this.isMarker(p)) {
        this.docEnd = p;
        this.markerComment = comment;
        return END;
      }
      const ind = this.indentAt(p);
      const c = t.charCodeAt(p + ind);
      if (c === 10 || p + ind >= this.n) {
        p = p + ind + 1;
        continue;
      }
      if (c === 35) {
        comment = true;
        p = this.lineEnd(p) + 1;
        continue;
      }
      return p;
    }
  }

  stream(): ParsedDocument[] {
    const t = this.text;
    const out: ParsedDocument[] = [];
    // Prelude: blank lines and column-0 comments.
    let p = 0;
    for (;;) {
      if (p >= this.n) return out;
      const ind = this.indentAt(p);
      const c = t.charCodeAt(p + ind);
      if (p + ind >= this.n) return out;
      if (c === 10) {
        p = p + ind + 1;
        continue;
      }
      if (c === 35) {
        p = this.lineEnd(p) + 1;
        continue;
      }
      break;
    }
    let explicit = this.isMarker(p);
    for (let index = 0; ; index++) {
      out.push(this.document(index, p, explicit));
      p = this.docEnd;
      if (p >= this.n) break;
      explicit = true;
    }
    return out;
  }
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

/** The documents of a YAML stream, or null when the full path must read it. */
export function fastParseYamlStream(text: string): ParsedDocument[] | null {
  if (GLOBAL_BAIL.test(text)) return null;
  try {
    return new Scanner(text).stream();
  } catch (e) {
    // BAIL, or a stack overflow on deep nesting: either way the full path decides.
    if (e === BAIL || e instanceof RangeError) return null;
    throw e;
  }
}
