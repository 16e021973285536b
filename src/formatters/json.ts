/**
 * `json`: a stable, machine-readable report, pretty-printed with two spaces and ending in a
 * newline. The shape is {@link JsonReport}; `version` is the version of this shape (not of the
 * tool) and only changes, to 2, if a field is removed or its meaning changes. New fields may
 * be added within version 1. Optional facts are always present, as `null` when unknown, so
 * consumers never have to tell a missing key from a missing value.
 *
 *   {
 *     "version": 1,
 *     "tool": { "name": "forkspacer-def", "version": "0.1.0" },
 *     "summary": { "errorCount": 1, "warningCount": 0, "documentCount": 2, "skippedCount": 1 },
 *     "files": [
 *       {
 *         "file": "defs/app.yaml",
 *         "fetchedFor": null,
 *         "documents": [
 *           { "index": 0, "kind": "definition", "dialect": "helm-chart", "name": "redis",
 *             "acceptedOperatorVersions": ["0.1.20", "0.1.24"] }
 *         ],
 *         "findings": [
 *           { "ruleId": "required-field", "severity": "error", "message": "...",
 *             "line": 3, "column": 7, "endLine": 3, "endColumn": 12, "path": "spec.chart" }
 *         ]
 *       }
 *     ]
 *   }
 *
 * Files appear in the order linted, clean ones included, then the definitions fetched for
 * Modules (`fetchedFor` lists the Modules that name each); findings in the order reported.
 * `file` is relative to the cwd with `/` separators (`<stdin>` and fetched names as is; a file
 * outside the cwd starts with `../`). Positions are 1-based; `endColumn` is exclusive (the column just after
 * the range), columns count UTF-16 code units. The source text is never included.
 */
import type { FormatContext, DocumentKind, LintResult } from '../lint/result.ts';
import type { Severity } from '../diagnostics/finding.ts';
import { portablePath } from './paths.ts';

export const JSON_FORMAT_VERSION = 1;

export interface JsonReport {
  version: typeof JSON_FORMAT_VERSION;
  tool: { name: 'forkspacer-def'; version: string };
  summary: { errorCount: number; warningCount: number; documentCount: number; skippedCount: number };
  files: JsonFile[];
}

export interface JsonFile {
  /** A path, or for a definition fetched for Modules its URL or `cluster:configmaps/<ns>/<name>/<key>`. */
  file: string;
  /** For a fetched definition, the Modules that name it (positions of their source reference); else `null`. */
  fetchedFor: { file: string; line: number; column: number; module: string }[] | null;
  documents: JsonDocument[];
  findings: JsonFinding[];
}

export interface JsonDocument {
  /** 0-based index in the file's YAML stream. */
  index: number;
  kind: DocumentKind;
  dialect: string | null;
  name: string | null;
  /** `null`: not computed; `[]`: computed, and no known operator release accepts it. */
  acceptedOperatorVersions: string[] | null;
}

export interface JsonFinding {
  ruleId: string;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** Path of the node in the document, e.g. `spec.values[1].raw.replica`, or `null`. */
  path: string | null;
}

export function toJsonReport(result: LintResult, ctx: FormatContext): JsonReport {
  return {
    version: JSON_FORMAT_VERSION,
    tool: { name: 'forkspacer-def', version: ctx.toolVersion },
    summary: {
      errorCount: result.errorCount,
      warningCount: result.warningCount,
      documentCount: result.documentCount,
      skippedCount: result.skippedCount,
    },
    files: result.files.map((f) => ({
      file: portablePath(f.file, ctx.cwd),
      fetchedFor: f.fetchedFor ? f.fetchedFor.map((r) => ({ ...r, file: portablePath(r.file, ctx.cwd) })) : null,
      documents: f.documents.map((d) => ({
        index: d.index,
        kind: d.kind,
        dialect: d.dialect ?? null,
        name: d.name ?? null,
        acceptedOperatorVersions: d.acceptedOperatorVersions ? [...d.acceptedOperatorVersions] : null,
      })),
      findings: f.findings.map((x) => ({
        ruleId: x.ruleId,
        severity: x.severity,
        message: x.message,
        line: x.range.start.line,
        column: x.range.start.column,
        endLine: x.range.end.line,
        endColumn: x.range.end.column,
        path: x.path ?? null,
      })),
    })),
  };
}

export function json(result: LintResult, ctx: FormatContext): string {
  return `${JSON.stringify(toJsonReport(result, ctx), null, 2)}\n`;
}
