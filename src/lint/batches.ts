/**
 * The units of work of a lint run, the same on the main thread and on worker threads.
 *
 * A large run is linted in two passes. The first reads and lints files in batches; a file that
 * mentions a Module, ConfigMap or Workspace is only read, and handed back ("deferred"), because
 * Module checks need every such document of the run. The second pass lints the deferred files
 * once the main thread has indexed them and fetched what their Modules name. Files of neither
 * kind, usually nearly all, are read and linted in one go on the thread that has them.
 */
import { ruleMessage } from '../diagnostics/rule-message.ts';
import { loadSources } from '../load/sources.ts';
import type { ExpandOptions, SourceFile } from '../load/sources.ts';
import { coreRules } from '../rules/core-rules.ts';
import { lintText } from './lint-text.ts';
import type { FileResult } from './result.ts';
import { effectiveSeverity } from '../diagnostics/severity.ts';
import type { LintOptions } from './settings.ts';

/** Documents that take part in the cross-document Module checks. */
export const CROSS_DOCUMENT_KINDS = /\bkind:\s*["']?(Module|ConfigMap|Workspace)\b/;

export type FirstPassEntry = { result: FileResult } | { deferred: SourceFile } | { ioError: { path: string; message: string } };

/** First pass over `paths`: read each, lint it unless it is cross-document. */
export async function readAndLint(paths: readonly string[], options: LintOptions, read: ExpandOptions): Promise<FirstPassEntry[]> {
  const sources = await loadSources(paths, read);
  return sources.flatMap((s): FirstPassEntry[] => {
    if (s.ioError !== undefined) return [{ ioError: { path: s.path, message: s.ioError } }];
    if (s.text !== undefined && CROSS_DOCUMENT_KINDS.test(s.text)) return [{ deferred: s }];
    const result = lintSource(s, options);
    return result ? [{ result }] : [];
  });
}

/** Lints readable sources (a worker runs the same on its batches). */
export function lintSources(sources: readonly SourceFile[], options: LintOptions): FileResult[] {
  const files: FileResult[] = [];
  for (const s of sources) {
    const r = lintSource(s, options);
    if (r) files.push(r);
  }
  return files;
}

/** undefined: nothing to report (an I/O error, reported apart, or file-content turned off). */
function lintSource(s: SourceFile, options: LintOptions): FileResult | undefined {
  if (s.ioError !== undefined) return undefined;
  if (s.contentError || s.text === undefined) {
    const severity = effectiveSeverity(coreRules.fileContent.id, coreRules.fileContent.severity, options);
    if (severity === 'off') return undefined;
    return {
      file: s.path,
      documents: [],
      findings: [
        {
          ruleId: coreRules.fileContent.id,
          severity,
          message: ruleMessage(coreRules.fileContent, { messageId: 'notLinted', data: { problem: s.contentError ?? 'unreadable' } }),
          file: s.path,
          range: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } },
        },
      ],
    };
  }
  return lintText(s.path, s.text, options);
}
