import { expandPaths, loadSources } from '../load/sources.ts';
import type { SourceFile } from '../load/sources.ts';
import type { ExpandOptions } from '../load/sources.ts';
import { coreRules } from './core-rules.ts';
import { lintText } from './lint-text.ts';
import type { FileResult, LintResult } from './result.ts';
import { effectiveSeverity } from './settings.ts';
import type { LintOptions, SourceOptions } from './settings.ts';

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
  /** Fetching Module sources; without it, httpURL and cluster sources stay unresolved. */
  sources?: SourceOptions;
}

const CROSS_DOCUMENT_KINDS = /\bkind:\s*["']?(Module|ConfigMap|Workspace)\b/;

/**
 * Cross-document Module checks need every Module, ConfigMap and Workspace of the run, and
 * Module sources fetched before the (synchronous) checks. Runs only when a Module is present.
 */
async function withModuleRun(sources: readonly SourceFile[], options: LintOptions, io: RunOptions): Promise<LintOptions> {
  if (options.moduleRun || !sources.some((s) => s.text !== undefined && /\bkind:\s*["']?Module\b/.test(s.text))) return options;
  const files = sources.filter((s): s is SourceFile & { text: string } => s.text !== undefined && CROSS_DOCUMENT_KINDS.test(s.text));
  const { buildRunIndex, resolveSources, unresolvedRefs } = await import('../module/index.ts');
  const moduleRun = buildRunIndex(files.map((f) => ({ file: f.path, text: f.text })));
  const refs = unresolvedRefs(moduleRun);
  if (!io.sources || (io.sources.offline && !io.sources.cluster) || refs.length === 0) return { ...options, moduleRun };
  const { createResolver } = await import('../sources/resolver.ts');
  const resolver = createResolver(io.sources);
  try {
    return { ...options, moduleRun, moduleSources: await resolveSources(refs, resolver) };
  } finally {
    await resolver.close();
  }
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
  options = await withModuleRun(sources, options, io);
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
