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

/** Plain JSON-like data for JSON Schema validation (null-prototype objects, ints as numbers). */
export function toPlainData(node: YNode | null | undefined): unknown {
  if (node == null) return null;
  switch (node.kind) {
    case 'scalar':
      return typeof node.value === 'bigint' ? Number(node.value) : node.value;
    case 'seq':
      return node.items.map(toPlainData);
    case 'map': {
      const o: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
      for (const p of node.pairs) {
        const k = keyText(p);
        if (k !== undefined) o[k] = toPlainData(p.value);
      }
      return o;
    }
  }
}
