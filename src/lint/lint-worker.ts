import { parentPort, workerData } from 'node:worker_threads';
import { lintPaths } from './lint-paths.ts';
import type { LintOptions } from './settings.ts';

/**
 * Worker side of the parallel lint: receives batches of file paths, lints them in this
 * thread and posts back FileResults without their source text (the main thread never
 * needs it for formatting, and copying it would cost as much as the lint).
 */
const options = (workerData as { options: LintOptions }).options;
parentPort?.on('message', async (batch: string[] | null) => {
  if (batch === null) {
    parentPort?.close();
    return;
  }
  const run = await lintPaths(batch, options, { sequential: true });
  parentPort?.postMessage({ files: run.result.files.map(({ source: _s, ...f }) => f), ioErrors: run.ioErrors });
});
