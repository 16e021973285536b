import type { GoValue } from '../values/go-value.ts';
import { INT64_MAX, INT64_MIN, goFloatToInt, yamlFloatText } from './go-format.ts';

/**
 * Typed fields as yaml.v3 fills them. The legacy operator builds each item's spec with
 * `yaml.Marshal(spec)` then `yaml.Unmarshal(bytes, &typedSpec)` (pkg/resources/config.go), so a
 * value is first written out by the encoder (floats as FormatFloat 'g', so 2.0 becomes `2`, an
 * int; strings quoted when they would resolve to something else) and then decoded by
 * decoder.scalar/sequence into the Go field:
 *  - string: any scalar, as its text (`5` -> "5", `2.5` -> "2.5", `true` -> "true"); null leaves "".
 *  - int: ints in range; floats <= MaxInt64 truncated (2.5 -> 2; below MinInt64 -> MinInt64 on amd64);
 *    strings, bools, larger floats, NaN, +Inf are `cannot unmarshal` errors.
 *  - float64: ints and floats; anything else an error.
 *  - bool: bools and the YAML 1.1 words y/yes/on/n/no/off (any quoting); "true" as a string is an error.
 *  - []string: list elements as strings, null elements dropped, nested lists/maps an error each.
 * Proven against gopkg.in/yaml.v3 3.0.1 (the go.yaml.in/yaml/v3 fork has the same decoder).
 */
export type Coerced<T> = { ok: true; set: false } | { ok: true; set: true; value: T; note?: string } | { ok: false; goError: string; partial?: T };

interface Marshalled {
  tag: '!!str' | '!!int' | '!!float' | '!!bool' | '!!null' | '!!seq' | '!!map';
  text: string;
  /** What yaml.v3's resolve gives back for this text. */
  resolved: GoValue;
}

/** A scalar as the encoder writes it and the decoder reads it back. */
export function marshalScalar(v: GoValue): Marshalled {
  if (v === null) return { tag: '!!null', text: 'null', resolved: null };
  if (typeof v === 'string') return { tag: '!!str', text: v, resolved: v };
  if (typeof v === 'boolean') return { tag: '!!bool', text: String(v), resolved: v };
  if (typeof v === 'bigint') return { tag: '!!int', text: v.toString(), resolved: v };
  if (typeof v === 'number') {
    const text = yamlFloatText(v);
    if (/^-?[0-9]+$/.test(text)) return { tag: '!!int', text, resolved: BigInt(text) };
    return { tag: '!!float', text, resolved: v };
  }
  if (Array.isArray(v)) return { tag: '!!seq', text: '', resolved: v };
  return { tag: '!!map', text: '', resolved: v };
}

/** decoder.terror's text, without the "line N:" prefix (lines of the re-marshalled spec mean nothing to a user). */
export function terror(m: Marshalled, goType: string): string {
  if (m.tag === '!!seq' || m.tag === '!!map') return `cannot unmarshal ${m.tag} into ${goType}`;
  const value = m.text.length > 10 ? `${m.text.slice(0, 7)}...` : m.text;
  return `cannot unmarshal ${m.tag} \`${value}\` into ${goType}`;
}

export function coerceString(v: GoValue | undefined): Coerced<string> {
  if (v === undefined || v === null) return { ok: true, set: false };
  if (typeof v === 'string') return { ok: true, set: true, value: v };
  const m = marshalScalar(v);
  if (m.tag === '!!seq' || m.tag === '!!map') return { ok: false, goError: terror(m, 'string') };
  return { ok: true, set: true, value: m.text, note: `${m.tag.slice(2)} ${m.text} is read as the string "${m.text}"` };
}

export function coerceInt(v: GoValue | undefined): Coerced<bigint> {
  if (v === undefined || v === null) return { ok: true, set: false };
  const m = marshalScalar(v);
  const r = m.resolved;
  if (typeof r === 'bigint') {
    if (r < INT64_MIN || r > INT64_MAX) return { ok: false, goError: terror(m, 'int') };
    return { ok: true, set: true, value: r };
  }
  if (typeof r === 'number' && r <= 2 ** 63) {
    const i = goFloatToInt(r);
    if (!Number.isFinite(r) || Math.trunc(r) !== Number(i)) {
      return { ok: true, set: true, value: i, note: `${m.text} is outside int64 and becomes ${i} (Go's float-to-int conversion on amd64)` };
    }
    if (r !== Math.trunc(r)) return { ok: true, set: true, value: i, note: `${m.text} is truncated to ${i}` };
    return { ok: true, set: true, value: i };
  }
  return { ok: false, goError: terror(m, 'int') };
}

export function coerceFloat(v: GoValue | undefined): Coerced<number> {
  if (v === undefined || v === null) return { ok: true, set: false };
  if (typeof v === 'number') return { ok: true, set: true, value: v };
  if (typeof v === 'bigint') return { ok: true, set: true, value: Number(v) };
  return { ok: false, goError: terror(marshalScalar(v), 'float64') };
}

const yes = new Set(['y', 'Y', 'yes', 'Yes', 'YES', 'on', 'On', 'ON']);
const no = new Set(['n', 'N', 'no', 'No', 'NO', 'off', 'Off', 'OFF']);

export function coerceBool(v: GoValue | undefined): Coerced<boolean> {
  if (v === undefined || v === null) return { ok: true, set: false };
  if (typeof v === 'boolean') return { ok: true, set: true, value: v };
  if (typeof v === 'string') {
    if (yes.has(v)) return { ok: true, set: true, value: true, note: `"${v}" is read as true (YAML 1.1 word)` };
    if (no.has(v)) return { ok: true, set: true, value: false, note: `"${v}" is read as false (YAML 1.1 word)` };
  }
  return { ok: false, goError: terror(marshalScalar(v), 'bool') };
}

/** []string; element errors are collected (yaml.v3 keeps decoding and reports them all). */
export function coerceStringList(v: GoValue | undefined): Coerced<string[]> & { elementErrors?: { index: number; goError: string }[] } {
  if (v === undefined || v === null) return { ok: true, set: false };
  if (!Array.isArray(v)) return { ok: false, goError: terror(marshalScalar(v), '[]string') };
  const out: string[] = [];
  const elementErrors: { index: number; goError: string }[] = [];
  const notes: string[] = [];
  v.forEach((x, index) => {
    if (x === null) {
      notes.push(`entry ${index} is null and is dropped`);
      return;
    }
    const c = coerceString(x);
    if (!c.ok) elementErrors.push({ index, goError: c.goError });
    else if (c.set) {
      out.push(c.value);
      if (c.note) notes.push(`entry ${index}: ${c.note}`);
    }
  });
  if (elementErrors.length) return { ok: false, goError: elementErrors[0].goError, partial: out, elementErrors };
  return notes.length ? { ok: true, set: true, value: out, note: notes.join('; ') } : { ok: true, set: true, value: out };
}
