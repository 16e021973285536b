import { classify } from '../classify/classify.ts';
import { LineIndex } from '../diagnostics/line-index.ts';
import { parseYamlStream } from '../load/parse-stream.ts';
import { stringAt } from '../load/ynode.ts';

/** A definition document cut out of its file exactly as written (comments kept). */
export interface DefinitionSource {
  name: string;
  version?: string;
  kind: string;
  text: string;
  /** 1-based line of the document's first line. */
  line: number;
}

/** The definition documents of a YAML stream, each with its own text and no `---` marker. */
export function definitionSources(text: string): DefinitionSource[] {
  const out: DefinitionSource[] = [];
  let lines: LineIndex | undefined;
  for (const doc of parseYamlStream(text)) {
    if (doc.errors.length) continue;
    const c = classify(doc.root);
    if (c.kind !== 'definition') continue;
    let start = doc.start;
    const marker = /^---[ \t]*(#[^\n]*)?\r?\n/.exec(text.slice(start, start + 200));
    if (marker) start += marker[0].length;
    let end = doc.end;
    const docEnd = /\n\.\.\.[ \t]*\r?\n?$/.exec(text.slice(start, end));
    if (docEnd) end = start + docEnd.index + 1;
    lines ??= new LineIndex(text);
    out.push({
      name: stringAt(doc.root, 'metadata', 'name') ?? '',
      version: stringAt(doc.root, 'metadata', 'version'),
      kind: c.definitionKind,
      text: text.slice(start, end),
      line: lines.position(start).line,
    });
  }
  return out;
}
