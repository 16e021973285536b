import type { YNode, YPair } from '../load/ynode.ts';
import { isMap, isSeq } from '../load/ynode.ts';
import { appendStep } from './spec-path.ts';

export interface NodeAtPath {
  node: YNode | null | undefined;
  /** The pair holding the node, when the last step was a map key. */
  pair?: YPair;
  /** How many path steps resolved; fewer than asked means we fell back to an ancestor. */
  depth: number;
}

/** Follows a JSON pointer (`/spec/values/0`) or a list of steps to the closest existing node. */
export function locate(root: YNode | null | undefined, path: string | readonly (string | number)[]): NodeAtPath {
  const steps = typeof path === 'string' ? pointerSteps(path) : path;
  let node: YNode | null | undefined = root;
  let pair: YPair | undefined;
  let depth = 0;
  for (const s of steps) {
    if (isMap(node)) {
      const p = node.index.get(String(s));
      if (!p) break;
      pair = p;
      node = p.value;
    } else if (isSeq(node)) {
      const i = typeof s === 'number' ? s : Number(s);
      if (!Number.isInteger(i) || i < 0 || i >= node.items.length) break;
      pair = undefined;
      node = node.items[i];
    } else break;
    depth++;
  }
  return { node, pair, depth };
}

export function pointerSteps(pointer: string): string[] {
  if (pointer === '' || pointer === '/') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** `/spec/values/0/raw` → `spec.values[0].raw` */
export function pointerToPath(pointer: string): string {
  let out = '';
  // A digit step is a list index as written (`/items/007` prints `[007]`), so it is not made a number.
  for (const s of pointerSteps(pointer)) out = /^\d+$/.test(s) ? `${out}[${s}]` : appendStep(out, s);
  return out;
}
