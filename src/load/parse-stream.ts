import { parseAllDocuments } from 'yaml';
import { ComposeError, composeDocument } from './compose.ts';
import { fastParseYamlStream } from './cst-compose.ts';
import type { YNode } from './ynode.ts';
import { mayNestDeeply, yamlV3FlowOverflow, YAML_V3_DEPTH_MESSAGE, YAML_V3_MAX_DEPTH, yamlV3DepthProblem } from './nesting.ts';
import { yamlV3MarkerProblems } from './document-markers.ts';
import { DEEP_STACK_MB, onDeepStack, requestDeepStack } from '../runtime/deep-stack.ts';

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
  if (!mayNestDeeply(text)) return fastPath(text) || parseYamlStreamFull(text);
  const overflow = yamlV3FlowOverflow(text);
  if (overflow !== undefined) return refusedFrom(text, overflow);
  // Deep input: every later walk recurses as deep, so the whole command moves to a large
  // stack (runtime/deep-stack.ts), where yaml.v3's own depth limits are checked.
  requestDeepStack();
  const docs = fastPath(text) || parseYamlStreamFull(text);
  let keysNotUnique: (YNode | null)[] | undefined;
  for (const d of docs) {
    let root = d.root;
    if (d.errors.length) {
      // yaml.v3 finds a repeated key when it decodes, after it has parsed the whole document,
      // so its depth limit is the operator's verdict on a document that has both.
      if (!d.errors.every((e) => e.message.startsWith(DUPLICATE_KEY_MESSAGE))) continue;
      keysNotUnique ??= rootsWithRepeatedKeys(text);
      root = keysNotUnique[d.index] ?? null;
    }
    const problem = yamlV3DepthProblem(text, root);
    if (problem) {
      d.root = null;
      d.errors.unshift({ message: depthMessage(text, problem.offset), start: problem.offset, end: problem.offset + 1 });
    }
  }
  return docs;
}

/** Each document's tree with repeated keys allowed (null where it has other errors). */
function rootsWithRepeatedKeys(text: string): (YNode | null)[] {
  const docs = parseAllDocuments(text, { schema: 'failsafe', uniqueKeys: false, prettyErrors: false, strict: true });
  return (Array.isArray(docs) ? docs : []).map((doc) => {
    if (doc.errors.length) return null;
    try {
      return composeDocument(doc);
    } catch (e) {
      if (e instanceof ComposeError) return null;
      throw e;
    }
  });
}

/** The `yaml` library's message for a repeated mapping key. */
const DUPLICATE_KEY_MESSAGE = 'Map keys must be unique';

/**
 * yaml.v3's scanner stops at the bracket past its flow limit, and so does this: the documents
 * before the one holding it are read as usual, that one is refused, none after it is read.
 */
function refusedFrom(text: string, offset: number): ParsedDocument[] {
  const marker = /^---(?=[ \t\r\n]|$)/gm;
  let docStart = 0;
  let bodyStart = 0;
  for (let m = marker.exec(text); m && m.index < offset; m = marker.exec(text)) {
    docStart = m.index;
    bodyStart = m.index + 3;
  }
  const before = docStart > 0 ? parseYamlStream(text.slice(0, docStart)) : [];
  before.push({ index: before.length, root: null, start: bodyStart, end: text.length, errors: [{ message: depthMessage(text, offset), start: offset, end: offset + 1 }] });
  return before;
}

function depthMessage(text: string, offset: number): string {
  const what = text.charCodeAt(offset) === 0x5b || text.charCodeAt(offset) === 0x7b ? 'flow collections' : 'indented block collections';
  return `${YAML_V3_DEPTH_MESSAGE} (yaml.v3, the operator's YAML library, nests ${what} at most ${YAML_V3_MAX_DEPTH} deep)`;
}

/**
 * What the `yaml` library reports for a stack overflow (RESOURCE_EXHAUSTION). On the default
 * stack the command moves to the large one; on the large one, nesting is far past yaml.v3's
 * limits (which the large stack holds with room to spare), so its message is the verdict.
 */
function exhausted(text: string, start: number): YamlProblem {
  requestDeepStack();
  const at = yamlV3FlowOverflow(text);
  if (at !== undefined) return { message: depthMessage(text, at), start: at, end: at + 1 };
  return {
    message: `nested too deep for forkspacer-def${onDeepStack ? ` even on a ${DEEP_STACK_MB} MiB stack` : ''} (a limit of this tool; yaml.v3 allows ${YAML_V3_MAX_DEPTH} flow and ${YAML_V3_MAX_DEPTH} block levels)`,
    start,
    end: start + 1,
  };
}

/** The fast path's documents, with what yaml.v3 refuses in their markers. */
function fastPath(text: string): ParsedDocument[] | null {
  const docs = FAST ? fastParseYamlStream(text) : null;
  return docs && withMarkerProblems(text, docs);
}

/** Adds yaml.v3's refusals of `...` placement (document-markers.ts) to the document holding each. */
function withMarkerProblems(text: string, docs: ParsedDocument[]): ParsedDocument[] {
  for (const problem of yamlV3MarkerProblems(text)) {
    let holder: ParsedDocument | undefined;
    for (const d of docs) if (d.start <= problem.start) holder = d;
    holder ??= docs[0];
    if (!holder) continue;
    holder.root = null;
    holder.errors.unshift(problem);
  }
  return docs;
}

/** FORKSPACER_YAML_FAST=0 turns the fast path off (to compare or to rule it out). */
const FAST = typeof process === 'undefined' || process.env.FORKSPACER_YAML_FAST !== '0';

/** YAML errors reported per document (see parseYamlStreamFull). */
export const MAX_YAML_ERRORS = 100;

/** The full path: the `yaml` library's Composer, then compose.ts. */
export function parseYamlStreamFull(text: string): ParsedDocument[] {
  const docs = parseAllDocuments(text, { schema: 'failsafe', uniqueKeys: true, prettyErrors: false, strict: true });
  const list = Array.isArray(docs) ? docs : [];
  const out: ParsedDocument[] = [];
  list.forEach((doc, index) => {
    const [start, , end] = doc.range;
    // yaml.v3 stops at its first error; the `yaml` library recovers and can report one per
    // line of a long list (200,000 findings took lint 20 s and 1 GB), so a document reports
    // at most MAX_YAML_ERRORS and then how many more there were.
    const errors: YamlProblem[] = doc.errors
      .slice(0, MAX_YAML_ERRORS)
      .map((e) => (e.code === 'RESOURCE_EXHAUSTION' ? exhausted(text, e.pos[0]) : { message: firstLine(e.message), start: e.pos[0], end: e.pos[1] }));
    if (doc.errors.length > MAX_YAML_ERRORS) {
      const last = doc.errors[MAX_YAML_ERRORS];
      const more = doc.errors.length - MAX_YAML_ERRORS;
      errors.push({ message: `and ${more} more YAML error${more === 1 ? '' : 's'} in this document (yaml.v3 stops at the first)`, start: last.pos[0], end: last.pos[1] });
    }
    let root: YNode | null = null;
    if (errors.length === 0) {
      try {
        root = composeDocument(doc);
      } catch (e) {
        if (e instanceof RangeError) errors.push(exhausted(text, start));
        else if (e instanceof ComposeError) errors.push({ message: e.message, start: e.offset, end: e.offset });
        else throw e;
      }
    }
    out.push({ index, root, start, end, errors });
  });
  // A stream of only comments or nothing has no documents; that is an empty file, not an error.
  return withMarkerProblems(text, out);
}
