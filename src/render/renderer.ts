/**
 * The operator's templating of a spec (pkg/resources/helper.go at v0.1.20, api/v1/module_types.go
 * RenderHelmSpec at v0.1.24), value for value and type for type, with every problem reported
 * instead of the first:
 *
 *  1. The spec is decoded into the operator's typed struct (spec-types.ts): unknown fields are
 *     dropped, a string field holds a scalar's text, `raw` and an output's `value` hold `any`.
 *  2. 0.1.x: the struct is yaml.Marshal'ed and read back into `any` (an integral float becomes an
 *     int); each string holding both `{{` and `}}` is executed as a Go text/template named "" with
 *     no extra functions, and its output re-parsed with yaml.Unmarshal into `any` (kept as the
 *     string if that fails); the result is marshalled and decoded back into the struct, so a string
 *     field gets the re-parsed value's text. Maps that are not string-keyed are not descended into.
 *  3. 0.1.21+: the same through encoding/json: the re-parse is json.Unmarshal (numbers float64), and
 *     a string field given a number or bool fails to decode (assumption: the operator decodes the
 *     rendered value back into its typed struct, as in 0.1.x).
 */
import { show } from '../config/go-format.ts';
import type { Located } from '../diagnostics/located.ts';
import { appendStep } from '../diagnostics/spec-path.ts';
import { scalarOffsetMap } from '../load/offsets.ts';
import type { YNode } from '../load/ynode.ts';
import { child, isMap, isScalar, isSeq, keyText } from '../load/ynode.ts';
import { parseTemplate } from '../template/index.ts';
import type { GoFunc } from '../template/index.ts';
import type { GoMap, GoValue } from '../values/go-value.ts';
import { isGoMap } from '../values/go-value.ts';
import type { Collector, RenderMessageRef } from './collector.ts';
import {
  generalKeys,
  jsonIntoString,
  jsonRoundTrip,
  jsonUnmarshalAny,
  marshalScalarText,
  decodeNodeToAny,
  typeTag,
  yamlIntoBool,
  yamlIntoString,
  yamlRoundTrip,
  yamlUnmarshalAny,
} from './go-yaml.ts';
import type { FieldType } from './spec-types.ts';
import type { Era } from './types.ts';
import { renderRules } from './types.ts';

/** Cap on one rendered string (the operator has none; this keeps a hostile template bounded). */
const MAX_OUTPUT_BYTES = 1 << 20;
/** text/template's maxExecDepth in Go 1.24 on every platform but wasm. */
const GO_MAX_EXEC_DEPTH = 100_000;

/** A map[string]any field: a general map's keys become strings (yaml.v3 decodes keys into string). */
export function stripGeneral(v: GoValue): GoValue {
  if (isGoMap(v) && generalKeys.has(v)) {
    const m: GoMap = new Map();
    for (const [k, x] of v) m.set(k, x);
    return m;
  }
  return v;
}

function childPath(path: string, key: string | number): string {
  // The render walk always starts below `spec`, so a plain key always follows a dot.
  return appendStep(path, key);
}

const isTemplated = (s: string) => s.includes('{{') && s.includes('}}');

export class Renderer {
  constructor(
    readonly where: Located,
    readonly out: Collector,
    readonly era: Era,
    readonly funcs: Record<string, GoFunc>,
  ) {}

  private loadError(node: YNode | null | undefined, path: string, ref: RenderMessageRef<typeof renderRules.renderDecode>): void {
    this.out.add(renderRules.renderDecode, this.where, node, ref, path);
  }

