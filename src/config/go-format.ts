import { formatFloat, quote } from '../template/fmt/index.ts';
import type { GoValue } from '../values/go-value.ts';

/**
 * Go formatting and numeric conversions the config engine needs to reproduce the operator's
 * values and error texts: strconv.FormatFloat(f, 'g', -1, 64), fmt's %f, %v of a []string,
 * strconv.Quote (%q), and the amd64 float64 -> int conversion.
 */

export const INT64_MIN = -(2n ** 63n);
export const INT64_MAX = 2n ** 63n - 1n;
const TWO_63 = 2 ** 63;

/** strconv.FormatFloat(f, 'g', -1, 64), from the fmt port that is proven against Go. */
export function formatFloatG(f: number): string {
  return formatFloat(f, 'g', -1);
}

/** The text yaml.v3's encoder writes for a float64 (FormatFloat 'g' -1 with .inf/.nan spellings). */
export function yamlFloatText(f: number): string {
  const s = formatFloatG(f);
  if (s === '+Inf') return '.inf';
  if (s === '-Inf') return '-.inf';
  if (s === 'NaN') return '.nan';
  return s;
}

/** fmt's %f (precision 6). */
export function formatFloatF(f: number): string {
  return formatFloat(f, 'f', 6);
}

/**
 * Go's `int(f)` for a float64 on amd64 (CVTTSD2SI): truncation toward zero, and the
 * "integer indefinite" value MinInt64 for NaN, infinities and anything outside int64.
 */
export function goFloatToInt(f: number): bigint {
  if (!Number.isFinite(f)) return INT64_MIN;
  const t = Math.trunc(f);
  if (t >= TWO_63 || t < -TWO_63) return INT64_MIN;
  return BigInt(t);
}

/** strconv.Quote, as %q prints a string. */
export function goQuote(s: string): string {
  return quote(s);
}

/** %v of a []string: `[a b c]`. */
export function goStringList(values: readonly string[]): string {
  return `[${values.join(' ')}]`;
}

/** How a value is shown in this engine's own messages: JSON-like, ints and floats kept apart. */
export function show(v: GoValue | undefined): string {
  if (v === undefined) return '(missing)';
  if (v === null) return 'null';
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'bigint') return v.toString();
  if (typeof v === 'number') {
    if (Number.isNaN(v)) return 'NaN';
    if (!Number.isFinite(v)) return v > 0 ? 'Infinity' : '-Infinity';
    return String(v);
  }
  if (typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return `[${v.map(show).join(', ')}]`;
  return `{${[...v].map(([k, x]) => `${JSON.stringify(k)}: ${show(x)}`).join(', ')}}`;
}

/** A short name of a value's type for messages: "a string", "a list", ... */
export function kindOf(v: GoValue | undefined): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  if (typeof v === 'string') return 'a string';
  if (typeof v === 'bigint') return 'an integer';
  if (typeof v === 'number') return 'a number';
  if (typeof v === 'boolean') return 'a boolean';
  if (Array.isArray(v)) return 'a list';
  return 'a map';
}
