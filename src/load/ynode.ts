import type { GoScalar } from '../values/go-value.ts';

/**
 * Our YAML tree: what rules, schemas and engines see. It carries source offsets (into the
 * file's text) and values resolved as Go's yaml.v3 resolves them, and it hides the `yaml`
 * library so the parser behind it can change. Aliases share the anchored node.
 */
export type ScalarStyle = 'plain' | 'single' | 'double' | 'literal' | 'folded';

interface NodeBase {
  /** Offset of the node's first character (after any tag or anchor). */
  start: number;
  /** Offset just past the node's value. */
  end: number;
}

export interface YScalar extends NodeBase {
  kind: 'scalar';
  value: GoScalar;
  style: ScalarStyle;
  /** Explicit tag as written, in long form (`tag:yaml.org,2002:str`). */
  tag?: string;
  /**
   * The scalar's text when `value` is not that text (an int, a timestamp): yaml.v3 puts the
   * text, not the resolved value, into a Go string field.
   */
  text?: string;
}

export interface YPair {
  key: YNode;
  value: YNode | null;
}

export interface YMap extends NodeBase {
  kind: 'map';
  pairs: YPair[];
  /** Key text to pair, for keys that are string scalars; the last occurrence wins. */
  index: Map<string, YPair>;
}

export interface YSeq extends NodeBase {
  kind: 'seq';
  items: (YNode | null)[];
}

export type YNode = YScalar | YMap | YSeq;

export const isMap = (n: YNode | null | undefined): n is YMap => n?.kind === 'map';
export const isSeq = (n: YNode | null | undefined): n is YSeq => n?.kind === 'seq';
export const isScalar = (n: YNode | null | undefined): n is YScalar => n?.kind === 'scalar';

/** The value node of `key` in a map, if the node is a map holding it. */
export function child(node: YNode | null | undefined, key: string): YNode | null | undefined {
  return isMap(node) ? node.index.get(key)?.value : undefined;
}

/**
 * The deepest node along `path` that exists and is not null, so a finding lands as close to the
 * value as the YAML allows (a path past the document lands on its last node).
 */
export function deepestNode(root: YNode | null | undefined, path: readonly (string | number)[]): YNode | null | undefined {
  let n: YNode | null | undefined = root;
  for (const p of path) {
    const next: YNode | null | undefined = typeof p === 'number' ? (isSeq(n) ? n.items[p] : undefined) : child(n, p);
    if (next == null) return n;
    n = next;
  }
  return n;
}

/** The pair of `key` (for reporting at the key). */
export function pairOf(node: YNode | null | undefined, key: string): YPair | undefined {
  return isMap(node) ? node.index.get(key) : undefined;
}

/** Walks a path of keys and indexes. */
export function at(node: YNode | null | undefined, ...path: (string | number)[]): YNode | null | undefined {
  let n: YNode | null | undefined = node;
  for (const p of path) {
    if (typeof p === 'number') n = isSeq(n) ? n.items[p] : undefined;
    else n = child(n, p);
    if (n == null) return n;
  }
  return n;
}

export function stringAt(node: YNode | null | undefined, ...path: (string | number)[]): string | undefined {
  const n = at(node, ...path);
  return isScalar(n) && typeof n.value === 'string' ? n.value : undefined;
}

/** Key text of a pair, when the key is a scalar. */
export function keyText(p: YPair): string | undefined {
  const k = p.key;
  if (k.kind !== 'scalar') return undefined;
  const v = k.value;
  // Most keys are strings: no String() call for them (this runs for every key of every map).
  return typeof v === 'string' ? v : v === null ? undefined : String(v);
}
