/** Findings to LSP diagnostics, unchanged: same rule id (code), severity, range and message. */
import type { Diagnostic, Range } from 'vscode-languageserver';
import { DiagnosticSeverity } from 'vscode-languageserver';
import type { Finding } from '../diagnostics/finding.ts';

export const SOURCE = 'forkspacer-def';

/** Findings are 1-based with UTF-16 columns; LSP positions are 0-based UTF-16. */
export function findingRange(f: Finding): Range {
  return {
    start: { line: f.range.start.line - 1, character: f.range.start.column - 1 },
    end: { line: f.range.end.line - 1, character: f.range.end.column - 1 },
  };
}

export function toDiagnostic(f: Finding): Diagnostic {
  return {
    range: findingRange(f),
    severity: f.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    code: f.ruleId,
    source: SOURCE,
    message: f.message,
  };
}
