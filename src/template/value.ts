/**
 * The executor's stand-in for Go's reflect.Value over the operator's data (exec.go's
 * indirect, indirectInterface, isTrue, printableValue).
 *
 * - `undefined` is the zero (invalid) reflect.Value: a missing map key, nil data.
 * - A plain GoValue (never null) is a concrete value: string, int (bigint), float64 (number),
 *   bool, []interface{} (array), map[string]interface{} (Map).
 * - `Iface` is a Value of kind Interface (static type interface{}), which is what indexing a
 *   map[string]any or []any yields; `Iface(null)` is a nil interface.
 * - `GoUint8` is the uint8 that indexing a string yields; `GoComplex` a complex128 constant.
 */
import type { GoValue } from '../values/go-value.ts';

export class Iface {
  constructor(readonly v: GoValue) {}
}
export class GoUint8 {
  constructor(readonly v: number) {}
}
export class GoComplex {
  constructor(
    readonly re: number,
    readonly im: number,
  ) {}
}

export type Concrete = Exclude<GoValue, null> | GoUint8 | GoComplex;
export type RV = undefined | Concrete | Iface;

export const NIL_IFACE = new Iface(null);

/** The value a map[string]any or []any element yields. */
export const elem = (v: GoValue): Iface => (v === null ? NIL_IFACE : new Iface(v));

export type Kind = 'invalid' | 'interface' | 'bool' | 'int' | 'uint8' | 'float64' | 'complex128' | 'string' | 'slice' | 'map';

export function kindOf(v: RV): Kind {
  switch (typeof v) {
    case 'undefined':
      return 'invalid';
    case 'string':
      return 'string';
    case 'bigint':
      return 'int';
    case 'number':
      return 'float64';
    case 'boolean':
      return 'bool';
  }
  if (v instanceof Map) return 'map';
  if (Array.isArray(v)) return 'slice';
  if (v instanceof Iface) return 'interface';
  if (v instanceof GoUint8) return 'uint8';
  return 'complex128';
}

/** reflect.Value.Type().String() */
export function typeString(v: RV): string {
  switch (kindOf(v)) {
    case 'invalid':
      return '<nil>';
    case 'interface':
      return 'interface {}';
    case 'slice':
      return '[]interface {}';
    case 'map':
      return 'map[string]interface {}';
    case 'string':
      return 'string';
    case 'int':
      return 'int';
    case 'float64':
      return 'float64';
    case 'bool':
      return 'bool';
    case 'uint8':
      return 'uint8';
    case 'complex128':
      return 'complex128';
  }
}

/**
 * indirect returns the item at the end of indirection, and a bool to indicate if it's nil.
 * For us only interfaces indirect; a nil interface comes back as itself with isNil.
 */
export function indirect(v: RV): [RV, boolean] {
  if (v instanceof Iface) return v.v === null ? [v, true] : [v.v, false];
  return [v, false];
}

/** indirectInterface returns the concrete value in an interface value, or else the zero reflect.Value. */
export function indirectInterface(v: RV): RV {
  if (v instanceof Iface) return v.v === null ? undefined : v.v;
  return v;
}

/**
 * isTrue reports whether the value is 'true', in the sense of not the zero of its type, and
 * whether the value has a meaningful truth value.
 */
export function isTrue(v: RV): boolean {
  switch (typeof v) {
    case 'undefined':
      return false;
    case 'string':
      return v.length > 0;
    case 'bigint':
      return v !== 0n;
    case 'number':
      return v !== 0;
    case 'boolean':
      return v;
  }
  if (v instanceof Map) return v.size > 0;
  if (Array.isArray(v)) return v.length > 0;
  if (v instanceof Iface) return v.v !== null;
  if (v instanceof GoUint8) return v.v !== 0;
  return v.re !== 0 || v.im !== 0;
}

/** The GoValue a function parameter of type interface{} receives. */
export function toGo(v: RV): GoValue | GoComplex {
  if (v === undefined) return null;
  if (v instanceof Iface) return v.v;
  if (v instanceof GoUint8) return BigInt(v.v);
  return v;
}

/** Go's string comparison: by UTF-8 bytes, which is code point order (not UTF-16 order). */
export function compareGoStrings(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) {
      const sx = x >= 0xd800 && x <= 0xdfff;
      const sy = y >= 0xd800 && y <= 0xdfff;
      if (sx !== sy) return sx ? 1 : -1; // surrogates encode code points above every BMP unit
      return x < y ? -1 : 1;
    }
  }
  return a.length - b.length;
}

const asciiRe = /^[\x00-\x7f]*$/;
const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8');

/** len(s) in Go: UTF-8 bytes. */
export function goLen(s: string): number {
  if (asciiRe.test(s)) return s.length;
  return encoder.encode(s).length;
}

/** s[i] in Go: a byte. */
export function goByteAt(s: string, i: number): number {
  if (asciiRe.test(s)) return s.charCodeAt(i);
  return encoder.encode(s)[i];
}

/** s[i:j] in Go: bytes, decoded back (lossily if the cut splits a character). */
export function goSliceString(s: string, i: number, j: number): string {
  if (asciiRe.test(s)) return s.slice(i, j);
  return decoder.decode(encoder.encode(s).subarray(i, j));
}
