import { isGoMap, type GoMap, type GoValue } from '../values/go-value.ts';
import { compileRe2 } from '../regex/re2.ts';
import { formatFloatG } from './go-format.ts';
import { problem } from './paths.ts';
import type { ConfigItem, ConfigKind, ConfigNote, ConfigPath, ConfigProblem, DecodeResult } from './types.ts';
import { coerceBool, coerceFloat, coerceInt, coerceString, coerceStringList, marshalScalar, terror, type Coerced } from './yaml-coerce.ts';

/**
 * Operator 0.1.0 – 0.1.20: `config: [{type, name, alias, spec}]` decoded by yaml.v3 into
 * []ConfigItem{Type, Name, Alias string; Spec any}, then per item (GenerateConfigInputValidator)
 * the registered factory for `type` round-trips `spec` through yaml into its typed struct and,
 * for strings, compiles a non-empty regex. Any error there rejects the definition; we collect all.
 */
export interface DecodeOptions {
  /**
   * The source text of a plain scalar at a path, when the caller has it. `type`, `name` and `alias`
   * are decoded straight from the YAML node, so a non-string scalar becomes its source text
   * (`alias: 0x1F` is "0x1F"), which the decoded value alone cannot give back.
   */
  scalarText?: (path: ConfigPath) => string | undefined;
}

const LEGACY_TYPES: Record<string, { kind: ConfigKind; struct: string; fields: string[] }> = {
  string: { kind: 'string', struct: 'resources.StringSpec', fields: ['required', 'default', 'regex', 'editable'] },
  integer: { kind: 'integer', struct: 'resources.IntegerSpec', fields: ['required', 'default', 'min', 'max', 'editable'] },
  float: { kind: 'float', struct: 'resources.FloatSpec', fields: ['required', 'default', 'min', 'max', 'editable'] },
  boolean: { kind: 'boolean', struct: 'resources.BooleanSpec', fields: ['required', 'default', 'editable'] },
  option: { kind: 'option', struct: 'resources.OptionSpec', fields: ['required', 'default', 'values', 'editable'] },
  'multiple-options': {
    kind: 'multiple-options',
    struct: 'resources.MultipleOptionsSpec',
    fields: ['required', 'default', 'values', 'min', 'max', 'editable'],
  },
};
const ITEM_KEYS = new Set(['type', 'name', 'alias', 'spec']);
/** LEGACY_TYPES by name: a Map lookup is cheaper than Object.hasOwn on every item. */
const LEGACY_TYPE_BY_NAME = new Map(Object.entries(LEGACY_TYPES));

export function decodeLegacy(raw: GoValue | undefined, opts: DecodeOptions = {}): DecodeResult {
  const items: ConfigItem[] = [];
  const problems: ConfigProblem[] = [];
  if (raw === undefined || raw === null) return { items, problems };
  if (!Array.isArray(raw)) {
    const goError = terror(marshalScalar(raw), '[]resources.ConfigItem');
    problems.push(problem('decode-type', ['config'], `config must be a list of items, not ${describe(raw)} (${goError})`, goError));
    return { items, problems };
  }
  raw.forEach((el, index) => {
    if (el === null) return; // yaml.v3 drops a null sequence entry into a struct slice
    const base: ConfigPath = ['config', index];
    if (!isGoMap(el)) {
      const goError = terror(marshalScalar(el), 'resources.ConfigItem');
      problems.push(problem('decode-type', base, `config[${index}] must be a map with type, name, alias and spec, not ${describe(el)} (${goError})`, goError, index));
      return;
    }
    items.push(decodeItem(el, index, base, problems, opts));
  });
  return { items, problems };
}

function describe(v: GoValue): string {
  if (Array.isArray(v)) return 'a list';
  if (isGoMap(v)) return 'a map';
  return `the scalar ${typeof v === 'string' ? JSON.stringify(v) : String(v)}`;
}

/** A string field decoded straight from its node (no round trip): scalars become their text. */
function directString(m: GoMap, key: string, base: ConfigPath, problems: ConfigProblem[], notes: ConfigNote[], index: number, opts: DecodeOptions): string {
  const v = m.get(key);
  if (v === undefined || v === null) return '';
  if (typeof v === 'string') return v;
  const path = [...base, key];
  if (Array.isArray(v) || isGoMap(v)) {
    const goError = terror(marshalScalar(v), 'string');
    problems.push(problem('decode-type', path, `${key} must be a string, not a ${Array.isArray(v) ? 'list' : 'map'} (${goError})`, goError, index));
    return '';
  }
  const text = opts.scalarText?.(path) ?? (typeof v === 'number' ? formatFloatG(v) : String(v));
  notes.push({ path, message: `${key} is not a string; the operator reads it as "${text}"` });
  return text;
}

