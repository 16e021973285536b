/**
 * Output of Go-typed values. YAML keeps Go's types visible: ints as ints, floats as yaml.v3
 * writes a float64 (strconv 'g' -1: `1.1`, `3`, `1e+06`, `.inf`), and a string quoted whenever
 * it would otherwise read back as something else (`"3"`, `"true"`, `"1.10"`, `""`, `"yes"`).
 * JSON writes ints and floats as numbers (NaN and infinities, which JSON cannot hold, as strings).
 */
import { resolvePlainScalar } from '../yaml/resolve-scalar.ts';
import type { GoScalar, GoValue } from '../values/go-value.ts';
import { isGoMap } from '../values/go-value.ts';
import { generalKeys, marshalScalarText, parseTimestamp } from './go-yaml.ts';

const OLD_BOOLS = new Set(['y', 'Y', 'yes', 'Yes', 'YES', 'n', 'N', 'no', 'No', 'NO', 'on', 'On', 'ON', 'off', 'Off', 'OFF']);

/** Whether a string can be written plain and read back as the same string by yaml.v3 (and YAML 1.1 readers). */
function plainSafe(s: string): boolean {
  if (s === '' || s !== s.trim() || /[\n\r\t]/.test(s)) return false;
  if (resolvePlainScalar(s) !== s || OLD_BOOLS.has(s) || parseTimestamp(s) !== undefined) return false;
  if (/^[-?:,[\]{}#&*!|>'"%@`]/.test(s) && !/^[-?:][^\s]/.test(s)) return false;
  if (/^(---|\.\.\.)/.test(s)) return false;
  if (/: |:$| #|[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]/.test(s)) return false;
  if (/^[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+(\.[0-9_]*)?$/.test(s)) return false; // YAML 1.1 base 60
  if (/[,[\]{}]/.test(s) && /^[[{]/.test(s)) return false;
  return true;
}

export function yamlString(s: string): string {
  return plainSafe(s) ? s : JSON.stringify(s).replace(/[\u007f-\u009f\u2028\u2029\ufeff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function scalar(v: GoScalar): string {
  if (typeof v === 'string') return yamlString(v);
  return marshalScalarText(v);
}

function keyText(m: Map<string, GoValue>, k: string): string {
  const g = generalKeys.get(m);
  if (g && g.has(k)) return scalar(g.get(k)!);
  return yamlString(k);
}

/** A YAML document for a Go value (block style, two-space indentation, keys in order). */
export function toYaml(v: GoValue): string {
  const lines: string[] = [];
  emit(v, 0, lines, null);
  return lines.join('\n') + '\n';
}

function isEmptyCollection(v: GoValue): boolean {
  return (Array.isArray(v) && v.length === 0) || (isGoMap(v) && v.size === 0);
}

function inline(v: GoValue): string {
  if (Array.isArray(v)) return '[]';
  if (isGoMap(v)) return '{}';
  return scalar(v);
}

/** Emits `v` at `indent`; `prefix` is the text (`key:` or `-`) on the first line, or null at the top. */
function emit(v: GoValue, indent: number, lines: string[], prefix: string | null): void {
  const pad = ' '.repeat(indent);
  if ((!Array.isArray(v) && !isGoMap(v)) || isEmptyCollection(v)) {
    lines.push(prefix === null ? inline(v) : `${pad}${prefix} ${inline(v)}`);
    return;
  }
  if (prefix !== null) lines.push(`${pad}${prefix}`);
  const inner = prefix === null ? indent : indent + 2;
  const ip = ' '.repeat(inner);
  if (Array.isArray(v)) {
    for (const item of v) {
      if (isGoMap(item) && item.size > 0) {
        // `- key: value` with the rest of the map under it.
        const sub: string[] = [];
        emit(item, inner + 2, sub, null);
        sub[0] = `${ip}- ${sub[0].slice(inner + 2)}`;
        lines.push(...sub);
      } else if (Array.isArray(item) && item.length > 0) {
        const sub: string[] = [];
        emit(item, inner + 2, sub, null);
        sub[0] = `${ip}- ${sub[0].slice(inner + 2)}`;
        lines.push(...sub);
      } else lines.push(`${ip}- ${inline(item)}`);
    }
    return;
  }
  for (const [k, x] of v) emit(x, inner, lines, `${keyText(v, k)}:`);
  if (prefix === null && lines.length && indent > 0) {
    // nested call from a list: indentation already applied by emit
  }
}

/** JSON text for a Go value (2-space indentation): ints with all their digits, floats as numbers, NaN/Inf as strings. */
export function toJson(v: GoValue, indent = 0): string {
  const pad = ' '.repeat(indent + 2);
  const end = ' '.repeat(indent);
  if (v === null) return 'null';
  if (typeof v === 'bigint') return v.toString();
  if (typeof v === 'number') return Number.isFinite(v) ? JSON.stringify(v) : JSON.stringify(marshalScalarText(v));
  if (typeof v === 'string' || typeof v === 'boolean') return JSON.stringify(v);
  if (Array.isArray(v)) return v.length ? `[\n${v.map((x) => pad + toJson(x, indent + 2)).join(',\n')}\n${end}]` : '[]';
  if (v.size === 0) return '{}';
  const g = generalKeys.get(v);
  const entries = [...v].map(([k, x]) => `${pad}${JSON.stringify(g?.has(k) ? keyStringOf(g.get(k)!) : k)}: ${toJson(x, indent + 2)}`);
  return `{\n${entries.join(',\n')}\n${end}}`;
}

function keyStringOf(k: GoScalar): string {
  return typeof k === 'string' ? k : marshalScalarText(k);
}
