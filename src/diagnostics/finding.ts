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
  /** The one safe edit that resolves the finding, when there is one (`lint --fix`, editor quick fixes). */
  fix?: Fix;
  /**
   * The range as offsets into the file's text (UTF-16), kept by engines whose findings another
   * engine reports again (render inside a Module rule, inside migrate), so nobody turns a line
   * and column back into an offset. Not part of any output format.
   */
  offsets?: { start: number; end: number };
}

/** Replace `start`..`end` (UTF-16 offsets into the file's text) with `text`; start = end inserts. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

export interface Fix {
  /** What the fix does, as a quick fix title: `rename "chartname" to "chartName"`. */
  description: string;
  edits: TextEdit[];
}

/** A place inside a source text, as offsets; resolved to line/column only when reported. */
export interface SourceSpan {
  start: number;
  end: number;
}