function decodeItem(m: GoMap, index: number, base: ConfigPath, problems: ConfigProblem[], opts: DecodeOptions): ConfigItem {
  const notes: ConfigNote[] = [];
  const typeName = directString(m, 'type', base, problems, notes, index, opts);
  const name = directString(m, 'name', base, problems, notes, index, opts);
  const alias = directString(m, 'alias', base, problems, notes, index, opts);
  for (const k of m.keys()) {
    if (!ITEM_KEYS.has(k)) notes.push({ path: [...base, k], message: `unknown key "${k}" is ignored by the operator` });
  }
  const specPath: ConfigPath = [...base, 'spec'];
  const def = LEGACY_TYPE_BY_NAME.get(typeName);
  if (!def) {
    const goError = `unregistered field type: ${typeName}`;
    const known = Object.keys(LEGACY_TYPES).join(', ');
    problems.push(problem('unknown-type', [...base, 'type'], `config[${index}] (alias "${alias}"): type "${typeName}" is not one of ${known}`, goError, index));
    return { era: 'legacy', index, name, alias, typeName, specPath, notes, kind: 'unknown', required: false, editable: false, written: new Set() };
  }

  let spec: GoMap = new Map();
  const rawSpec = m.get('spec');
  if (rawSpec !== undefined && rawSpec !== null) {
    if (isGoMap(rawSpec)) spec = rawSpec;
    else {
      const goError = terror(marshalScalar(rawSpec), def.struct);
      problems.push(problem('decode-type', specPath, `spec of ${typeName} item "${alias}" must be a map, not ${describe(rawSpec)} (${goError})`, goError, index));
    }
  }
  for (const k of spec.keys()) {
    if (!def.fields.includes(k)) notes.push({ path: [...specPath, k], message: `spec field "${k}" is not read for ${typeName} items` });
  }
  const written = new Set<string>();
  for (const f of def.fields) if (spec.has(f) && spec.get(f) !== null) written.add(f);

  const field = <T>(key: string, c: Coerced<T> & { elementErrors?: { index: number; goError: string }[] }, zero: T, goType: string, wanted: string): T => {
    if (c.ok) {
      if (!c.set) return zero;
      if (c.note) notes.push({ path: [...specPath, key], message: `${key}: ${c.note}` });
      return c.value;
    }
    const path = [...specPath, key];
    if (c.elementErrors) {
      for (const e of c.elementErrors) {
        problems.push(problem('decode-type', [...path, e.index], `${key}[${e.index}] of ${typeName} item "${alias}" must be a string (${e.goError})`, e.goError, index));
      }
      return c.partial ?? zero;
    }
    const shown = spec.get(key);
    problems.push(
      problem(
        'decode-type',
        path,
        `${key} of ${typeName} item "${alias}" must be ${wanted}, not ${describe(shown ?? null)} (${c.goError}; Go field type ${goType})`,
        c.goError,
        index,
      ),
    );
    return zero;
  };
  const bool = (k: string) => field(k, coerceBool(spec.get(k)), false, 'bool', 'a boolean');
  const required = bool('required');
  const editable = bool('editable'); // defaults to false in this era
  // Built field by field: V8 copies object spreads on a slow path, and this runs for every item
  // of every document. Keys keep the order the spread gave (era ... notes, required, editable, written).
  const item = <T extends object>(rest: T) => Object.assign({ era: 'legacy' as const, index, name, alias, typeName, specPath, notes, required, editable, written }, rest);

  switch (def.kind) {
    case 'string': {
      const dflt = field('default', coerceString(spec.get('default')), '', 'string', 'a string');
      const re = field('regex', coerceString(spec.get('regex')), '', 'string', 'a string');
      let regexError: string | null = null;
      if (re !== '') {
        const c = compileRe2(re);
        if (!c.ok) {
          regexError = c.error;
          problems.push(
            problem(
              'invalid-regex',
              [...specPath, 'regex'],
              `regex of string item "${alias}" does not compile as Go RE2: ${c.error} (checked even when no input uses it)`,
              `invalid regex pattern: ${c.error}`,
              index,
            ),
          );
        }
      }
      return item({ kind: 'string' as const, default: dflt, regex: re === '' ? null : re, regexError });
    }
    case 'integer': {
      const int = (k: string, zero: bigint | null) => field<bigint | null>(k, coerceInt(spec.get(k)), zero, k === 'default' ? 'int' : '*int', 'an integer');
      return item({ kind: 'integer' as const, default: int('default', 0n) as bigint, min: int('min', null), max: int('max', null) });
    }
    case 'float': {
      const flt = (k: string, zero: number | null) => field<number | null>(k, coerceFloat(spec.get(k)), zero, k === 'default' ? 'float64' : '*float64', 'a number');
      return item({ kind: 'float' as const, default: flt('default', 0) as number, min: flt('min', null), max: flt('max', null) });
    }
    case 'boolean':
      return item({ kind: 'boolean' as const, default: bool('default') });
    case 'option': {
      const dflt = field('default', coerceString(spec.get('default')), '', 'string', 'a string');
      const values = field('values', coerceStringList(spec.get('values')), [] as string[], '[]string', 'a list of strings');
      return item({ kind: 'option' as const, default: dflt, values });
    }
    case 'multiple-options': {
      const list = (k: string) => field(k, coerceStringList(spec.get(k)), [] as string[], '[]string', 'a list of strings');
      const int = (k: string) => field<bigint | null>(k, coerceInt(spec.get(k)), null, '*int', 'an integer');
      return item({ kind: 'multiple-options' as const, default: list('default'), values: list('values'), min: int('min'), max: int('max') });
    }
  }
  throw new Error('unreachable');
}
