import type { YScalar } from './ynode.ts';

/**
 * Maps offsets inside a scalar's decoded value back to offsets in the file. Exact for
 * single-line plain scalars, quoted scalars without escapes or folding, and literal block
 * scalars (line by line, past the indentation); anything else maps to the scalar's start,
 * which is still the right line for the first line of the value.
 */
export type OffsetMap = (valueOffset: number) => number;

export function scalarOffsetMap(fileText: string, node: YScalar, value: string): OffsetMap {
  const { start, end } = node;
  const raw = fileText.slice(start, end);
  switch (node.style) {
    case 'plain':
      if (!raw.includes('\n')) return (o) => start + o;
      break;
    case 'single':
      if (!raw.includes('\n')) return raw.includes("''") ? escapedMap(raw, start) : (o) => start + 1 + o;
      break;
    case 'double':
      if (!raw.includes('\n')) return raw.includes('\\') ? escapedMap(raw, start) : (o) => start + 1 + o;
      break;
    case 'literal':
      return literalBlockMap(fileText, start, end, value);
    case 'folded':
      break;
  }
  return () => start;
}

const ESCAPE_LENGTH: Record<string, number> = { x: 4, u: 6, U: 10 };

/**
 * Single-line quoted scalars with escapes (`\"`, `\\`, `\u00e9`, `''`): value offsets are
 * mapped through the escapes, one source run per value character.
 */
function escapedMap(raw: string, start: number): OffsetMap {
  const single = raw[0] === "'";
  const sourceAt: number[] = [];
  for (let i = 1; i < raw.length - 1;) {
    const c = raw[i];
    let len = 1;
    let units = 1;
    if (single && c === "'" && raw[i + 1] === "'") len = 2;
    else if (!single && c === '\\') {
      const e = raw[i + 1];
      len = ESCAPE_LENGTH[e] ?? 2;
      if (e === 'U' && parseInt(raw.slice(i + 2, i + 10), 16) > 0xffff) units = 2;
    } else if (c.charCodeAt(0) >= 0xd800 && c.charCodeAt(0) <= 0xdbff) {
      len = 2;
      units = 2;
    }
    for (let u = 0; u < units; u++) sourceAt.push(start + i + (u && len === 2 && !single && c !== '\\' ? 1 : 0));
    i += len;
  }
  return (o) => (o < sourceAt.length ? sourceAt[o] : start + raw.length - 1);
}

function literalBlockMap(fileText: string, start: number, end: number, value: string): OffsetMap {
  const headerEnd = fileText.indexOf('\n', start);
  if (headerEnd === -1 || headerEnd >= end) return () => start;
  const header = fileText.slice(start, headerEnd);
  const explicit = /[1-9]/.exec(header);
  // Source line starts of the block's content.
  const lineStarts: number[] = [];
  for (let p = headerEnd + 1; p < end;) {
    lineStarts.push(p);
    const nl = fileText.indexOf('\n', p);
    if (nl === -1 || nl >= end) break;
    p = nl + 1;
  }
  let indent = 0;
  if (explicit) indent = Number(explicit[0]) + lineIndent(fileText, start);
  else {
    for (const s of lineStarts) {
      const lineEnd = fileText.indexOf('\n', s);
      const line = fileText.slice(s, lineEnd === -1 ? end : lineEnd);
      if (line.trim() !== '') {
        indent = line.length - line.trimStart().length;
        break;
      }
    }
  }
  const valueLineStarts: number[] = [0];
  for (let i = value.indexOf('\n'); i !== -1; i = value.indexOf('\n', i + 1)) valueLineStarts.push(i + 1);
  return (o) => {
    let line = 0;
    while (line + 1 < valueLineStarts.length && valueLineStarts[line + 1] <= o) line++;
    if (lineStarts.length === 0) return start;
    if (line >= lineStarts.length) {
      // Past the last content line (the final newline): the end of that line.
      const last = lineStarts[lineStarts.length - 1];
      const nl = fileText.indexOf('\n', last);
      return nl === -1 || nl > end ? end : nl;
    }
    return lineStarts[line] + indent + (o - valueLineStarts[line]);
  };
}

function lineIndent(text: string, offset: number): number {
  const ls = text.lastIndexOf('\n', offset - 1) + 1;
  let i = ls;
  while (text[i] === ' ') i++;
  return i - ls;
}
