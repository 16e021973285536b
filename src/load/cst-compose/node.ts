// Mirrors yaml 2.9.1 dist/compose/compose-node.js (one node: alias, scalar, block or flow
// collection, or an empty node) and dist/compose/resolve-props.js (the anchor and tag before it).
import { MAX_EXPANDED_NODES } from '../compose.ts';
import type { YNode } from '../ynode.ts';
import { BlockScanner } from './block-collections.ts';
import { ANCH, bail, END } from './shared.ts';
import type { Anchor, Result } from './shared.ts';

const TAG = 'tag:yaml.org,2002:';
const TAGS: Record<string, string> = {
  '!': '!',
  '!!str': TAG + 'str',
  '!!int': TAG + 'int',
  '!!float': TAG + 'float',
  '!!bool': TAG + 'bool',
  '!!null': TAG + 'null',
};

export class NodeScanner extends BlockScanner {
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
}
