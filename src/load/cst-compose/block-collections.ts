// Mirrors yaml 2.9.1 dist/compose/resolve-block-map.js and dist/compose/resolve-block-seq.js.
// As there (where the collections are handed composeNode), a collection's items come from the
// node composer, `value` in node.ts: declared here, defined there.
import type { YMap, YNode, YPair, YSeq } from '../ynode.ts';
import { keyText } from '../ynode.ts';
import { FlowScanner } from './flow-collection.ts';
import { bail, END, KeyTexts } from './shared.ts';
import type { Result } from './shared.ts';

export abstract class BlockScanner extends FlowScanner {
  /** A value after `:` or `-` at v (the indicator's end), in a collection at `indent`: node.ts. */
  abstract value(v: number, indent: number, inMap: boolean, itemComment?: boolean): Result;

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
}
