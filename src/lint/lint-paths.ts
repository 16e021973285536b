import { expandPaths, loadSources } from '../load/sources.ts';
import type { SourceFile } from '../load/sources.ts';
import type { ExpandOptions } from '../load/sources.ts';
import { CROSS_DOCUMENT_KINDS, lintSources, readAndLint } from './batches.ts';
import type { FileResult, LintResult } from './result.ts';
import type { LintOptions, SourceOptions } from './settings.ts';
import type { ResolvedSources } from './lint-module.ts';

export interface LintRun {
  result: LintResult;
  /** Paths that could not be read: the CLI exits 2 after reporting the rest. */
  ioErrors: { path: string; message: string }[];
}

/** Below this many files a worker's start-up costs more than it saves. */
export const PARALLEL_THRESHOLD = 400;

export interface RunOptions extends ExpandOptions {
  /** Lint on this thread only, in one pass (publish and tests use it). */
  sequential?: boolean;
  /** Fetching Module sources; without it, httpURL and cluster sources stay unresolved. */
  sources?: SourceOptions;
}

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
  const { buildRunIndex, resolveSources, unresolvedRefs } = await import('./lint-module.ts');
  const moduleRun = buildRunIndex(files.map((f) => ({ file: f.path, text: f.text })));
  const refs = unresolvedRefs(moduleRun);
  if (!io.sources || (io.sources.offline && !io.sources.cluster) || refs.length === 0) return { options: { ...options, moduleRun }, fetched: [] };
  const { createResolver } = await import('../sources/resolver.ts');
  const resolver = createResolver(io.sources);
  let moduleSources: ResolvedSources;
  try {
    moduleSources = await resolveSources(refs, resolver);
  } finally {
    await resolver.close();
  }
  const { lintFetchedDefinitions } = await import('./fetched-definitions.ts');
  const fetched = lintFetchedDefinitions(moduleRun, moduleSources, options);
  return { options: { ...options, moduleRun, moduleSources: { ...moduleSources, definitionErrors: fetched.errors } }, fetched: fetched.results };
}

export async function lintPaths(paths: readonly string[], options: LintOptions = {}, io: RunOptions = {}): Promise<LintRun> {
  const files = !io.sequential && !paths.includes('-') ? await expandPaths(paths) : [];
  if (files.length >= PARALLEL_THRESHOLD) return lintInParallel(files, options, io);
  const sources = await loadSources(paths, { maxFileBytes: options.maxFileBytes, ...io });
  const ioErrors = sources.filter((s) => s.ioError !== undefined).map((s) => ({ path: s.path, message: s.ioError as string }));
  const prepared = await prepareRun(sources, options, io);
  return { result: summarize([...lintSources(sources, prepared.options), ...prepared.fetched]), ioErrors };
}

/**
 * Lints texts already in memory (an editor's buffers, `lint --fix` between passes) the way
 * lintPaths lints them from disk: the same cross-document Module checks and source fetching.
 */
export async function lintTexts(sources: readonly SourceFile[], options: LintOptions = {}, io: RunOptions = {}): Promise<LintResult> {
  const prepared = await prepareRun(sources, options, io);
  return summarize([...lintSources(sources, prepared.options), ...prepared.fetched]);
}

/** Many files: the two passes of src/lint/batches.ts on worker threads and this one. */
async function lintInParallel(files: readonly string[], options: LintOptions, io: RunOptions): Promise<LintRun> {
  const { BATCH, startLintPool } = await import('./parallel.ts');
  const pool = startLintPool(files.length);
  const read = { maxFileBytes: options.maxFileBytes };
  const chunks = <T>(xs: readonly T[]): T[][] => Array.from({ length: Math.ceil(xs.length / BATCH) }, (_, i) => xs.slice(i * BATCH, (i + 1) * BATCH));
  try {
    pool.setOptions(options, read.maxFileBytes);
    const first = (
      await pool.run(
        chunks(files),
        (b) => ({ firstPass: b }),
        (b) => readAndLint(b, options, read),
      )
    ).flat();
    const deferred = first.flatMap((e) => ('deferred' in e ? [e.deferred] : []));
    const prepared = await prepareRun(deferred, options, io);
    pool.setOptions(prepared.options, read.maxFileBytes);
    const second = (
      await pool.run(
        chunks(deferred),
        (b) => ({ lint: b }),
        (b) => lintSources(b, prepared.options),
      )
    ).flat();
    const byPath = new Map(second.map((r) => [r.file, r]));
    const results = first.flatMap((e) => ('result' in e ? [e.result] : 'deferred' in e ? [byPath.get(e.deferred.path)].filter((r) => r !== undefined) : []));
    const ioErrors = first.flatMap((e) => ('ioError' in e ? [e.ioError] : []));
    return { result: summarize([...results, ...prepared.fetched]), ioErrors };
  } finally {
    await pool.close();
  }
}

export function summarize(files: FileResult[]): LintResult {
  let errorCount = 0;
  let warningCount = 0;
  let documentCount = 0;
  let skippedCount = 0;
  for (const f of files) {
    for (const x of f.findings) {
      if (x.severity === 'error') errorCount++;
      else warningCount++;
    }
    documentCount += f.documents.length;
    skippedCount += f.documents.filter((d) => d.kind === 'skipped').length;
  }
  return { files, errorCount, warningCount, documentCount, skippedCount };
}
