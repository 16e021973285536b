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
  /** Lint on this thread only (tests may use it). */
  sequential?: boolean;
  /** Fetching Module sources; without it, httpURL and cluster sources stay unresolved. */
  sources?: SourceOptions;
}

const CROSS_DOCUMENT_KINDS = /\bkind:\s*["']?(Module|ConfigMap|Workspace)\b/;

interface PreparedRun {
  options: LintOptions;
  /** Definitions fetched for Modules, linted as results of their own (after the inputs). */
  fetched: FileResult[];
}

/**
 * Cross-document Module checks need every Module, ConfigMap and Workspace of the run, and
 * Module sources (and, with --cluster, Workspaces) fetched before the synchronous checks.
 * Runs only when a Module is present.
 */
async function prepareRun(sources: readonly SourceFile[], options: LintOptions, io: RunOptions): Promise<PreparedRun> {
  if (options.moduleRun || !sources.some((s) => s.text !== undefined && /\bkind:\s*["']?Module\b/.test(s.text))) return { options, fetched: [] };
  const files = sources.filter((s): s is SourceFile & { text: string } => s.text !== undefined && CROSS_DOCUMENT_KINDS.test(s.text));
  const { buildRunIndex, resolveSources, unresolvedRefs } = await import('../module/index.ts');
  const moduleRun = buildRunIndex(files.map((f) => ({ file: f.path, text: f.text })));
  const refs = unresolvedRefs(moduleRun);
  if (!io.sources || (io.sources.offline && !io.sources.cluster) || refs.length === 0) return { options: { ...options, moduleRun }, fetched: [] };
  const { createResolver } = await import('../sources/resolver.ts');
  const resolver = createResolver(io.sources);
  let moduleSources;
  try {
    moduleSources = await resolveSources(refs, resolver);
  } finally {
    await resolver.close();
  }
  const { lintFetchedDefinitions } = await import('./fetched-definitions.ts');
  return { options: { ...options, moduleRun, moduleSources }, fetched: lintFetchedDefinitions(moduleRun, moduleSources, options) };
}

export async function lintPaths(paths: readonly string[], options: LintOptions = {}, io: RunOptions = {}): Promise<LintRun> {
  const readOptions = { maxFileBytes: options.maxFileBytes, ...io };
  let sources: SourceFile[];
  let lint: (sources: SourceFile[], options: LintOptions) => Promise<FileResult[]>;
  let close: (() => Promise<void>) | undefined;
  const files = !io.sequential && !paths.includes('-') ? await expandPaths(paths) : [];
  if (files.length >= PARALLEL_THRESHOLD) {
    // Workers boot while this thread reads every file: the cross-document index needs them all.
    const { startLintPool } = await import('./parallel.ts');
    const pool = startLintPool(files.length);
    try {
      sources = await loadSources(paths, readOptions);
    } catch (e) {
      await pool.close();
      throw e;
    }
    lint = (s, o) => pool.lint(s, o, lintSources);
    close = () => pool.close();
  } else {
    sources = await loadSources(paths, readOptions);
    lint = async (s, o) => lintSources(s, o);
  }
  const ioErrors = sources.filter((s) => s.ioError !== undefined).map((s) => ({ path: s.path, message: s.ioError as string }));
  try {
    const prepared = await prepareRun(sources, options, io);
    const results = await lint(
      sources.filter((s) => s.ioError === undefined),
      prepared.options,
    );
    return { result: summarize([...results, ...prepared.fetched]), ioErrors };
  } finally {
    // Idle workers would keep the process alive after an error.
    await close?.();
  }
}

/** Lints readable sources on this thread (a worker runs the same on its batches). */
export function lintSources(sources: readonly SourceFile[], options: LintOptions): FileResult[] {
  const files: FileResult[] = [];
  for (const s of sources) {
    if (s.ioError !== undefined) continue;
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
  return files;
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
