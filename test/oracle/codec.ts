import type { GoValue } from '../../src/values/go-value.ts';

/** Tagged JSON shared with test/oracle/go/value.go: ints as {"$int": "12"}, maps as objects. */
export type Tagged = null | boolean | string | number | { $int: string } | Tagged[] | { [k: string]: Tagged };

export function encode(v: GoValue): Tagged {
  if (typeof v === 'bigint') return { $int: v.toString() };
  if (Array.isArray(v)) return v.map(encode);
  if (v instanceof Map) {
    const o: { [k: string]: Tagged } = {};
    for (const [k, x] of v) o[k] = encode(x);
    return o;
  }
  return v;
}

export function decode(t: unknown): GoValue {
  if (t === null || t === undefined) return null;
  if (typeof t === 'boolean' || typeof t === 'string' || typeof t === 'number') return t;
  if (Array.isArray(t)) return t.map(decode);
  if (typeof t === 'object') {
    const o = t as Record<string, unknown>;
    const keys = Object.keys(o);
    if (keys.length === 1 && keys[0] === '$int' && typeof o.$int === 'string') return BigInt(o.$int);
    const m = new Map<string, GoValue>();
    for (const k of keys) m.set(k, decode(o[k]));
    return m;
  }
  return String(t);
}
