// Mirrors yaml 2.9.1 dist/compose/resolve-flow-collection.js: single-line `[...]` and `{...}`
// of scalars and flow collections.
import type { YMap, YNode, YPair, YScalar, YSeq } from '../ynode.ts';
import { keyText } from '../ynode.ts';
import { ScalarScanner } from './scalars.ts';
import { bail, FLOWCH, KeyTexts, WORD } from './shared.ts';

export class FlowScanner extends ScalarScanner {
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
          const k = this.flowScalar(q);
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
    const r = this.flowScalar(q);
    // A pair in a flow sequence, or a value that goes on: leave it to the full path.
    return { node: r.node, end: r.end };
  }

  /** A quoted or simple plain scalar inside a flow collection. */
  flowScalar(q: number): { node: YScalar; text: string; end: number } {
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
    const text = t.slice(q, e);
    return { node: this.makeScalar(text, 'plain', q, e, undefined), text, end: e };
  }
}
