/**
 * The config engine: a definition's `config:` items and a Module's `spec.config`, judged exactly
 * as the operator judges them, with every problem reported instead of the first. No CLI, no I/O.
 *
 * Eras (the operator's pkg/resources/config.go at v0.1.20; api/v1/module_types.go at v0.1.24):
 *  - `legacy` (0.1.0 – 0.1.20): `{type, name, alias, spec}` items, types string, integer, float,
 *    boolean, option, multiple-options; editable defaults to false; unknown input keys rejected;
 *    a bad regex rejects the definition; integer inputs truncated for min/max only.
 *  - `inline` (0.1.21 – 0.1.24): the Module's `config: [{name, alias, <type>: {...}}]`; no float;
 *    editable defaults to true; unknown input keys ignored; regex compiled when used; integer
 *    inputs become Go ints (truncated) in the effective config; multipleOptions inputs always rejected.
 *
 * Values are GoValues (src/values/go-value.ts): a definition decoded as yaml.v3 decodes it (ints
 * bigint, floats number); a Module's `spec.config` converted with `fromJson` (all numbers float64).
 *
 * API:
 *  - decodeConfigItems(era, raw, options?) -> { items, problems }
 *      `raw` is the value of the document's top-level `config` key (undefined/null: no items).
 *      Items are typed with Go zero-value / CRD defaults, carry their list index, the spec fields
 *      actually written (`written`), and `notes` on silent coercions (`min: 2.5` read as 2, a null
 *      list entry dropped, unknown keys ignored). `problems` are what makes the operator (or, inline,
 *      the API server) reject the definition: codes unknown-type, invalid-regex, decode-type,
 *      missing-field, invalid-value; each has `path` (['config', 2, 'spec', 'min']), `pathText`
 *      (`config[2].spec.min`), a message and, where there is one, the Go error text (`goError`).
 *  - validateConfig(era, items, input) -> { effective, violations, ignoredKeys }
 *      `effective` is what templates see as `.config`. Violations have `code` (unknown-key,
 *      not-editable, required, type, below-min, above-max, not-in-values, regex-mismatch, too-few,
 *      too-many, invalid-regex, unsupported), `alias`, `path` relative to the input map ([alias] or
 *      [alias, i]), `message`, `goError` (what the operator would say) and `itemIndex`.
 *  - checkValueAgainstItem(item, value) -> ValueIssue[]: the rules of one item applied to one
 *      value (type, bounds, values, regex, counts), e.g. to warn about a default the operator never checks.
 *  - describeItem(item) -> string, and defaultValue(item) -> GoValue.
 */
import type { GoValue } from '../values/go-value.ts';
import { decodeInline } from './decode-inline.ts';
import { decodeLegacy, type DecodeOptions } from './decode-legacy.ts';
import type { ConfigEra, DecodeResult } from './types.ts';

export function decodeConfigItems(era: ConfigEra, raw: GoValue | undefined, options: DecodeOptions = {}): DecodeResult {
  return era === 'legacy' ? decodeLegacy(raw, options) : decodeInline(raw);
}

export type { DecodeOptions };
export { validateConfig } from './validate.ts';
export { checkValueAgainstItem, defaultValue, describeItem } from './check.ts';
export { pathText } from './paths.ts';
export type * from './types.ts';
