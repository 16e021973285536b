import { parentPort } from 'node:worker_threads';
import { deepStackArgv } from '../runtime/deep-stack.ts';
import { main } from './main.ts';

// The executable's entry (bundled to dist/cli.cjs and loaded by bin/forkspacer-def), also on
// the large-stack thread that reruns a command whose input nests deeply (runtime/deep-stack.ts).
const deepArgv = deepStackArgv();
void main(deepArgv ?? process.argv).then((code) => {
  if (deepArgv) parentPort?.postMessage({ exitCode: code });
  else process.exitCode = code;
});
