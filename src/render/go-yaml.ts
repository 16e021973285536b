/**
 * The YAML and JSON conversions the operator's renderer performs on each value, reproduced over
 * GoValues:
 *
 *  - `yamlUnmarshalAny(text)`: `yaml.Unmarshal([]byte(text), &v)` with `var v any` (yaml.v3): the
 *    first document only, an empty or comment-only text giving nil, maps whose keys are not all
 *    strings becoming Go `map[any]any` (see `generalKeys`), timestamps staying strings.
 *  - `yamlRoundTrip(v)`: what `yaml.Marshal` then `yaml.Unmarshal` into `any` does to a value: a
 *    float is written with strconv 'g' -1 and read back, so an integral float below 1e21 whose
 *    text has no exponent (3.0 → "3") comes back as an int.
 *  - `yamlIntoString(v)`: what a Go `string` field receives when a marshalled value is
 *    unmarshalled into it (yaml.v3 puts any scalar's text in a string field).
 *  - `jsonUnmarshalAny` / `jsonIntoString`: the same for encoding/json (0.1.21+).
 *
 * Differentially tested against yaml.v3 by test/oracle/reparse*.ts.
 */
import { formatFloat, quote } from '../template/fmt/index.ts';
import { isAlias, parseAllDocuments, visit } from 'yaml';
import { ComposeError, composeDocument } from '../load/compose.ts';
import type { YNode } from '../load/ynode.ts';
import { mayNestDeeply, YAML_V3_DEPTH_MESSAGE, YAML_V3_MAX_DEPTH, yamlV3DepthProblem, yamlV3FlowOverflow } from '../load/nesting.ts';
import { isStackOverflow, requestDeepStack } from '../runtime/deep-stack.ts';
import { yamlFloatText } from '../config/go-format.ts';
import { resolvePlainScalar } from '../yaml/resolve-scalar.ts';
import type { GoMap, GoScalar, GoValue } from '../values/go-value.ts';
import { fromJson } from '../values/go-value.ts';

const INT64_MAX = 2n ** 63n - 1n;

/**
 * Maps that Go holds as `map[any]any` (a YAML mapping with a key that is not a string): the
 * operator's renderer does not descend into them. Their GoMap keys are the keys' marshalled
 * text; this registry keeps each key's Go value.
 */
export const generalKeys = new WeakMap<GoMap, Map<string, GoScalar>>();

export function isGeneralMap(m: GoMap): boolean {
  return generalKeys.has(m);
}

export type UnmarshalResult = { ok: true; value: GoValue } | { ok: false; error: string };

/** Thrown for what yaml.v3 rejects while decoding a node tree. */
class DecodeError extends Error {}

/**
 * A YNode tree as yaml.v3 decodes it into `any`, with `map[any]any` kept apart. `src` is the
 * text the tree was parsed from (tags, timestamps and binaries are read from it). Unquoted
 * timestamps become their RFC 3339 text, as yaml.Marshal writes the time.Time yaml.v3 decodes.
 */
export function nodeToAny(node: YNode | null | undefined, src: string): GoValue {
  if (node == null) return null;
  switch (node.kind) {
    case 'scalar':
      return scalarValue(node, src);
    case 'seq':
      return node.items.map((n) => nodeToAny(n, src));
    case 'map': {
      const m: GoMap = new Map();
      const keys = new Map<string, GoScalar>();
      let general = false;
      for (const p of node.pairs) {
        const k = p.key;
        if (k.kind !== 'scalar') throw new DecodeError('invalid map key');
        if (k.start === k.end && k.value === null && src[k.start] === ':') throw new DecodeError('mapping value without a key');
        const key = scalarValue(k, src);
        if (typeof key !== 'string' || timestampText(k, src) !== undefined) general = true;
        const text = keyString(key);
        m.set(text, nodeToAny(p.value, src));
        keys.set(text, key);
      }
      if (general) generalKeys.set(m, keys);
      return m;
    }
  }
}

/**
 * nodeToAny for a field the operator decodes the definition into (`any`, `map[string]any`):
 * what yaml.v3 rejects there (a list or map as a key — including one brought in by a merge key,
 * where go.yaml.in/yaml/v3 3.0.4 reports "hash of unhashable type" and 3.0.1 panicked — a bad
 * !!binary, !!timestamp or !!null) is a decode error, not an exception.
 */
