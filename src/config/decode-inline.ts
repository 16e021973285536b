import { isGoMap, type GoMap, type GoValue } from '../values/go-value.ts';
import { INT64_MAX, INT64_MIN, show } from './go-format.ts';
import { pathText, problem } from './paths.ts';
import type { ConfigItem, ConfigKind, ConfigNote, ConfigPath, ConfigProblem, DecodeResult } from './types.ts';

/**
 * Operator 0.1.21 – 0.1.24: the Module's own `config: [{name, alias, integer|boolean|string|
 * option|multipleOptions: {...}}]`. The API server checks it against the CRD schema (types,
 * required `name`/`alias`/`values`, `values` minItems 1), prunes unknown keys and nulls, and fills
 * the schema defaults (`editable: true`, `required: false`, `default: 0 / "" / false`). The
 * operator then picks the first type key set, in the order integer, boolean, string, option,
 * multipleOptions; with none it fails ("unknown config type for alias") whenever the config is
 * validated, whatever the input. Regexes are compiled only when an input uses them.
 */
const TYPE_KEYS: { key: string; kind: ConfigKind; fields: Record<string, FieldType> }[] = [
  { key: 'integer', kind: 'integer', fields: { required: 'bool', default: 'int', min: 'int', max: 'int', editable: 'bool' } },
  { key: 'boolean', kind: 'boolean', fields: { required: 'bool', default: 'bool', editable: 'bool' } },
  { key: 'string', kind: 'string', fields: { required: 'bool', default: 'string', regex: 'string', editable: 'bool' } },
  { key: 'option', kind: 'option', fields: { required: 'bool', default: 'string', values: 'strings', editable: 'bool' } },
  {
    key: 'multipleOptions',
    kind: 'multiple-options',
    fields: { required: 'bool', default: 'strings', values: 'strings', min: 'int', max: 'int', editable: 'bool' },
  },
];
type FieldType = 'bool' | 'int' | 'string' | 'strings';
const ITEM_KEYS = new Set(['name', 'alias', ...TYPE_KEYS.map((t) => t.key)]);

/** The JSON Schema type name the API server reports for a value. */
function schemaType(v: GoValue): string {
  if (v === null) return 'null';
  if (typeof v === 'string') return 'string';
  if (typeof v === 'boolean') return 'boolean';
  if (typeof v === 'bigint') return 'integer';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  if (Array.isArray(v)) return 'array';
  return 'object';
}

function typeError(path: ConfigPath, v: GoValue, want: string, itemIndex: number | undefined, what: string): ConfigProblem {
  const pt = pathText(path);
  const goError = `${pt}: Invalid value: "${schemaType(v)}": ${pt} in body must be of type ${want}: "${schemaType(v)}"`;
  return problem('decode-type', path, `${what} must be of type ${want}, not ${schemaType(v)} (the API server rejects the Module)`, goError, itemIndex);
}

export function decodeInline(raw: GoValue | undefined): DecodeResult {
  const items: ConfigItem[] = [];
  const problems: ConfigProblem[] = [];
  if (raw === undefined || raw === null) return { items, problems };
  if (!Array.isArray(raw)) {
    problems.push(typeError(['config'], raw, 'array', undefined, 'config'));
    return { items, problems };
  }
  raw.forEach((el, index) => {
    const base: ConfigPath = ['config', index];
    if (!isGoMap(el)) {
      problems.push(typeError(base, el, 'object', index, `config[${index}]`));
      return;
    }
    items.push(decodeItem(el, index, base, problems));
  });
  return { items, problems };
}

