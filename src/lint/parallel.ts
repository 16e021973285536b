import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { SourceFile } from '../load/sources.ts';
import { onDeepStack } from '../runtime/deep-stack.ts';
import type { LintOptions } from './settings.ts';

export const BATCH = 50;

/** What a worker is sent: the run's options (again when they change), then jobs. */
export type ToWorker = { options: LintOptions; maxFileBytes?: number } | { firstPass: string[] } | { lint: SourceFile[] };

export interface LintPool {
  /** Options for the jobs that follow (the second pass brings the run's cross-document index). */
  setOptions(options: LintOptions, maxFileBytes?: number): void;
  /**
   * Runs `jobs` on the workers (as `message(job)`) and on this thread (`here(job)`), whichever is
   * free, and returns the answers in job order.
   */
  run<J, R>(jobs: readonly J[], message: (job: J) => ToWorker, here: (job: J) => R | Promise<R>): Promise<R[]>;
  close(): Promise<void>;
}

/**
 * Starts worker threads for `fileCount` files: one per core beyond the first (this thread works
 * too), none when a single batch would do.
 */
export function startLintPool(fileCount: number): LintPool {
  // Bundled, the worker is dist/lint-worker.cjs beside the CLI. Run from the TypeScript sources
  // (tests through tsx) there is none: Node 20 workers do not take tsx's `--import`, so this
  // thread works alone; the built CLI's tests cover the workers.
  const fromSource = import.meta.url.endsWith('.ts');
  const count = fromSource || onDeepStack ? 0 : Math.max(0, Math.min(availableParallelism() - 1, Math.ceil(fileCount / BATCH) - 1, 7));
  const workerUrl = new URL('./lint-worker.cjs', import.meta.url);
  const workers = Array.from({ length: count }, () => new Worker(workerUrl));

  return {
    setOptions(options, maxFileBytes) {
      for (const w of workers) w.postMessage({ options, maxFileBytes } satisfies ToWorker);
    },
    async run<J, R>(jobs: readonly J[], message: (job: J) => ToWorker, here: (job: J) => R | Promise<R>): Promise<R[]> {
      const results = new Array<R>(jobs.length);
      let next = 0;
      const take = (): number => (next < jobs.length ? next++ : -1);
      // Each worker has one job queued behind the one it works on, so it never waits for this
      // thread to finish a job of its own before it gets the next.
      const onWorkers = workers.map(
        (w) =>
          new Promise<void>((resolve, reject) => {
            const inFlight: number[] = [];
            const send = (): void => {
              const i = take();
              if (i === -1) return;
              inFlight.push(i);
              w.postMessage(message(jobs[i]));
            };
            const done = (e?: Error): void => {
              w.off('message', onMessage);
              w.off('error', done);
              if (e) reject(e);
              else resolve();
            };
            const onMessage = (answer: R): void => {
              results[inFlight.shift() as number] = answer;
              send();
              if (inFlight.length === 0) done();
            };
            w.on('message', onMessage);
            w.on('error', done);
            send();
            send();
            if (inFlight.length === 0) done();
          }),
      );
      const onThisThread = (async () => {
        for (let i = take(); i !== -1; i = take()) {
          results[i] = await here(jobs[i]);
          // Let the workers' answers in between jobs.
          await new Promise((r) => setImmediate(r));
        }
      })();
      await Promise.all([...onWorkers, onThisThread]);
      return results;
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
