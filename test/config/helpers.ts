import type { GoMap, GoValue } from '../../src/values/go-value.ts';

/**
 * Builds GoValues from JS literals: objects become Maps (key order kept), bigint literals are Go
 * ints (as yaml.v3 decodes `5`), numbers are float64 (`2.5`, or anything from JSON).
 */
export function go(x: unknown): GoValue {
  if (x === null || x === undefined) return null;
  if (typeof x === 'bigint' || typeof x === 'number' || typeof x === 'string' || typeof x === 'boolean') return x;
  if (Array.isArray(x)) return x.map(go);
  if (x instanceof Map) return x as GoMap;
  const m: GoMap = new Map();
  for (const [k, v] of Object.entries(x as Record<string, unknown>)) m.set(k, go(v));
  return m;
}

export function goMap(x: Record<string, unknown>): GoMap {
  return go(x) as GoMap;
}

export { prng } from '../support/prng.ts';