function decodeItem(m: GoMap, index: number, base: ConfigPath, problems: ConfigProblem[]): ConfigItem {
  const notes: ConfigNote[] = [];
  const str = (key: string): string => {
    const v = m.get(key);
    const path = [...base, key];
    if (v === undefined || v === null) {
      const pt = pathText(path);
      problems.push(problem('missing-field', path, `config[${index}] needs ${key} (the CRD requires it)`, `${pt}: Required value`, index));
      return '';
    }
    if (typeof v !== 'string') {
      problems.push(typeError(path, v, 'string', index, key));
      return '';
    }
    return v;
  };
  const name = str('name');
  const alias = str('alias');
  for (const k of m.keys()) {
    if (ITEM_KEYS.has(k)) continue;
    const legacy = k === 'type' || k === 'spec' ? ' (the 0.1.21+ Module keys items by type: `integer: {...}` instead of type/spec)' : '';
    notes.push({ path: [...base, k], message: `unknown key "${k}" is pruned by the API server${legacy}` });
  }

  const present = TYPE_KEYS.filter((t) => m.has(t.key) && m.get(t.key) !== null);
  const decoded = present.map((t) => ({ t, r: decodeTypeObject(t, m.get(t.key)!, [...base, t.key], index, alias, problems) }));
  if (decoded.length > 1) {
    for (const d of decoded.slice(1)) {
      notes.push({
        path: [...base, d.t.key],
        message: `${d.t.key} is ignored: the operator uses the first of integer, boolean, string, option, multipleOptions (${decoded[0].t.key} here)`,
      });
    }
  }
  const first = decoded[0];
  if (!first) {
    const t = m.get('type');
    const hint = m.has('type') ? ` (\`type: ${typeof t === 'object' && t !== null ? show(t) : String(t)}\` is the pre-0.1.21 form and is pruned)` : '';
    problems.push(
      problem(
        'unknown-type',
        base,
        `config[${index}] (alias "${alias}") has none of integer, boolean, string, option, multipleOptions${hint}`,
        `unknown config type for alias ${JSON.stringify(alias)}`,
        index,
      ),
    );
    return { era: 'inline', index, name, alias, typeName: '', specPath: base, required: false, editable: true, written: new Set(), notes, kind: 'unknown' };
  }
  const { t, r } = first;
  const f = r.fields;
  const head = {
    era: 'inline' as const,
    index,
    name,
    alias,
    typeName: t.key,
    specPath: [...base, t.key],
    required: (f.get('required') as boolean | undefined) ?? false,
    editable: (f.get('editable') as boolean | undefined) ?? true,
    written: r.written,
    notes: [...notes, ...r.notes],
  };
  const int = (k: string) => (f.get(k) as bigint | undefined) ?? null;
  switch (t.kind) {
    case 'integer':
      return { ...head, kind: 'integer', default: int('default') ?? 0n, min: int('min'), max: int('max') };
    case 'boolean':
      return { ...head, kind: 'boolean', default: (f.get('default') as boolean | undefined) ?? false };
    case 'string':
      return { ...head, kind: 'string', default: (f.get('default') as string | undefined) ?? '', regex: (f.get('regex') as string | undefined) ?? null, regexError: null };
    case 'option':
      return { ...head, kind: 'option', default: (f.get('default') as string | undefined) ?? '', values: (f.get('values') as string[] | undefined) ?? [] };
    default:
      return {
        ...head,
        kind: 'multiple-options',
        default: (f.get('default') as string[] | undefined) ?? [],
        values: (f.get('values') as string[] | undefined) ?? [],
        min: int('min'),
        max: int('max'),
      };
  }
}

type Decoded = { fields: Map<string, GoValue>; written: Set<string>; notes: ConfigNote[] };

function decodeTypeObject(t: (typeof TYPE_KEYS)[number], v: GoValue, path: ConfigPath, index: number, alias: string, problems: ConfigProblem[]): Decoded {
  const out: Decoded = { fields: new Map(), written: new Set(), notes: [] };
  if (!isGoMap(v)) {
    problems.push(typeError(path, v, 'object', index, `${t.key} of item "${alias}"`));
    return out;
  }
  for (const [k, x] of v) {
    const fp = [...path, k];
    const ft = Object.hasOwn(t.fields, k) ? t.fields[k] : undefined;
    if (!ft) {
      out.notes.push({ path: fp, message: `unknown key "${k}" in ${t.key} is pruned by the API server` });
      continue;
    }
    if (x === null) continue; // pruned, then defaulted
    const what = `${t.key}.${k} of item "${alias}"`;
    switch (ft) {
      case 'bool':
        if (typeof x === 'boolean') out.fields.set(k, x);
        else problems.push(typeError(fp, x, 'boolean', index, what));
        break;
      case 'string':
        if (typeof x === 'string') out.fields.set(k, x);
        else problems.push(typeError(fp, x, 'string', index, what));
        break;
      case 'int':
        if (typeof x === 'bigint' && x >= INT64_MIN && x <= INT64_MAX) out.fields.set(k, x);
        else if (typeof x === 'number' && Number.isInteger(x) && Math.abs(x) < 2 ** 63) {
          out.fields.set(k, BigInt(x)); // an integral float passes `type: integer` and is stored as an int
        } else if (typeof x === 'bigint' || typeof x === 'number') {
          const pt = pathText(fp);
          problems.push(
            problem('invalid-value', fp, `${what} must be an int64 integer, not ${String(x)}`, `${pt}: Invalid value: ${String(x)}: ${pt} in body must be of type integer`, index),
          );
        } else problems.push(typeError(fp, x, 'integer', index, what));
        break;
      case 'strings': {
        if (!Array.isArray(x)) {
          problems.push(typeError(fp, x, 'array', index, what));
          break;
        }
        const list: string[] = [];
        x.forEach((e, j) => {
          if (typeof e === 'string') list.push(e);
          else problems.push(typeError([...fp, j], e, 'string', index, `${what}[${j}]`));
        });
        if (k === 'values' && x.length === 0) {
          const pt = pathText(fp);
          problems.push(problem('invalid-value', fp, `${what} must list at least one value`, `${pt}: Invalid value: 0: ${pt} in body should have at least 1 items`, index));
        }
        out.fields.set(k, list);
        break;
      }
    }
    if (out.fields.has(k)) out.written.add(k);
  }
  const values = v.get('values');
  if ((t.key === 'option' || t.key === 'multipleOptions') && (values === undefined || values === null)) {
    const fp = [...path, 'values'];
    problems.push(problem('missing-field', fp, `${t.key} item "${alias}" needs values (the CRD requires it)`, `${pathText(fp)}: Required value`, index));
  }
  return out;
}
