import { parentPort } from 'node:worker_threads';
import { lintSources } from './lint-paths.ts';
import type { ToWorker } from './parallel.ts';
import type { LintOptions } from './settings.ts';

/**
 * Worker side of the parallel lint: receives the run's options (with its cross-document
 * index and fetched sources), then batches of already-read sources; lints each batch in this
 * thread and posts back FileResults without their source text (the main thread has it).
 */
let options: LintOptions = {};
parentPort?.on('message', (m: ToWorker) => {
  if (m === null) {
    parentPort?.close();
    return;
  }
  if ('options' in m) {
    options = m.options;
    return;
  }
  parentPort?.postMessage(lintSources(m.batch, options).map(({ source: _s, ...f }) => f));
});
