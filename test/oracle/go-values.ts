/**
 * Go values from the oracles' tagged JSON ({"$int"}, {"$float"} for non-finite floats, {"$gmap"}
 * for maps with non-string keys), and the pruning both sides of a rendered-spec comparison get.
 */
import { generalKeys } from '../../src/render/go-yaml.ts';
import type { GoMap, GoScalar, GoValue } from '../../src/values/go-value.ts';

export function decodeTagged(t: unknown): GoValue {
  if (t === null || t === undefined) return null;
  if (typeof t === 'boolean' || typeof t === 'string' || typeof t === 'number') return t;
  if (Array.isArray(t)) return t.map(decodeTagged);
  const o = t as Record<string, unknown>;
  const keys = Object.keys(o);
  if (keys.length === 1 && keys[0] === '$int') return BigInt(o.$int as string);
  if (keys.length === 1 && keys[0] === '$float') return o.$float === 'NaN' ? NaN : (o.$float as string).startsWith('-') ? -Infinity : Infinity;
  if (keys.length === 1 && keys[0] === '$gmap') {
    const m: GoMap = new Map();
    const g = new Map<string, GoScalar>();
    for (const [k, v] of o.$gmap as [unknown, unknown][]) {
      const key = decodeTagged(k) as GoScalar;
      const text = typeof key === 'string' ? key : String(key);
      m.set(text, decodeTagged(v));
      g.set(text, key);
    }
    generalKeys.set(m, g);
    return m;
  }
  const m: GoMap = new Map();
  for (const k of keys) m.set(k, decodeTagged(o[k]));
  return m;
}

const isZero = (v: GoValue) => v === null || v === '' || v === false || (Array.isArray(v) && v.length === 0) || (v instanceof Map && v.size === 0);

/** Zero-valued map entries left out (Go's struct has every field; our renderer only those written). */
export function prune(v: GoValue): GoValue {
  if (Array.isArray(v)) return v.map(prune);
  if (v instanceof Map) {
    const m: GoMap = new Map();
    for (const [k, x] of v) {
      const p = prune(x);
      if (!isZero(p)) m.set(k, p);
    }
    const g = generalKeys.get(v);
    if (g) generalKeys.set(m, g);
    return m;
  }
  return v;
}
