import type { GoMap, GoValue } from '../values/go-value.ts';

/**
 * `legacy`: operator 0.1.0 – 0.1.20, definitions with `config: [{type, name, alias, spec}]`.
 * `inline`: operator 0.1.21 – 0.1.24, the Module's own `config: [{name, alias, <type>: {...}}]`.
 */
export type ConfigEra = 'legacy' | 'inline';

/** Item types. The inline key `multipleOptions` is the kind `multiple-options`; `float` is legacy only. */
export type ConfigKind = 'string' | 'integer' | 'float' | 'boolean' | 'option' | 'multiple-options';

export type ConfigPath = (string | number)[];

/** Something decoding changed or dropped without an error, for a linter to warn about. */
export interface ConfigNote {
  path: ConfigPath;
  message: string;
}

interface ItemBase {
  era: ConfigEra;
  /** Index of the item in the raw `config` list (null entries are skipped, but indexes are not renumbered). */
  index: number;
  name: string;
  alias: string;
  /** The type as written: `integer`, `multiple-options` (legacy) or `multipleOptions` (inline), or an unknown name. */
  typeName: string;
  /** Path of the object holding the typed fields: ['config', i, 'spec'] (legacy) or ['config', i, 'integer'] (inline). */
  specPath: ConfigPath;
  required: boolean;
  editable: boolean;
  /**
   * Spec fields actually written with a non-null value (`default`, `min`, `regex`, ...), so a linter can
   * tell `default: 0` from no default. In the inline era a field the CRD defaults is not "written".
   */
  written: ReadonlySet<string>;
  notes: ConfigNote[];
}

export interface StringItem extends ItemBase {
  kind: 'string';
  default: string;
  /** Legacy: null when empty or not written (Go checks `Regex != ""`). Inline: null only when not written (`*string`). */
  regex: string | null;
  /** Legacy only: the compile error that makes the operator reject the definition. */
  regexError: string | null;
}
export interface IntegerItem extends ItemBase {
  kind: 'integer';
  default: bigint;
  min: bigint | null;
  max: bigint | null;
}
export interface FloatItem extends ItemBase {
  kind: 'float';
  default: number;
  min: number | null;
  max: number | null;
}
export interface BooleanItem extends ItemBase {
  kind: 'boolean';
  default: boolean;
}
export interface OptionItem extends ItemBase {
  kind: 'option';
  default: string;
  values: string[];
}
export interface MultipleOptionsItem extends ItemBase {
  kind: 'multiple-options';
  /** A nil []string when not written; modelled as []. */
  default: string[];
  values: string[];
  min: bigint | null;
  max: bigint | null;
}
/** An item whose type the operator does not know (legacy) or that has no type key (inline). */
export interface UnknownItem extends ItemBase {
  kind: 'unknown';
}

export type TypedConfigItem = StringItem | IntegerItem | FloatItem | BooleanItem | OptionItem | MultipleOptionsItem;
export type ConfigItem = TypedConfigItem | UnknownItem;

export type ConfigProblemCode =
  /** legacy: `type` names no registered type; inline: no type key (or only pruned legacy keys). */
  | 'unknown-type'
  /** legacy: a string item's regex does not compile (checked even if unused). */
  | 'invalid-regex'
  /** A value of the wrong YAML type for its Go field (yaml.v3 `cannot unmarshal`), or for the CRD schema (inline). */
  | 'decode-type'
  /** inline: a field the CRD requires is missing (alias, name, option values). */
  | 'missing-field'
  /** inline: a value the CRD rejects for another reason (empty `values`, non-integral integer). */
  | 'invalid-value';

/** A reason the operator (or, inline, the API server) rejects the definition itself. */
export interface ConfigProblem {
  code: ConfigProblemCode;
  /** From the document root, e.g. ['config', 2, 'spec', 'min']. */
  path: ConfigPath;
  /** The same path as text: `config[2].spec.min`. */
  pathText: string;
  message: string;
  /** The Go side's own error text, where there is one (e.g. "cannot unmarshal !!str `5` into int"). */
  goError?: string;
  itemIndex?: number;
}

export interface DecodeResult {
  items: ConfigItem[];
  problems: ConfigProblem[];
}

export type ConfigViolationCode =
  'unknown-key' | 'not-editable' | 'required' | 'type' | 'below-min' | 'above-max' | 'not-in-values' | 'regex-mismatch' | 'too-few' | 'too-many' | 'invalid-regex' | 'unsupported';

/** A reason the operator rejects a Module's `spec.config` input. */
export interface ConfigViolation {
  code: ConfigViolationCode;
  alias: string;
  /** Relative to the input map: [alias], or [alias, i] for one entry of a list. */
  path: ConfigPath;
  message: string;
  /** The error the operator itself would return for this (it stops at the first one). */
  goError: string;
  /** Index of the item that judged the value (absent for unknown keys). */
  itemIndex?: number;
}

export interface ValidateResult {
  /** What templates see as `.config`. */
  effective: GoMap;
  violations: ConfigViolation[];
  /** inline only: input keys that no item declares (the operator ignores them). */
  ignoredKeys: string[];
}

/** A value judged against an item's rules, path relative to the value. */
export interface ValueIssue {
  code: Exclude<ConfigViolationCode, 'unknown-key' | 'not-editable' | 'required' | 'unsupported'>;
  path: ConfigPath;
  message: string;
  /** The operator's inner error text (before "validation failed for field ..." wrapping). */
  goError: string;
}

export type { GoMap, GoValue };
