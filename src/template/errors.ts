/**
 * Typed errors thrown inside the template engine (Go panics with error values, recovered at
 * the public entry). Each carries Go's full message, the template name and the position
 * (UTF-16 index into the template text) of the failing token or node.
 *
 * They are not Error subclasses: they never leave the engine (parseTemplate and execute
 * return them as values), and building an Error (its stack) costs several times more than
 * the throw, which matters because most templates a linter sees in bulk fail somewhere.
 */

export type TemplateErrorKind = 'parse' | 'exec' | 'limit';

export class TemplateEngineError {
  constructor(
    readonly kind: TemplateErrorKind,
    /** Go's full error text. */
    readonly message: string,
    /** The template name (Go's ParseName for parse errors, the executing template for exec errors). */
    readonly templateName: string,
    /** UTF-16 index into the template text. */
    readonly pos: number,
  ) {}

  get name(): string {
    return this.kind === 'parse' ? 'ParseError' : 'ExecError';
  }

  toString(): string {
    return `${this.name}: ${this.message}`;
  }
}

/** A parse error: Go's "template: name:line: ..." text. */
export function ParseError(message: string, templateName: string, pos: number): TemplateEngineError {
  return new TemplateEngineError('parse', message, templateName, pos);
}

/** An execution error: Go's ExecError text "template: name:line:col: executing ...". */
export function ExecError(message: string, templateName: string, pos: number, kind: TemplateErrorKind = 'exec'): TemplateEngineError {
  return new TemplateEngineError(kind, message, templateName, pos);
}
