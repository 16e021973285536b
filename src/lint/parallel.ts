import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { FileResult } from './result.ts';
import type { LintOptions } from './settings.ts';

const BATCH = 100;

export interface ParallelOutcome {
  files: FileResult[];
  ioErrors: { path: string; message: string }[];
}

/**
 * Lints files on worker threads (one per core beyond the first; the main thread works too
 * by taking batches itself), keeping results in input order.
 */
export async function lintInParallel(
  paths: readonly string[],
  options: LintOptions,
  lintBatch: (batch: string[]) => Promise<ParallelOutcome>,
): Promise<ParallelOutcome> {
  const workers = Math.max(0, Math.min(availableParallelism() - 1, Math.ceil(paths.length / BATCH) - 1, 7));
  const batches: string[][] = [];
  for (let i = 0; i < paths.length; i += BATCH) batches.push(paths.slice(i, i + BATCH));
  const results: ParallelOutcome[] = new Array<ParallelOutcome>(batches.length);
  let next = 0;
  const take = (): number => (next < batches.length ? next++ : -1);

  const here = import.meta.url;
  const fromSource = here.endsWith('.ts');
  // From source the worker runs through tsx; bundled, it is dist/lint-worker.cjs beside the CLI.
  const workerUrl = new URL(fromSource ? './lint-worker.ts' : './lint-worker.cjs', here);
  const pool = Array.from({ length: workers }, () =>
    new Promise<void>((resolve, reject) => {
      const w = new Worker(workerUrl, { workerData: { options }, execArgv: fromSource ? ['--import', 'tsx'] : [] });
      let current = -1;
      const feed = () => {
        current = take();
        w.postMessage(current === -1 ? null : batches[current]);
      };
      w.on('message', (m: ParallelOutcome) => {
        results[current] = m;
        feed();
      });
      w.on('error', reject);
      w.on('exit', () => resolve());
      feed();
    }),
  );
  const mainThread = (async () => {
    for (let i = take(); i !== -1; i = take()) results[i] = await lintBatch(batches[i]);
  })();
  await Promise.all([...pool, mainThread]);
  return { files: results.flatMap((r) => r.files), ioErrors: results.flatMap((r) => r.ioErrors) };
}
