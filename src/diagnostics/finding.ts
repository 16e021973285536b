/** A finding as rules and engines report it: a rule id, a severity, a message and a place. */
export type Severity = 'error' | 'warning';
export type SeveritySetting = Severity | 'off';

/** 1-based line and column, computed once from byte offsets when a finding is built. */
export interface Position {
  line: number;
  column: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  file: string;
  range: Range;
  /** Path of the node inside the document, e.g. `spec.values[1].raw.replica`. */
  path?: string;
}

/** A place inside a source text, as offsets; resolved to line/column only when reported. */
export interface SourceSpan {
  start: number;
  end: number;
}