  /** Step 1: the YAML decoded into the typed struct. `undefined` means unset (absent, null pointer). */
  decode(node: YNode | null | undefined, type: FieldType, path: string): GoValue | undefined {
    if (node == null) return this.defaultOf(type);
    const isNull = isScalar(node) && node.value === null && node.tag === undefined;
    switch (type.t) {
      case 'string': {
        if (isNull) return type.default;
        if (!isScalar(node)) {
          this.loadError(node, path, { messageId: 'collectionIntoString', data: { path, tag: node.kind === 'map' ? '!!map' : '!!seq' } });
          return undefined;
        }
        return typeof node.value === 'string' ? node.value : this.where.text.slice(node.start, node.end);
      }
      case 'bool': {
        if (isNull) return type.default;
        const v = isScalar(node) ? node.value : isMap(node) ? new Map() : [];
        const b = yamlIntoBool(v as GoValue);
        if (!b.ok || (this.era === 'inline' && typeof v !== 'boolean')) {
          // What yaml.v3 reads as a bool (yes, off, a tagged null) is never templated text.
          if (b.ok) this.loadError(node, path, { messageId: 'notBool', data: { path, tag: typeTag(v as GoValue) } });
          else if (typeof v === 'string' && isTemplated(v)) this.loadError(node, path, { messageId: 'templatedBool', data: { path, error: b.error } });
          else this.loadError(node, path, { messageId: 'decodeFailed', data: { path, error: b.error } });
          return undefined;
        }
        return b.value ?? undefined;
      }
      case 'any': {
        if (isNull) return undefined; // a nil *any, left out by omitempty
        const d = decodeNodeToAny(node, this.where.text);
        if (!d.ok) {
          this.loadError(node, path, { messageId: 'decodeFailed', data: { path, error: d.error } });
          return undefined;
        }
        const v = d.value;
        return this.era === 'inline' ? jsonRoundTrip(stripAllGeneral(v)) : v;
      }
      case 'rawmap': {
        if (isNull) return undefined;
        if (!isMap(node)) {
          if (isScalar(node)) this.loadError(node, path, { messageId: 'scalarIntoMap', data: { path, prefix: String(node.value).slice(0, 7) } });
          else this.loadError(node, path, { messageId: 'listIntoMap', data: { path } });
          return undefined;
        }
        const d = decodeNodeToAny(node, this.where.text);
        if (!d.ok) {
          this.loadError(node, path, { messageId: 'decodeFailed', data: { path, error: d.error } });
          return undefined;
        }
        const v = stripGeneral(d.value);
        return this.era === 'inline' ? jsonRoundTrip(stripAllGeneral(v)) : v;
      }
      case 'list': {
        if (isNull) return undefined;
        if (!isSeq(node)) {
          this.loadError(node, path, { messageId: 'notList', data: { path, tag: node.kind === 'map' ? '!!map' : '!!str' } });
          return undefined;
        }
        const items: GoValue[] = [];
        node.items.forEach((n, i) => {
          const v = this.decode(n, type.of, childPath(path, i));
          if (v !== undefined) items.push(v); // yaml.v3 drops a null entry of a typed list
        });
        return items;
      }
      case 'struct': {
        if (isNull) return this.defaultOf(type);
        if (!isMap(node)) {
          this.loadError(node, path, { messageId: 'notStruct', data: { path, tag: node.kind === 'seq' ? '!!seq' : '!!str' } });
          return undefined;
        }
        const m: GoMap = new Map();
        for (const p of node.pairs) {
          const k = keyText(p);
          if (k === undefined || !Object.hasOwn(type.fields, k)) continue;
          const v = this.decode(p.value, type.fields[k], childPath(path, k));
          if (v !== undefined) m.set(k, v);
        }
        if (this.era === 'inline') {
          for (const [k, ft] of Object.entries(type.fields)) {
            if (m.has(k)) continue;
            const d = ft.t === 'string' || ft.t === 'bool' ? ft.default : undefined;
            if (d !== undefined) m.set(k, d);
          }
        }
        return m;
      }
    }
  }

  private defaultOf(type: FieldType): GoValue | undefined {
    if (this.era !== 'inline') return undefined;
    if (type.t === 'struct' && type.default) return new Map(Object.entries(type.default));
    return undefined;
  }

