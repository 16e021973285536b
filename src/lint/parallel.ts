import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { SourceFile } from '../load/sources.ts';
import type { FileResult } from './result.ts';
import type { LintOptions } from './settings.ts';

const BATCH = 100;

/** What a worker is sent: the run's options once, then batches of sources, then null. */
export type ToWorker = { options: LintOptions } | { batch: SourceFile[] } | null;

export interface LintPool {
  /**
   * Lints `sources` in batches on the workers and on this thread (`lintHere`), keeping results
   * in input order; the workers exit when it is done.
   */
  lint(sources: readonly SourceFile[], options: LintOptions, lintHere: (batch: SourceFile[], options: LintOptions) => FileResult[]): Promise<FileResult[]>;
  close(): Promise<void>;
}

/**
 * Starts the worker threads for `fileCount` files (one per core beyond the first, none when a
 * single batch would do) so they boot while the caller reads the files.
 */
export function startLintPool(fileCount: number): LintPool {
  // Bundled, the worker is dist/lint-worker.cjs beside the CLI. Run from the TypeScript sources
  // (tests through tsx) there is none: Node 20 workers do not take tsx's `--import`, so this
  // thread lints alone; the built CLI's tests cover the workers.
  const fromSource = import.meta.url.endsWith('.ts');
  const count = fromSource ? 0 : Math.max(0, Math.min(availableParallelism() - 1, Math.ceil(fileCount / BATCH) - 1, 7));
  const workerUrl = new URL('./lint-worker.cjs', import.meta.url);
  const workers = Array.from({ length: count }, () => new Worker(workerUrl));

  return {
    async lint(sources, options, lintHere) {
      const batches: SourceFile[][] = [];
      for (let i = 0; i < sources.length; i += BATCH) batches.push(sources.slice(i, i + BATCH));
      const results = new Array<FileResult[]>(batches.length);
      let next = 0;
      const take = (): number => (next < batches.length ? next++ : -1);
      const onWorkers = workers.map(
        (w) =>
          new Promise<void>((resolve, reject) => {
            let current = -1;
            const send = (m: ToWorker) => w.postMessage(m);
            const feed = () => {
              current = take();
              send(current === -1 ? null : { batch: batches[current] });
            };
            w.on('message', (files: FileResult[]) => {
              // The worker drops source texts (copying them back costs as much as the lint); this thread has them.
              const texts = new Map(batches[current].map((s) => [s.path, s.text]));
              results[current] = files.map((f) => ({ ...f, source: texts.get(f.file) }));
              feed();
            });
            w.on('error', reject);
            w.on('exit', () => resolve());
            send({ options });
            feed();
          }),
      );
      const onThisThread = (async () => {
        for (let i = take(); i !== -1; i = take()) {
          results[i] = lintHere(batches[i], options);
          // Let the workers' answers in between batches.
          await new Promise((r) => setImmediate(r));
        }
      })();
      await Promise.all([...onWorkers, onThisThread]);
      return results.flat();
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