export function decodeNodeToAny(node: YNode | null | undefined, src: string): UnmarshalResult {
  try {
    return { ok: true, value: nodeToAny(node, src) };
  } catch (e) {
    if (e instanceof DecodeError) return { ok: false, error: e.message };
    throw e;
  }
}

const TAG = 'tag:yaml.org,2002:';

function scalarValue(n: Extract<YNode, { kind: 'scalar' }>, src: string): GoScalar {
  const singleLine = n.style === 'plain' && !src.slice(n.start, n.end).includes('\n');
  const raw = singleLine ? src.slice(n.start, n.end) : typeof n.value === 'string' ? n.value : src.slice(n.start, n.end);
  const tag = n.tag?.startsWith(TAG) ? `!!${n.tag.slice(TAG.length)}` : n.tag;
  if (tag === '!' && n.style === 'plain') return resolvePlain(raw);
  switch (tag) {
    case '!!binary': {
      const b64 = (n.style !== 'plain' && typeof n.value === 'string' ? n.value : raw).replace(/\s+/g, '');
      if (!/^[A-Za-z0-9+/]*={0,2}$/.test(b64) || b64.length % 4 !== 0) throw new DecodeError('!!binary value contains invalid base64 data');
      return Buffer.from(b64, 'base64').toString('utf8');
    }
    case '!!timestamp': {
      const t = parseTimestamp(n.style === 'plain' ? raw : String(n.value));
      if (t === undefined) throw new DecodeError('cannot decode as a !!timestamp');
      return t;
    }
    case '!!merge':
      return n.style === 'plain' ? raw : String(n.value);
    case '!!null':
      if (n.style === 'plain' && resolvePlainScalar(raw) !== null) throw new DecodeError('cannot decode as a !!null');
      return null;
  }
  if (n.style === 'plain' && n.tag === undefined && typeof n.value === 'string') return parseTimestamp(n.value) ?? n.value;
  return n.value;
}

function resolvePlain(raw: string): GoScalar {
  return parseTimestamp(raw) ?? resolvePlainScalar(raw);
}

function timestampText(n: Extract<YNode, { kind: 'scalar' }>, src: string): string | undefined {
  return n.style === 'plain' && (n.tag === undefined || n.tag === '!') ? parseTimestamp(src.slice(n.start, n.end)) : undefined;
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * yaml.v3's parseTimestamp (time.Parse with "2006-1-2T15:4:5.999999999Z07:00", the same with a
 * lower-case t, "2006-1-2 15:4:5.999999999" and "2006-1-2"), returned as time.Time's
 * RFC3339Nano text, or undefined.
 */
export function parseTimestamp(s: string): string | undefined {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:([Tt ])(\d{1,2}):(\d{1,2}):(\d{1,2})(?:[.,](\d+))?(Z|[+-]\d{2}:\d{2})?)?$/.exec(s);
  if (!m) return undefined;
  const [, y, mo, d, sep, h, mi, se, frac, zone] = m;
  if (sep === ' ' && zone !== undefined) return undefined;
  if ((sep === 'T' || sep === 't') && zone === undefined) return undefined;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12) return undefined;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const dim = month === 2 && leap ? 29 : DAYS[month - 1];
  if (day < 1 || day > dim) return undefined;
  const p2 = (x: number) => String(x).padStart(2, '0');
  const date = `${y}-${p2(month)}-${p2(day)}`;
  if (sep === undefined) return `${date}T00:00:00Z`;
  const hour = Number(h);
  const min = Number(mi);
  const sec = Number(se);
  if (hour > 23 || min > 59 || sec > 59) return undefined;
  let fr = '';
  if (frac !== undefined) {
    const digits = frac.slice(0, 9).replace(/0+$/, '');
    if (digits) fr = `.${digits}`;
  }
  let z = 'Z';
  if (zone !== undefined && zone !== 'Z') {
    const zh = Number(zone.slice(1, 3));
    const zm = Number(zone.slice(4, 6));
    if (zh > 24 || zm > 60) return undefined;
    z = zh === 0 && zm === 0 ? (zone[0] === '-' ? '-00:00' : '+00:00') : zone;
    if (zh === 0 && zm === 0) z = '+00:00';
  }
  return `${date}T${p2(hour)}:${p2(min)}:${p2(sec)}${fr}${z}`;
}

