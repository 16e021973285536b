import { isAlias, isMap as isYamlMap, isPair, isScalar as isYamlScalar, isSeq as isYamlSeq, Scalar } from 'yaml';
import type { Document, Node as YamlNode } from 'yaml';
import { resolvePlainScalar } from '../yaml/resolve-scalar.ts';
import type { GoScalar } from '../values/go-value.ts';
import type { ScalarStyle, YMap, YNode, YPair, YScalar, YSeq } from './ynode.ts';
import { keyText } from './ynode.ts';

/** yaml.v3 refuses documents whose aliases expand far beyond their size; so do we. */
export const MAX_EXPANDED_NODES = 1_000_000;

export class ComposeError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

const TAG = 'tag:yaml.org,2002:';

const styles: Record<string, ScalarStyle> = {
  PLAIN: 'plain',
  QUOTE_SINGLE: 'single',
  QUOTE_DOUBLE: 'double',
  BLOCK_LITERAL: 'literal',
  BLOCK_FOLDED: 'folded',
};

/**
 * Turns a document parsed with the failsafe schema (every scalar a string) into a YNode tree
 * whose scalars carry the values yaml.v3 would decode, and whose aliases point at the
 * anchored node. Throws ComposeError for what yaml.v3 rejects that the `yaml` library lets
 * through (excessive aliasing, bad explicit tags).
 */
export function composeDocument(doc: Document.Parsed): YNode | null {
  const anchors = new Map<YamlNode, YNode | null>();
  const sizes = new WeakMap<object, number>();
  let expanded = 0;

  function convert(node: unknown): YNode | null {
    if (node == null) return null;
    if (isAlias(node)) {
      const target = node.resolve(doc);
      if (!target) throw new ComposeError(`unknown anchor '${node.source}' referenced`, node.range?.[0] ?? 0);
      const hit = anchors.get(target);
      if (hit === undefined) throw new ComposeError(`anchor '${node.source}' value contains itself`, node.range?.[0] ?? 0);
      expanded += hit ? (sizes.get(hit) ?? 1) : 1;
      if (expanded > MAX_EXPANDED_NODES) {
        throw new ComposeError('document contains excessive aliasing (an alias bomb?); refusing to expand it', node.range?.[0] ?? 0);
      }
      return hit;
    }
    const y = node as YamlNode;
    const anchored = 'anchor' in y && y.anchor;
    if (anchored) anchors.set(y, undefined as unknown as null); // marks "in progress" for cycle detection
    let out: YNode;
    if (isYamlScalar(y)) out = scalar(y);
    else if (isYamlMap(y)) out = mapping(y);
    else if (isYamlSeq(y)) out = sequence(y);
    else throw new ComposeError('unsupported YAML node', (y as { range?: number[] }).range?.[0] ?? 0);
    if (anchored) anchors.set(y, out);
    return out;
  }

  function scalar(s: Scalar): YScalar {
    const [start, end] = s.range ?? [0, 0];
    const style = styles[s.type ?? 'PLAIN'] ?? 'plain';
    // Failsafe schema: every scalar's value is a string.
    const text = String((s.value as string | null | undefined) ?? '');
    const tag = s.tag;
    let value: GoScalar;
    if (tag && tag !== '!') {
      const tagged = decodeTaggedScalar(text, tag);
      if (tagged === undefined) throw new ComposeError(`cannot decode ${JSON.stringify(text)} as !!${tag.replace(TAG, '')}`, start);
      value = tagged;
    } else if (style === 'plain' && tag !== '!') value = resolvePlainScalar(text);
    else value = text;
    expanded++;
    const out: YScalar = { kind: 'scalar', value, style, start, end };
    if (tag) out.tag = tag;
    if (value !== text) out.text = text;
    return out;
  }

  function mapping(m: import('yaml').YAMLMap): YMap {
    const [start, end] = m.range ?? [0, 0];
    const out: YMap = { kind: 'map', pairs: [], index: new Map(), start, end };
    const merges: YNode[] = [];
    let size = 1;
    for (const item of m.items) {
      if (!isPair(item)) continue;
      const key = convert(item.key) ?? nullKey(item.key, start);
      const value = convert(item.value);
      if (key.kind === 'scalar' && key.style === 'plain' && key.value === '<<' && !key.tag) {
        if (value) merges.push(value);
        continue;
      }
      const pair: YPair = { key, value };
      out.pairs.push(pair);
      const k = keyText(pair);
      if (k !== undefined) out.index.set(k, pair);
      size += 1 + (value ? (sizes.get(value) ?? 1) : 0);
    }
    // yaml.v3 merge keys: merged entries never override keys written in this map.
    for (const src of merges) {
      const sources = src.kind === 'seq' ? src.items : [src];
      for (const s of sources) {
        if (!s || s.kind !== 'map') throw new ComposeError('map merge requires map or sequence of maps as the value', src.start);
        for (const p of s.pairs) {
          const k = keyText(p);
          if (k !== undefined && out.index.has(k)) continue;
          out.pairs.push(p);
          if (k !== undefined) out.index.set(k, p);
        }
      }
    }
    sizes.set(out, size);
    return out;
  }

  function sequence(q: import('yaml').YAMLSeq): YSeq {
    const [start, end] = q.range ?? [0, 0];
    const out: YSeq = { kind: 'seq', items: [], start, end };
    let size = 1;
    for (const item of q.items) {
      const v = convert(item);
      out.items.push(v);
      size += v ? (sizes.get(v) ?? 1) : 1;
    }
    sizes.set(out, size);
    return out;
  }

  function nullKey(key: unknown, fallback: number): YScalar {
    const r = (key as { range?: number[] } | null)?.range;
    return { kind: 'scalar', value: null, style: 'plain', start: r?.[0] ?? fallback, end: r?.[1] ?? fallback };
  }

  return convert(doc.contents);
}

/**
 * The value yaml.v3 decodes for a scalar with an explicit tag, or undefined when the text is
 * not of the tagged type (`!!int abc`). Shared by both composers.
 */
export function decodeTaggedScalar(text: string, tag: string): GoScalar | undefined {
  const short = tag.startsWith(TAG) ? tag.slice(TAG.length) : tag;
  switch (short) {
    case 'str':
      return text;
    case 'null':
      return null;
    case 'bool':
    case 'int':
    case 'float': {
      const v = resolvePlainScalar(text);
      const ok = short === 'bool' ? typeof v === 'boolean' : short === 'int' ? typeof v === 'bigint' : typeof v === 'number' || typeof v === 'bigint';
      if (!ok) return undefined;
      return short === 'float' && typeof v === 'bigint' ? Number(v) : v;
    }
    default:
      // !!binary, !!timestamp and local tags (`!foo`): yaml.v3 keeps the text.
      return text;
  }
}
