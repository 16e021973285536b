/**
 * Port of Go's text/template/template.go (Go 1.24): the public API. Parsing and execution
 * never throw: both return a result with either the value or a TemplateError carrying Go's
 * message word for word.
 *
 * Offsets: `offset` is a UTF-16 code-unit index into the template text (what JS strings and
 * the `yaml` library use), `byteOffset` is Go's byte position. `line` is 1-based, `column`
 * is 1-based in UTF-16 code units. Go's own line:col (byte-based, 0-based column) stays in
 * the message text.
 */
import type { GoValue } from '../values/go-value.ts';
import { type TemplateErrorKind, TemplateEngineError } from './errors.ts';
import { DEEP_STACK_MB, isStackOverflow, onDeepStack, requestDeepStack } from '../runtime/deep-stack.ts';
import { defaultLimits, ExecContext, type ExecLimits, type MissingKey, state, type TemplateSet } from './exec.ts';
import { builtins, type FuncDef, type GoFunc, wrapGoFunc } from './funcs.ts';
import type { ListNode } from './parse/node.ts';
import { Parse, type Tree } from './parse/parse.ts';
import { quote, utf8Len } from './strconv.ts';

export interface TemplateError {
  kind: TemplateErrorKind;
  /** Go's full error text, e.g. `template: x:1: function "lower" not defined`. */
  message: string;
  /** Name of the template that failed (the executing one for exec errors). */
  templateName: string;
  /** UTF-16 index into the template text of the failing token or node. */
  offset: number;
  /** Go's byte offset of the same place. */
  byteOffset: number;
  /** 1-based line. */
  line: number;
  /** 1-based column, in UTF-16 code units. */
  column: number;
}

export interface ParseOptions {
  /** Extra functions (the operator 0.1.24 adds randBase62). */
  funcs?: Readonly<Record<string, GoFunc>>;
  /** Go's Option("missingkey=..."); the operator uses the default. */
  missingKey?: MissingKey;
}

export interface ExecuteOptions {
  /** Output cap in UTF-8 bytes (default 1 MiB). */
  maxOutputBytes?: number;
  /** Cap on walked nodes and range iterations (default 1,000,000). */
  maxSteps?: number;
  /** Go's maxExecDepth for nested {{template}} calls (default 1000, Go's wasm value). */
  maxExecDepth?: number;
}

export type ParseResult = { ok: true; template: Template } | { ok: false; error: TemplateError };
/** On failure, `output` is what Go would have written before the error. */
export type ExecuteResult = { ok: true; output: string } | { ok: false; error: TemplateError; output: string };

/** Template is the representation of a parsed template set, named after its top-level template. */
export class Template {
  constructor(
    readonly name: string,
    readonly text: string,
    private readonly set: TemplateSet,
  ) {}

  /** The parse trees by name: the top-level template and every {{define}}/{{block}}. */
  get trees(): ReadonlyMap<string, Tree> {
    return this.set.trees;
  }

  /** The top-level template's tree. */
  get tree(): Tree | undefined {
    return this.set.trees.get(this.name);
  }

  /** Execute applies the template to the data and returns the output or Go's error. */
  execute(data: GoValue, opts: ExecuteOptions = {}): ExecuteResult {
    return this.executeTemplate(this.name, data, opts);
  }

  /** ExecuteTemplate applies the template with the given name. */
  executeTemplate(name: string, data: GoValue, opts: ExecuteOptions = {}): ExecuteResult {
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0; // engine errors are values; their stacks are never shown
    try {
      return this.run(name, data, opts);
    } finally {
      Error.stackTraceLimit = limit;
    }
  }

  private run(name: string, data: GoValue, opts: ExecuteOptions): ExecuteResult {
    const limits: ExecLimits = {
      maxOutputBytes: opts.maxOutputBytes ?? defaultLimits.maxOutputBytes,
      maxSteps: opts.maxSteps ?? defaultLimits.maxSteps,
      maxExecDepth: opts.maxExecDepth ?? defaultLimits.maxExecDepth,
    };
    const tree = this.set.trees.get(name);
    if (tree === undefined) {
      return fail(this.text, 'exec', `template: no template ${quote(name)} associated with template ${quote(this.name)}`, name, 0);
    }
    const ctx = new ExecContext(this.set, limits);
    const value = data === null ? undefined : data;
    const st = new state(ctx, name, 0, value);
    try {
      if (tree.Root === undefined) st.errorf(`${quote(name)} is an incomplete or empty template`);
      st.walk(value, tree.Root as ListNode);
      return { ok: true, output: ctx.out };
    } catch (e) {
      return { ok: false, error: toTemplateError(this.text, name, e, st.node?.pos ?? 0), output: ctx.out };
    }
  }
}

/** Parse parses text as a template body named name; {{define}}d templates join the set. */
export function parseTemplate(name: string, text: string, opts: ParseOptions = {}): ParseResult {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0; // engine errors are values; their stacks are never shown
  try {
    return parse(name, text, opts);
  } finally {
    Error.stackTraceLimit = limit;
  }
}

function parse(name: string, text: string, opts: ParseOptions): ParseResult {
  const funcs = new Map<string, FuncDef>();
  for (const [k, f] of Object.entries(opts.funcs ?? {})) funcs.set(k, wrapGoFunc(f));
  try {
    const trees = Parse(name, text, '', '', [funcs, builtins]);
    return { ok: true, template: new Template(name, text, { trees, funcs, missingKey: opts.missingKey ?? 'default' }) };
  } catch (e) {
    return { ok: false, error: toTemplateError(text, name, e, 0) };
  }
}

function toTemplateError(text: string, name: string, e: unknown, pos: number): TemplateError {
  if (e instanceof TemplateEngineError) return build(text, e.kind, e.message, e.templateName, e.pos);
  if (isStackOverflow(e)) {
    // Go's stacks grow to 1 GB: on the default stack, the command moves to a large one
    // (runtime/deep-stack.ts) rather than refuse what the operator accepts.
    requestDeepStack();
    const stack = onDeepStack ? ` even on a ${DEEP_STACK_MB} MiB stack` : '';
    return build(text, 'limit', `template: ${name}: nesting too deep for this implementation${stack} (a limit of forkspacer-def, not of Go's text/template)`, name, pos);
  }
  // Strings and arrays past V8's largest (`print $x $x` doubling): Go would run the
  // operator out of memory instead.
  if (e instanceof RangeError)
    return build(text, 'limit', `template: ${name}: a value grew too large (${e.message}; a limit of forkspacer-def, where Go would exhaust the operator's memory)`, name, pos);
  const msg = e instanceof Error ? e.message : String(e);
  return build(text, 'exec', `template: ${name}: internal error: ${msg}`, name, pos);
}

function fail(text: string, kind: TemplateErrorKind, message: string, name: string, pos: number): ExecuteResult {
  return { ok: false, error: build(text, kind, message, name, pos), output: '' };
}

function build(text: string, kind: TemplateErrorKind, message: string, templateName: string, offset: number): TemplateError {
  offset = Math.max(0, Math.min(offset, text.length));
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { kind, message, templateName, offset, byteOffset: utf8Len(text, 0, offset), line, column: offset - lineStart + 1 };
}