/** The text a map key is stored under: a string as is, any other scalar as yaml.v3 writes it. */
export function keyString(k: GoScalar): string {
  if (typeof k === 'string') return k;
  if (k === null) return 'null';
  if (typeof k === 'number') return yamlFloatText(k);
  return String(k);
}

/** `yaml.Unmarshal([]byte(text), &v)` with `var v any`. */
/**
 * yaml.v3 (libyaml) ends an anchor or alias name at the first character outside [0-9A-Za-z_-]
 * and then wants a blank or one of ?:,]}%@` there; the `yaml` package reads on to the next
 * space, so `&lt;b&gt;` is an anchor to it and a scan error to yaml.v3.
 */
function badAnchorName(name: string): boolean {
  const m = /[^0-9A-Za-z_-]/.exec(name);
  return m !== null && (m.index === 0 || !'?:,]}%@`'.includes(m[0]));
}

/** 'error' when an anchor or alias name is one yaml.v3 cannot scan; 'split' when yaml.v3 ends it early and reads on. */
function anchorTrouble(doc: ReturnType<typeof parseAllDocuments>[number]): 'error' | 'split' | undefined {
  let trouble: 'error' | 'split' | undefined;
  visit(doc, (_key, node) => {
    const anchor = node !== null && typeof node === 'object' ? (node as { anchor?: unknown }).anchor : undefined;
    const name = isAlias(node) ? node.source : typeof anchor === 'string' ? anchor : undefined;
    if (name === undefined) return undefined;
    if (badAnchorName(name)) {
      trouble = 'error';
      return visit.BREAK;
    }
    if (/[^0-9A-Za-z_-]/.test(name)) trouble = 'split';
    return undefined;
  });
  return trouble;
}