  /** Steps 2 – 3: render every templated string of a typed value, as the operator does. */
  renderTyped(value: GoValue | undefined, type: FieldType, node: YNode | null | undefined, path: string, data: GoMap, inList = false): GoValue | undefined {
    if (value === undefined) return undefined;
    switch (type.t) {
      case 'string': {
        if (typeof value !== 'string' || !isTemplated(value)) return value;
        const r = this.execute(value, node, path, data);
        if (r === undefined) return value;
        const into = this.era === 'legacy' ? yamlIntoString(r.parsed) : jsonIntoString(r.parsed);
        if (!into.ok) {
          const data = { path, output: show(r.output), parsed: describe(r.parsed), error: into.error };
          this.out.add(renderRules.renderDecode, this.where, node, { messageId: 'renderedNotString', data }, path);
          return value;
        }
        const final = into.value ?? (type.pointer || inList ? undefined : '');
        if (final !== r.output) {
          const output = show(r.output);
          const ref: RenderMessageRef<typeof renderRules.renderTypeChange> =
            into.value !== null
              ? { messageId: 'stringFieldChanged', data: { path, output, parsed: describe(r.parsed), value: show(into.value) } }
              : { messageId: inList ? 'listEntryDropped' : 'stringFieldUnset', data: { path, output } };
          this.out.add(renderRules.renderTypeChange, this.where, node, ref, path);
        }
        return final;
      }
      case 'bool':
        return value;
      case 'any':
      case 'rawmap': {
        const tripped = this.era === 'legacy' ? yamlRoundTrip(value) : value;
        const rendered = this.renderAny(tripped, node, path, data);
        return this.era === 'legacy' ? yamlRoundTrip(rendered) : rendered;
      }
      case 'list': {
        if (!Array.isArray(value)) return value;
        const items: GoValue[] = [];
        value.forEach((v, i) => {
          const n = isSeq(node) ? node.items[i] : undefined;
          const r = this.renderTyped(v, type.of, n, childPath(path, i), data, true);
          if (r !== undefined) items.push(r);
        });
        return items;
      }
      case 'struct': {
        if (!isGoMap(value)) return value;
        const m: GoMap = new Map();
        for (const [k, v] of value) {
          const ft = type.fields[k];
          if (!ft) continue;
          const r = this.renderTyped(v, ft, child(node, k), childPath(path, k), data);
          if (r !== undefined) m.set(k, r);
        }
        return m;
      }
    }
  }

  /** renderInterface over `any`: maps with string keys and lists are walked, strings rendered and re-parsed. */
  private renderAny(v: GoValue, node: YNode | null | undefined, path: string, data: GoMap): GoValue {
    if (typeof v === 'string') {
      if (!isTemplated(v)) return v;
      const r = this.execute(v, node, path, data);
      if (r === undefined) return v;
      this.warnTypeChange(r.template, r.output, r.parsed, node, path, data);
      return r.parsed;
    }
    if (Array.isArray(v)) return v.map((x, i) => this.renderAny(x, isSeq(node) ? node.items[i] : undefined, childPath(path, i), data));
    if (isGoMap(v)) {
      if (generalKeys.has(v)) return v;
      const m: GoMap = new Map();
      for (const [k, x] of v) m.set(k, this.renderAny(x, child(node, k), childPath(path, k), data));
      return m;
    }
    return v;
  }

