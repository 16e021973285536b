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
      if (!raw.includes('\n') && !raw.slice(1, -1).includes("''")) return (o) => start + 1 + o;
      break;
    case 'double':
      if (!raw.includes('\n') && !raw.includes('\\')) return (o) => start + 1 + o;
      break;
    case 'literal':
      return literalBlockMap(fileText, start, end, value);
    case 'folded':
      break;
  }
  return () => start;
}

function literalBlockMap(fileText: string, start: number, end: number, value: string): OffsetMap {
  const headerEnd = fileText.indexOf('\n', start);
  if (headerEnd === -1 || headerEnd >= end) return () => start;
  const header = fileText.slice(start, headerEnd);
  const explicit = /[1-9]/.exec(header);
  // Source line starts of the block's content.
  const lineStarts: number[] = [];
  for (let p = headerEnd + 1; p < end; ) {
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
    const src = lineStarts[line];
    if (src === undefined) return start;
    return src + indent + (o - valueLineStarts[line]);
  };
}

function lineIndent(text: string, offset: number): number {
  const ls = text.lastIndexOf('\n', offset - 1) + 1;
  let i = ls;
  while (text[i] === ' ') i++;
  return i - ls;
}
