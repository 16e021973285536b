/** SpecViews (spec-checks.ts) over the two forms a spec takes: the YAML tree and a Go value. */
import type { YNode } from '../load/ynode.ts';
import { child, isMap, isScalar, isSeq } from '../load/ynode.ts';
import type { GoValue } from '../values/go-value.ts';
import { isGoMap } from '../values/go-value.ts';
import type { SpecView } from './spec-checks.ts';

type Path = readonly (string | number)[];

/** The spec as written; `text` is the document the nodes index into (a scalar's text as yaml.v3 gives a string field). */
export function yamlSpecView(spec: YNode | null | undefined, text: string): SpecView {
  const walk = (path: Path): YNode | null | undefined => {
    let n: YNode | null | undefined = spec;
    for (const p of path) {
      if (n == null) return undefined;
      n = typeof p === 'number' ? (isSeq(n) ? n.items[p] : undefined) : child(n, p);
    }
    return n;
  };
  const isNil = (n: YNode | null | undefined) => n == null || (isScalar(n) && n.value === null && n.tag === undefined);
  return {
    str(path) {
      const n = walk(path);
      if (isNil(n) || !isScalar(n)) return undefined;
      const s = n;
      return typeof s.value === 'string' ? s.value : (s.text ?? text.slice(s.start, s.end));
    },
    has: (path) => !isNil(walk(path)),
    len(path) {
      const n = walk(path);
      if (isSeq(n)) return n.items.length;
      if (isMap(n)) return n.pairs.length;
      return 0;
    },
  };
}

/** The spec as the operator holds it after rendering (fields not written are absent). */
export function valueSpecView(spec: GoValue | undefined): SpecView {
  const walk = (path: Path): GoValue | undefined => {
    let v: GoValue | undefined = spec;
    for (const p of path) {
      if (v === undefined || v === null) return undefined;
      if (typeof p === 'number') v = Array.isArray(v) ? v[p] : undefined;
      else v = isGoMap(v) ? v.get(p) : undefined;
    }
    return v;
  };
  return {
    str(path) {
      const v = walk(path);
      return typeof v === 'string' ? v : undefined;
    },
    has(path) {
      const v = walk(path);
      return v !== undefined && v !== null;
    },
    len(path) {
      const v = walk(path);
      if (Array.isArray(v)) return v.length;
      if (v !== undefined && isGoMap(v)) return v.size;
      return 0;
    },
  };
}
