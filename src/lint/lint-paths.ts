import { expandPaths, loadSources } from '../load/sources.ts';
import type { ExpandOptions } from '../load/sources.ts';
import { coreRules } from './core-rules.ts';
import { lintText } from './lint-text.ts';
import type { FileResult, LintResult } from './result.ts';
import { effectiveSeverity } from './settings.ts';
import type { LintOptions } from './settings.ts';

export interface LintRun {
  result: LintResult;
  /** Paths that could not be read: the CLI exits 2 after reporting the rest. */
  ioErrors: { path: string; message: string }[];
}

/** Below this many files a worker's start-up costs more than it saves. */
export const PARALLEL_THRESHOLD = 400;

export interface RunOptions extends ExpandOptions {
  /** Lint on this thread only (workers use it; tests may too). */
  sequential?: boolean;
}

export async function lintPaths(paths: readonly string[], options: LintOptions = {}, io: RunOptions = {}): Promise<LintRun> {
  if (!io.sequential && !paths.includes('-')) {
    const files = await expandPaths(paths);
    if (files.length >= PARALLEL_THRESHOLD) {
      const { lintInParallel } = await import('./parallel.ts');
      const out = await lintInParallel(files, options, async (batch) => {
        const r = await lintPaths(batch, options, { ...io, sequential: true });
        return { files: r.result.files, ioErrors: r.ioErrors };
      });
      return { result: summarize(out.files), ioErrors: out.ioErrors };
    }
  }
  const sources = await loadSources(paths, { maxFileBytes: options.maxFileBytes, ...io });
  const files: FileResult[] = [];
  const ioErrors: LintRun['ioErrors'] = [];
  for (const s of sources) {
    if (s.ioError) {
      ioErrors.push({ path: s.path, message: s.ioError });
      continue;
    }
    if (s.contentError || s.text === undefined) {
      const severity = effectiveSeverity(coreRules.fileContent.id, coreRules.fileContent.severity, options);
      if (severity === 'off') continue;
      files.push({
        file: s.path,
        documents: [],
        findings: [
          {
            ruleId: coreRules.fileContent.id,
            severity,
            message: `${s.contentError ?? 'unreadable'}; the file was not linted`,
            file: s.path,
            range: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } },
          },
        ],
      });
      continue;
    }
    files.push(lintText(s.path, s.text, options));
  }
  return { result: summarize(files), ioErrors };
}

export function summarize(files: FileResult[]): LintResult {
  let errorCount = 0;
  let warningCount = 0;
  let documentCount = 0;
  let skippedCount = 0;
  for (const f of files) {
    for (const x of f.findings) x.severity === 'error' ? errorCount++ : warningCount++;
    documentCount += f.documents.length;
    skippedCount += f.documents.filter((d) => d.kind === 'skipped').length;
  }
  return { files, errorCount, warningCount, documentCount, skippedCount };
}
