import type { DefinitionContext } from '../../context/definition-context.ts';
import { isMap, isScalar, isSeq } from '../../load/ynode.ts';
import type { YMap, YNode, YPair } from '../../load/ynode.ts';

/**
 * Field access for the Helm rules, read as the operator's typed structs see the YAML after
 * yaml.v3 decodes it: a string field that is null or "" is unset (Go compares with ""), a
 * pointer or map field is unset when null, and `y/yes/on`, `n/no/off` fill a bool field.
 */

/** A string the operator renders as a Go template (it holds both `{{` and `}}`, renderInterface in pkg/resources/helper.go, v0.1.20). */
export function isTemplated(text: string): boolean {
  return text.includes('{{') && text.includes('}}');
}

/** Absent, or written as null (`~`, `null`, nothing). */
export function isNullish(node: YNode | null | undefined): boolean {
  return node == null || (isScalar(node) && node.value === null);
}

export interface Field {
  pair?: YPair;
  node?: YNode | null;
  /** Whether the Go field ends up non-zero. */
  set: boolean;
  /** The key is written, with null, "" or (for lists) no items. */
  writtenEmpty: boolean;
}

/** A field of a Go string type. A list or map written here is the structure rule's finding and counts as set. */
export function stringField(ctx: DefinitionContext, map: YNode | null | undefined, key: string): Field & { text?: string } {
  const pair = isMap(map) ? map.index.get(key) : undefined;
  if (!pair) return { set: false, writtenEmpty: false };
  const node = pair.value;
  if (node != null && !isScalar(node)) return { pair, node, set: true, writtenEmpty: false };
  const text = ctx.stringOf(node);
  return { pair, node, text, set: text !== undefined && text !== '', writtenEmpty: text === undefined || text === '' };
}

/**
 * Where to report a field that is written but empty: at a value that shows (`""`, `~`,
 * `null`), at the key when nothing follows it.
 */
export function emptyTarget(f: Field): YNode | YPair | undefined {
  const n = f.node;
  if (n && n.end > n.start) return n;
  return f.pair;
}

/** A pointer, map, list or `any` field: set unless null. */
export function objectField(map: YNode | null | undefined, key: string): Field {
  const pair = isMap(map) ? map.index.get(key) : undefined;
  if (!pair) return { set: false, writtenEmpty: false };
  const node = pair.value;
  const isNull = node == null || (isScalar(node) && node.value === null);
  return { pair, node, set: !isNull, writtenEmpty: isNull };
}

const YES = new Set(['y', 'Y', 'yes', 'Yes', 'YES', 'on', 'On', 'ON']);
const NO = new Set(['n', 'N', 'no', 'No', 'NO', 'off', 'Off', 'OFF']);

/**
 * A Go bool field: true/false, `unset` for absent or null, `unknown` for a template or a
 * value yaml.v3 cannot put in a bool (the structure rule reports the latter).
 */
export function boolField(map: YNode | null | undefined, key: string): boolean | 'unset' | 'unknown' {
  const pair = isMap(map) ? map.index.get(key) : undefined;
  const node = pair?.value;
  if (node == null || (isScalar(node) && node.value === null)) return 'unset';
  if (!isScalar(node)) return 'unknown';
  const v = node.value;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'string') {
    // yaml.v3 accepts the YAML 1.1 words in any quoting; a quoted "true" is a string it rejects.
    if (YES.has(v)) return true;
    if (NO.has(v)) return false;
  }
  return 'unknown';
}

/** The entries of a list field, with their paths; nothing when it is not a list. */
export function listItems(node: YNode | null | undefined, path: string): { node: YNode | null; path: string; index: number }[] {
  return isSeq(node) ? node.items.map((n, index) => ({ node: n, path: `${path}[${index}]`, index })) : [];
}

/** `a`, `a and b`, `a, b and c`. */
export function andList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** `a`, `a or b`, `a, b or c`. */
export function orList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

export function asMap(node: YNode | null | undefined): YMap | undefined {
  return isMap(node) ? node : undefined;
}