  private execute(text: string, node: YNode | null | undefined, path: string, data: GoMap): { template: string; output: string; parsed: GoValue } | undefined {
    const parsed = parseTemplate('', text, { funcs: this.funcs });
    // text/template's own error, as Go words it.
    const fail = (messageId: 'parseFailed' | 'executeFailed', err: { message: string; offset: number }) => {
      const map = isScalar(node) ? scalarOffsetMap(this.where.text, node, text) : () => node?.start ?? 0;
      const at = map(err.offset);
      this.out.add(renderRules.templateError, this.where, { start: at, end: at }, { messageId, data: { path, error: err.message } }, path);
      return undefined;
    };
    if (!parsed.ok) return fail('parseFailed', parsed.error);
    // Go's maxExecDepth on the operator's platform (linux/amd64); recursion past what V8's
    // default stack holds moves the command to a large stack (runtime/deep-stack.ts).
    const exec = parsed.template.execute(data, { maxOutputBytes: MAX_OUTPUT_BYTES, maxExecDepth: GO_MAX_EXEC_DEPTH });
    if (!exec.ok) return fail('executeFailed', exec.error);
    const output = exec.output;
    if (output.includes('<no value>') && !text.includes('<no value>')) {
      this.out.add(renderRules.renderNoValue, this.where, node, { messageId: 'printedNoValue', data: { path, output: show(output) } }, path);
    }
    const re = this.era === 'legacy' ? yamlUnmarshalAny(output) : jsonUnmarshalAny(output);
    return { template: text, output, parsed: re.ok ? re.value : output };
  }

  /**
   * A re-parse the author probably did not mean: the text changed (quotes or a comment dropped),
   * the output became a map or list or null, or a referenced string value ("1.10", "007") became
   * a number or bool. Numbers and bools printed from numbers and bools are the intended case.
   */
  private warnTypeChange(template: string, output: string, parsed: GoValue, node: YNode | null | undefined, path: string, data: GoMap): void {
    const shown = show(output);
    const format = this.era === 'legacy' ? 'YAML' : 'JSON';
    let ref: RenderMessageRef<typeof renderRules.renderTypeChange> | undefined;
    if (typeof parsed === 'string') {
      if (parsed !== output) ref = { messageId: 'differentString', data: { path, output: shown, format, parsed: show(parsed) } };
    } else if (parsed === null) {
      ref = { messageId: output.trim() === '' ? 'emptyIsNull' : 'reparsedNull', data: { path, output: shown } };
    } else if (Array.isArray(parsed) || isGoMap(parsed)) {
      ref = { messageId: 'reparsedCollection', data: { path, output: shown, format, parsed: describe(parsed) } };
    } else if (referencedStrings(template, data).includes(output.trim())) {
      ref = { messageId: this.era === 'legacy' ? 'stringValueReparsed' : 'stringValueReparsedJson', data: { path, output: shown, parsed: describe(parsed) } };
    }
    if (ref) this.out.add(renderRules.renderTypeChange, this.where, node, ref, path);
  }
}

/** Remove map[any]any markers (JSON has only string keys). */
function stripAllGeneral(v: GoValue): GoValue {
  if (Array.isArray(v)) return v.map(stripAllGeneral);
  if (isGoMap(v)) {
    const m: GoMap = new Map();
    for (const [k, x] of v) m.set(k, stripAllGeneral(x));
    return m;
  }
  return v;
}

/** String values the template reads with `.a.b` chains from the data (a cheap, syntactic look). */
function referencedStrings(template: string, data: GoMap): string[] {
  const out: string[] = [];
  for (const m of template.matchAll(/(?:^|[^\w$)])\.([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*)/g)) {
    let v: GoValue | undefined = data;
    for (const part of m[1].split('.')) v = isGoMap(v as GoValue) ? (v as GoMap).get(part) : undefined;
    if (typeof v === 'string') out.push(v.trim());
  }
  return out;
}

/** `the int 3`, `the float 1.1`, `true`, `a map`, ... */
export function describe(v: GoValue): string {
  if (v === null) return 'null';
  if (typeof v === 'string') return `the string ${show(v)}`;
  if (typeof v === 'boolean') return `the bool ${v}`;
  if (typeof v === 'bigint') return `the int ${v}`;
  if (typeof v === 'number') return `the float ${marshalScalarText(v)}`;
  if (Array.isArray(v)) return `a list (${show(v)})`;
  return `a map (${show(v)})`;
}
