import { parseAllDocuments } from 'yaml';
import { ComposeError, composeDocument } from './compose.ts';
import { fastParseYamlStream } from './cst-compose.ts';
import type { YNode } from './ynode.ts';

export interface YamlProblem {
  message: string;
  start: number;
  end: number;
}

/** One document of a YAML stream: its tree, its span in the text and what was wrong with it. */
export interface ParsedDocument {
  index: number;
  root: YNode | null;
  /** Span of the document's own text, without the `---` marker before it. */
  start: number;
  end: number;
  errors: YamlProblem[];
}

/** First line of the `yaml` library's message, without its code frame. */
function firstLine(message: string): string {
  const nl = message.indexOf(':\n');
  const text = nl === -1 ? message : message.slice(0, nl);
  return text.replace(/ at line \d+, column \d+$/, '');
}

/**
 * The documents of a YAML stream. Common block YAML takes the fast path (cst-compose.ts);
 * whatever it is not sure about takes the full path through the `yaml` library, with the
 * same result either way.
 */
export function parseYamlStream(text: string): ParsedDocument[] {
  return (FAST && fastParseYamlStream(text)) || parseYamlStreamFull(text);
}

/** FORKSPACER_YAML_FAST=0 turns the fast path off (to compare or to rule it out). */
const FAST = typeof process === 'undefined' || process.env.FORKSPACER_YAML_FAST !== '0';

/** The full path: the `yaml` library's Composer, then compose.ts. */
export function parseYamlStreamFull(text: string): ParsedDocument[] {
  const docs = parseAllDocuments(text, { schema: 'failsafe', uniqueKeys: true, prettyErrors: false, strict: true });
  const list = Array.isArray(docs) ? docs : [];
  const out: ParsedDocument[] = [];
  list.forEach((doc, index) => {
    const [start, , end] = doc.range;
    const errors: YamlProblem[] = doc.errors.map((e) => ({ message: firstLine(e.message), start: e.pos[0], end: e.pos[1] }));
    let root: YNode | null = null;
    if (errors.length === 0) {
      try {
        root = composeDocument(doc);
      } catch (e) {
        if (!(e instanceof ComposeError)) throw e;
        errors.push({ message: e.message, start: e.offset, end: e.offset });
      }
    }
    out.push({ index, root, start, end, errors });
  });
  // A stream of only comments or nothing has no documents; that is an empty file, not an error.
  return out;
}
