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
  /** 1-based line, in the file, of the first line of `text`. */
  line: number;
}

// A `---` or `...` line with nothing else on it (no comment, tag or content).
const BARE_START = /^(?:[ \t]*\r?\n)*---[ \t]*(?:\r?\n|$)/;
const BARE_END = /(^|\n)\.\.\.[ \t]*(?:\r?\n[ \t\r\n]*)?$/;

/**
 * The definition documents of a YAML stream, each with its own text. A file is cut into one
 * piece per document, nothing lost and nothing shared:
 * - a document runs from the end of the one before it (the start of the file, after a byte
 *   order mark, for the first) to the start of the next one, so the comments above its
 *   `kind:` and the comments after it, up to the next `---` line, are its own;
 * - after an explicit end `...`, what follows (comments, `%YAML`/`%TAG` directives) belongs to
 *   the next document, which needs its directives; the last document keeps the end of the file;
 * - only a bare `---` before the content (with blank lines before it) and a bare `...` at the
 *   end (with blank lines after it) are left out; a marker carrying a comment, a tag or content,
 *   or one with comments or directives before or after it, is kept as written.
 */
export function definitionSources(text: string): DefinitionSource[] {
  const out: DefinitionSource[] = [];
  const docs = parseYamlStream(text);
  let lines: LineIndex | undefined;
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (let i = 0; i < docs.length; i++) {
    const doc = docs[i];
    if (doc.errors.length) continue;
    const c = classify(doc.root);
    if (c.kind !== 'definition') continue;
    let start = i === 0 ? bom : Math.min(docs[i - 1].end, doc.start);
    let end = i === docs.length - 1 ? text.length : Math.max(doc.end, start);
    const lead = BARE_START.exec(text.slice(start, Math.min(end, start + 4096)));
    if (lead) start += lead[0].length;
    const tail = BARE_END.exec(text.slice(start, end));
    if (tail) end = start + tail.index + tail[1].length;
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
