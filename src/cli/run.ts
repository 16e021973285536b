import { main } from './main.ts';

// The executable's entry (bundled to dist/cli.cjs and loaded by bin/forkspacer-def).
void main(process.argv).then((code) => {
  process.exitCode = code;
});
