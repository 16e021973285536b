/**
 * The safe edits rules attach to findings (`lint --fix`, editor quick fixes). Each one checks
 * the text it would touch is what it expects (a plain key, a plain scalar, a block mapping) and
 * gives up otherwise: a fix that might be wrong is worse than none.
 */
import type { Fix } from '../../diagnostics/finding.ts';
import type { YMap, YNode, YPair } from '../../load/ynode.ts';
import { isMap, isScalar } from '../../load/ynode.ts';

/** Rename a mapping key written as a plain scalar, unless the new name is already a key there. */
export function renameKeyFix(text: string, map: YNode | null | undefined, pair: YPair | undefined, from: string, to: string): Fix | undefined {
  if (!pair || !isScalar(pair.key) || pair.key.style !== 'plain' || text.slice(pair.key.start, pair.key.end) !== from) return undefined;
  if (isMap(map) && map.index.has(to)) return undefined;
  if (!/^[A-Za-z_][A-Za-z0-9_.-]*$/.test(to)) return undefined;
  return { description: `rename "${from}" to "${to}"`, edits: [{ start: pair.key.start, end: pair.key.end, text: to }] };
}

/** Quote a plain scalar as a double-quoted string of exactly its text (`1.10` to `"1.10"`). */
export function quoteScalarFix(text: string, node: YNode | null | undefined): Fix | undefined {
  if (!isScalar(node) || node.style !== 'plain' || node.tag !== undefined) return undefined;
  const written = text.slice(node.start, node.end);
  if (written.includes('\n') || written === '') return undefined;
  return { description: `quote ${written} as "${written}"`, edits: [{ start: node.start, end: node.end, text: JSON.stringify(written) }] };
}

/**
 * Add `key: value` as the last entry of a block mapping, on a line of its own at the mapping's
 * indentation, after the line the mapping ends on (its comments stay where they are).
 */
export function insertEntryFix(text: string, map: YMap | null | undefined, key: string, value: string, description: string): Fix | undefined {
  if (!map || map.pairs.length === 0 || map.index.has(key) || text[map.start] === '{') return undefined;
  const first = map.pairs[0].key.start;
  const indent = text.slice(text.lastIndexOf('\n', first - 1) + 1, first);
  if (!/^ *$/.test(indent)) return undefined;
  const last = map.pairs[map.pairs.length - 1];
  const value_ = last.value;
  // A block scalar's end includes its line break; anything else ends on its last line.
  let end = value_ ? value_.end : last.key.end;
  if (end > 0 && text[end - 1] === '\n') end--;
  const nl = text.indexOf('\n', end);
  const at = nl === -1 ? text.length : text[nl - 1] === '\r' ? nl - 1 : nl;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  return { description, edits: [{ start: at, end: at, text: `${eol}${indent}${key}: ${value}` }] };
}
