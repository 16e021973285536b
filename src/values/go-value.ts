/**
 * The values the operator's Go code holds after decoding YAML or JSON, modelled so that
 * Go's distinctions survive: an `int` is a bigint, a `float64` is a number, a
 * `map[string]any` is a Map (insertion order kept; Go code that needs order sorts keys).
 * Everything that reaches the template engine, the config engine or the renderer is a GoValue.
 */
export type GoScalar = null | boolean | string | bigint | number;
export type GoValue = GoScalar | GoValue[] | GoMap;
export type GoMap = Map<string, GoValue>;

export const isGoMap = (v: GoValue): v is GoMap => v instanceof Map;
export const isGoList = (v: GoValue): v is GoValue[] => Array.isArray(v);
/** Go `int` (64-bit). */
export const isGoInt = (v: GoValue): v is bigint => typeof v === 'bigint';
/** Go `float64`. */
export const isGoFloat = (v: GoValue): v is number => typeof v === 'number';

/** Converts a value decoded from JSON (numbers are float64, as encoding/json gives `any`). */
export function fromJson(v: unknown): GoValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'boolean' || typeof v === 'string' || typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  if (Array.isArray(v)) return v.map(fromJson);
  if (typeof v === 'object') {
    const m: GoMap = new Map();
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) m.set(k, fromJson(x));
    return m;
  }
  // Only a symbol or a function is left (never from JSON).
  return (v as symbol | (() => unknown)).toString();
}

/** Plain JS for JSON output and JSON Schema validation: ints become numbers. */
export function toPlain(v: GoValue): unknown {
  if (typeof v === 'bigint') return Number(v);
  if (Array.isArray(v)) return v.map(toPlain);
  if (v instanceof Map) {
    const o: Record<string, unknown> = {};
    for (const [k, x] of v) o[k] = toPlain(x);
    return o;
  }
  return v;
}
