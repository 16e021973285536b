import type { GoMap, GoValue } from '../values/go-value.ts';
import type { YNode } from './ynode.ts';
import { keyText } from './ynode.ts';

/** The value yaml.v3 would decode into an `any`: map[string]any, []any, int, float64, ... */
export function toGoValue(node: YNode | null | undefined): GoValue {
  if (node == null) return null;
  switch (node.kind) {
    case 'scalar':
      return node.value;
    case 'seq':
      return node.items.map(toGoValue);
    case 'map': {
      const m: GoMap = new Map();
      for (const p of node.pairs) {
        const k = keyText(p);
        if (k !== undefined) m.set(k, toGoValue(p.value));
      }
      return m;
    }
  }
}

/**
 * A map for JSON Schema validation: no inherited properties (a `constructor` or `__proto__` key
 * is just a key), like Object.create(null), but built by a constructor so V8 keeps it a fast
 * object instead of a dictionary: the validators read it about twice as fast.
 */
const PlainMap = function PlainMap() {} as unknown as new () => Record<string, unknown>;
PlainMap.prototype = Object.create(null) as object;

/** Plain JSON-like data for JSON Schema validation (prototype-free maps, ints as numbers). */
export function toPlainData(node: YNode | null | undefined): unknown {
  if (node == null) return null;
  switch (node.kind) {
    case 'scalar':
      return typeof node.value === 'bigint' ? Number(node.value) : node.value;
    case 'seq':
      return node.items.map(toPlainData);
    case 'map': {
      const o = new PlainMap();
      for (const p of node.pairs) {
        const k = keyText(p);
        if (k !== undefined) o[k] = toPlainData(p.value);
      }
      return o;
    }
  }
}
