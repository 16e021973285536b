// Mirrors yaml 2.9.1 dist/compose/compose-doc.js (one document, after its `---`) and
// dist/compose/composer.js (the stream: prelude, then `---` separated documents).
import type { ParsedDocument } from '../parse-stream.ts';
import { NodeScanner } from './node.ts';
import { bail, END } from './shared.ts';

export class StreamScanner extends NodeScanner {
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