/** Where yaml.v3 ends an anchor or alias name before a ?:,]}%@` that the `yaml` package takes into it, a space says so. */
const splitAnchors = (text: string) => text.replace(/(^|[\s[{,])([&*][0-9A-Za-z_-]+)(?=[?:,\]}%@`])/g, '$1$2 ');

/** yaml.v3 reads NEL as a line break (LS and PS stay content), which YAML 1.2 libraries take for content. */
const YAML11_BREAKS = /\u0085/g;

/**
 * Outside flow collections libyaml takes [ and ] into a tag (`![a] b` is the tag ![a] on "b");
 * the `yaml` package stops the tag there. The characters matter to nothing but the tag's name,
 * which decoding into `any` ignores for a local tag, so they are renamed.
 */
function blockTagBrackets(text: string): string {
  if (!text.includes('!') || !/[[\]]/.test(text)) return text;
  return text
    .split('\n')
    .map((line) =>
      line.replace(/(^|\s)(![^\s]*)/g, (whole: string, pre: string, tag: string, at: number) =>
        /[[\]]/.test(tag) && !/[[{]/.test(line.slice(0, at)) ? pre + tag.replace(/[[\]]/g, '_') : whole,
      ),
    )
    .join('\n');
}

export function yamlUnmarshalAny(input: string): UnmarshalResult {
  const text = blockTagBrackets(input.replace(YAML11_BREAKS, '\n'));
  const pre = preCheck(text);
  if (pre) return { ok: false, error: pre };
  // A template can print nesting its own text does not show ({{range}} over brackets): past
  // yaml.v3's limits its error, deep but within them the large stack (runtime/deep-stack.ts).
  if (yamlV3FlowOverflow(text) !== undefined) return { ok: false, error: YAML_V3_DEPTH_MESSAGE };
  if (mayNestDeeply(text)) requestDeepStack();
  // A lone block scalar header (`|`, `>-`, even `|#x`) is an empty string to libyaml.
  if (/^[ ]*[|>][^\n]*$/.test(text) && !/^[ ]*[|>][-+0-9]*(?:[ ]+#.*|[ ]*)$/.test(text) && /^[ ]*[|>][-+0-9]*#/.test(text)) return { ok: true, value: '' };
  let docs;
  try {
    docs = parseAllDocuments(text, { schema: 'failsafe', uniqueKeys: true, prettyErrors: false, strict: true });
  } catch (e) {
    return { ok: false, error: (e as Error).message };
  }
  if (!Array.isArray(docs)) return { ok: true, value: null }; // nothing but comments and blanks
  const first = docs[0];
  if (!first) return { ok: true, value: null };
  const anchors = anchorTrouble(first);
  if (anchors === 'error') return { ok: false, error: 'did not find expected alphabetic or numeric character' };
  if (anchors === 'split' && splitAnchors(text) !== text) return yamlUnmarshalAny(splitAnchors(text));
  if (first.errors.some((e) => e.code === 'RESOURCE_EXHAUSTION')) {
    requestDeepStack();
    return { ok: false, error: 'nested too deep for forkspacer-def (a limit of this tool)' };
  }
  if (first.errors.length) {
    // yaml.v3 reads the first node and never looks further: junk after a complete quoted
    // scalar or flow collection is ignored.
    const c = first.contents as { range?: number[]; type?: string; flow?: boolean } | null;
    const end = c?.range?.[1] ?? Infinity;
    const last = end === Infinity ? '' : text[end - 1];
    const closed =
      c &&
      ((c.type === 'PLAIN' && end > (c.range?.[0] ?? end)) ||
        (c.type === 'QUOTE_DOUBLE' && last === '"') ||
        (c.type === 'QUOTE_SINGLE' && last === "'") ||
        ((c.type === 'FLOW_MAP' || c.flow) && last === '}') ||
        ((c.type === 'FLOW_SEQ' || c.flow) && last === ']'));
    const after = text.slice(end);
    if (!closed || !first.errors.every((e) => e.pos[0] >= end) || /^[ ]*[@`\t%]/.test(after) || /^\s*[:]/.test(after) || unterminatedQuote(after)) {
      return { ok: false, error: first.errors[0].message.split('\n')[0] };
    }
  }
  try {
    const root = composeDocument(first);
    if (yamlV3DepthProblem(text, root)) return { ok: false, error: YAML_V3_DEPTH_MESSAGE };
    if (root?.kind === 'scalar' && (root.style === 'single' || root.style === 'double')) {
      const q = root.style === 'single' ? "'" : '"';
      if (root.end - root.start < 2 || text[root.end - 1] !== q) return { ok: false, error: 'found unexpected end of stream' };
    }
    return { ok: true, value: fixBlockEnd(nodeToAny(root, text), root, text) };
  } catch (e) {
    if (e instanceof ComposeError || e instanceof DecodeError) return { ok: false, error: e.message };
    if (isStackOverflow(e)) {
      requestDeepStack();
      return { ok: false, error: 'nested too deep for forkspacer-def (a limit of this tool)' };
    }
    throw e;
  }
}

/** The next token libyaml scans after the first node is a quoted scalar that never ends. */
function unterminatedQuote(after: string): boolean {
  const m = /^\s*(["'])/.exec(after);
  if (!m) return false;
  const rest = after.slice(m[0].length);
  if (m[1] === "'") return !/^(?:[^']|'')*'/.test(rest);
  return !/^(?:[^"\\]|\\.)*"/.test(rest);
}

/** libyaml keeps no line break that the input does not have: a block scalar ending the text without one. */
function fixBlockEnd(v: GoValue, root: YNode | null, text: string): GoValue {
  if (root?.kind === 'scalar' && (root.style === 'literal' || root.style === 'folded')) {
    // A root block scalar whose first content line is not indented is empty (the rest is ignored).
    const nl = text.indexOf('\n', root.start);
    const header = nl === -1 ? '' : text.slice(root.start, nl);
    const firstLine = nl === -1 ? '' : (/^(?:[ ]*\r?\n)*([^\n]*)/.exec(text.slice(nl + 1))?.[1] ?? '');
    if (!/[1-9]/.test(header) && firstLine !== '' && !/^[ ]/.test(firstLine)) return '';
  }
  if (root?.kind === 'scalar' && (root.style === 'literal' || root.style === 'folded') && typeof v === 'string' && !/[\r\n]$/.test(text) && v.endsWith('\n')) {
    return v.slice(0, -1);
  }
  return v;
}

/** What libyaml rejects that the `yaml` library reads: directives without a document or not 1.1, a leading `...`, tabs as indentation. */
function preCheck(text: string): string | undefined {
  const body = text.replace(/^(?:[ ]*(?:#[^\n]*)?\n)*/, '');
  if (/^\.\.\.(?:[ \t\r\n]|$)/.test(body)) return 'did not find expected node content';
  if (body.startsWith('%')) {
    const yamlDir = /^%YAML[ \t]+(\S+)/m.exec(text);
    if (yamlDir && yamlDir[1] !== '1.1') return 'found incompatible YAML document';
    if (!/^---(?:[ \t\r\n]|$)/m.test(text)) return 'did not find expected <document start>';
  }
  for (const line of text.split('\n')) {
    if (/^[ ]*(?:[-?][ ]+)+\t/.test(line)) return 'found character that cannot start any token';
    if (/^[ ]*(?:[-?:][ ]+)*\t/.test(line) && !/^[ ]*(?:[-?:][ ]+)*\t+[^\s#]/.test(line.replace(/^[ ]*/, '')) && /^[ ]*(?:[-?:][ ]+)*\t[ \t]*(#.*)?\r?$/.test(line)) {
      return 'found character that cannot start any token';
    }
  }
  return undefined;
}

/** The text yaml.v3's encoder writes for a scalar (strings aside). */
export function marshalScalarText(v: Exclude<GoScalar, string>): string {
  if (v === null) return 'null';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'bigint') return v.toString();
  return yamlFloatText(v);
}

/** yaml.Marshal then yaml.Unmarshal into `any`. */
export function yamlRoundTrip(v: GoValue): GoValue {
  if (typeof v === 'number') return resolvePlainScalar(yamlFloatText(v));
  if (Array.isArray(v)) return v.map(yamlRoundTrip);
  if (v instanceof Map) {
    const m: GoMap = new Map();
    for (const [k, x] of v) m.set(k, yamlRoundTrip(x));
    const g = generalKeys.get(v);
    if (g) {
      const ng = new Map<string, GoScalar>();
      for (const [k, key] of g) ng.set(k, typeof key === 'number' ? resolvePlainScalar(yamlFloatText(key)) : key);
      generalKeys.set(m, ng);
    }
    return m;
  }
  return v;
}

export type IntoString = { ok: true; value: string | null } | { ok: false; error: string };

/**
 * A marshalled value unmarshalled into a Go `string` field: a scalar's text; null leaves the
 * field unset (`value: null`; a `[]string` drops such an entry); a map or list is an error.
 */
export function yamlIntoString(v: GoValue): IntoString {
  if (v === null) return { ok: true, value: null };
  if (typeof v === 'string') return { ok: true, value: v };
  if (Array.isArray(v)) return { ok: false, error: 'cannot unmarshal !!seq into string' };
  if (v instanceof Map) return { ok: false, error: 'cannot unmarshal !!map into string' };
  return { ok: true, value: marshalScalarText(v) };
}

/** A bool field given a rendered value (yaml.v3): a bool, or the YAML 1.1 words. */
export function yamlIntoBool(v: GoValue): { ok: true; value: boolean | null } | { ok: false; error: string } {
  if (v === null) return { ok: true, value: null };
  if (typeof v === 'boolean') return { ok: true, value: v };
  if (typeof v === 'string') {
    if (['y', 'Y', 'yes', 'Yes', 'YES', 'on', 'On', 'ON'].includes(v)) return { ok: true, value: true };
    if (['n', 'N', 'no', 'No', 'NO', 'off', 'Off', 'OFF'].includes(v)) return { ok: true, value: false };
  }
  const tag = typeTag(v);
  const shown = typeof v === 'string' ? v : typeof v === 'object' ? '' : marshalScalarText(v);
  return { ok: false, error: tag === '!!map' || tag === '!!seq' ? `cannot unmarshal ${tag} into bool` : `cannot unmarshal ${tag} \`${shown}\` into bool` };
}

/** yaml.v3's short tag for a Go value. */
export function typeTag(v: GoValue): string {
  if (v === null) return '!!null';
  if (typeof v === 'string') return '!!str';
  if (typeof v === 'boolean') return '!!bool';
  if (typeof v === 'bigint') return '!!int';
  if (typeof v === 'number') return '!!float';
  if (Array.isArray(v)) return '!!seq';
  return '!!map';
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const wellFormed = (s: string) => s.replace(LONE_SURROGATE, '\uFFFD');

/** `json.Unmarshal([]byte(text), &v)` with `var v any`: numbers float64. */

export function jsonUnmarshalAny(text: string): UnmarshalResult {
  // encoding/json's maxNestingDepth (10000); deeper than V8's default stack, the large one.
  const tooDeep = yamlV3FlowOverflow(text, YAML_V3_MAX_DEPTH);
  if (tooDeep !== undefined) return { ok: false, error: `invalid character '${text[tooDeep]}' exceeded max depth` };
  if (mayNestDeeply(text)) requestDeepStack();
  let overflow: string | undefined;
  try {
    // encoding/json refuses a number float64 cannot hold and reads a lone surrogate escape as U+FFFD.
    const value: unknown = JSON.parse(text, (_key, v: unknown) => {
      if (typeof v === 'number' && !Number.isFinite(v)) overflow ??= 'a number beyond float64';
      if (typeof v === 'string') return wellFormed(v);
      if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
        const o = v as Record<string, unknown>;
        for (const k of Object.keys(o)) {
          const w = wellFormed(k);
          if (w !== k) {
            o[w] = o[k];
            delete o[k];
          }
        }
      }
      return v;
    });
    if (overflow) return { ok: false, error: `json: cannot unmarshal ${overflow} into Go value of type float64` };
    return { ok: true, value: fromJson(value) };
  } catch (e) {
    return { ok: false, error: (e as Error).message };
  }
}

/** json.Marshal then json.Unmarshal into `any`: every number a float64. */
export function jsonRoundTrip(v: GoValue): GoValue {
  if (typeof v === 'bigint') return Number(v);
  if (Array.isArray(v)) return v.map(jsonRoundTrip);
  if (v instanceof Map) {
    const m: GoMap = new Map();
    for (const [k, x] of v) m.set(k, jsonRoundTrip(x));
    return m;
  }
  return v;
}

/** encoding/json into a Go string field: only a string (or null, which leaves it unset). */
export function jsonIntoString(v: GoValue): IntoString {
  if (v === null) return { ok: true, value: null };
  if (typeof v === 'string') return { ok: true, value: v };
  return { ok: false, error: `json: cannot unmarshal ${jsonKind(v)} into Go value of type string` };
}

export function jsonIntoBool(v: GoValue): { ok: true; value: boolean | null } | { ok: false; error: string } {
  if (v === null) return { ok: true, value: null };
  if (typeof v === 'boolean') return { ok: true, value: v };
  return { ok: false, error: `json: cannot unmarshal ${jsonKind(v)} into Go value of type bool` };
}

function jsonKind(v: GoValue): string {
  if (typeof v === 'string') return 'string';
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'number' || typeof v === 'bigint') return 'number';
  if (Array.isArray(v)) return 'array';
  return 'object';
}

/** Whether a bigint is beyond int64 (yaml.v3 gives a uint64 there). */
export function isUint64(v: bigint): boolean {
  return v > INT64_MAX;
}

/**
 * A canonical, type-revealing dump of a Go value, shared with the Go oracle (render.go): `nil`,
 * `bool(true)`, `int(3)`, `uint64(...)`, `float64(1.1)`, `string("x")`, `[a, b]`,
 * `map[string]{"k": v}` (sorted), `map[any]{k: v}` (sorted by key dump).
 */
export function dumpGo(v: GoValue): string {
  if (v === null) return 'nil';
  if (typeof v === 'boolean') return `bool(${v})`;
  if (typeof v === 'bigint') return isUint64(v) ? `uint64(${v})` : `int(${v})`;
  if (typeof v === 'number') return `float64(${goFloatG(v)})`;
  if (typeof v === 'string') return `string(${quoteAscii(v)})`;
  if (Array.isArray(v)) return `[${v.map(dumpGo).join(', ')}]`;
  const g = generalKeys.get(v);
  if (g) {
    const parts = [...v].map(([k, x]) => `${dumpGo(g.has(k) ? g.get(k)! : k)}: ${dumpGo(x)}`).sort();
    return `map[any]{${parts.join(', ')}}`;
  }
  const keys = [...v.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return `map[string]{${keys.map((k) => `${quoteAscii(k)}: ${dumpGo(v.get(k)!)}`).join(', ')}}`;
}

function goFloatG(f: number): string {
  return formatFloat(f, 'g', -1);
}

/** strconv.QuoteToASCII. */
export function quoteAscii(s: string): string {
  return quote(s, true);
}
