import { parentPort } from 'node:worker_threads';
import { offerDeepStack } from '../runtime/deep-stack.ts';
import { lintSources, readAndLint } from './batches.ts';
import type { FirstPassEntry } from './batches.ts';
import type { ToWorker } from './parallel.ts';
import type { FileResult } from './result.ts';
import type { LintOptions } from './settings.ts';

/**
 * Worker side of the parallel lint (src/lint/batches.ts): first-pass batches of paths to read
 * and lint, second-pass batches of deferred sources. FileResults go back without their source
 * text: the main thread never needs it for formatting, and copying it would cost as much as
 * the lint.
 */
// The pool's errors reach the CLI, which reruns on a large stack for deep input.
offerDeepStack();
let options: LintOptions = {};
let maxFileBytes: number | undefined;
const withoutSource = ({ source: _s, ...f }: FileResult): FileResult => f;

async function handle(m: ToWorker): Promise<void> {
  if ('options' in m) {
    options = m.options;
    maxFileBytes = m.maxFileBytes;
  } else if ('firstPass' in m) {
    const entries = await readAndLint(m.firstPass, options, { maxFileBytes });
    parentPort?.postMessage(entries.map((e): FirstPassEntry => ('result' in e ? { result: withoutSource(e.result) } : e)));
  } else {
    parentPort?.postMessage(lintSources(m.lint, options).map(withoutSource));
  }
}

// Jobs arrive ahead of time (the pool keeps one queued): answer them one at a time, in order.
let queue = Promise.resolve();
parentPort?.on('message', (m: ToWorker) => {
  queue = queue.then(() => handle(m));
});
