import type { GoValue } from '../../src/values/go-value.ts';
import { encode, type Tagged } from './codec.ts';

/** The tagged codec of codec.ts plus {"$float": "NaN" | "+Inf" | "-Inf" | "-0" | "<decimal>"}. */
export type FmtTagged = Tagged | { $float: string } | FmtTagged[] | { [k: string]: FmtTagged };

export function encodeFmt(v: GoValue): FmtTagged {
  if (typeof v === 'number') {
    if (Number.isNaN(v)) return { $float: 'NaN' };
    if (v === Infinity) return { $float: '+Inf' };
    if (v === -Infinity) return { $float: '-Inf' };
    if (Object.is(v, -0)) return { $float: '-0' };
    return v;
  }
  if (Array.isArray(v)) return v.map(encodeFmt);
  if (v instanceof Map) {
    const o: { [k: string]: FmtTagged } = {};
    for (const [k, x] of v) o[k] = encodeFmt(x);
    return o;
  }
  return encode(v);
}

export function decodeFmt(t: unknown): GoValue {
  if (t === null || t === undefined) return null;
  if (typeof t === 'boolean' || typeof t === 'string' || typeof t === 'number') return t;
  if (Array.isArray(t)) return t.map(decodeFmt);
  if (typeof t === 'object') {
    const o = t as Record<string, unknown>;
    const keys = Object.keys(o);
    if (keys.length === 1 && keys[0] === '$int' && typeof o.$int === 'string') return BigInt(o.$int);
    if (keys.length === 1 && keys[0] === '$float' && typeof o.$float === 'string') {
      const s = o.$float;
      return s === 'NaN' ? NaN : s === '+Inf' ? Infinity : s === '-Inf' ? -Infinity : s === '-0' ? -0 : Number(s);
    }
    const m = new Map<string, GoValue>();
    for (const k of keys) m.set(k, decodeFmt(o[k]));
    return m;
  }
  return String(t);
}
