/**
 * Typed errors thrown inside the template engine (Go panics with error values, recovered at
 * the public entry). Each carries Go's full message, the template name and the position
 * (UTF-16 index into the template text) of the failing token or node.
 */

export type TemplateErrorKind = 'parse' | 'exec' | 'limit';

export class TemplateEngineError extends Error {
  constructor(
    readonly kind: TemplateErrorKind,
    message: string,
    /** The template name (Go's ParseName for parse errors, the executing template for exec errors). */
    readonly templateName: string,
    /** UTF-16 index into the template text. */
    readonly pos: number,
  ) {
    super(message);
  }
}

/** A parse error: Go's "template: name:line: ..." text. */
export class ParseError extends TemplateEngineError {
  constructor(message: string, templateName: string, pos: number) {
    super('parse', message, templateName, pos);
  }
}

/** An execution error: Go's ExecError text "template: name:line:col: executing ...". */
export class ExecError extends TemplateEngineError {
  constructor(message: string, templateName: string, pos: number, kind: TemplateErrorKind = 'exec') {
    super(kind, message, templateName, pos);
  }
}
