'use strict';
// Runs bin/forkspacer-def (argv[2]) with the rest of the arguments and, at exit, writes the
// process's resource usage (peak resident memory of all its threads) to file descriptor 3,
// for the fuzzer's memory bound (test/fuzz/harness.ts).
const { writeSync } = require('node:fs');
const bin = process.argv[2];
process.argv.splice(1, 2, bin);
process.on('exit', () => {
  try {
    writeSync(3, JSON.stringify(process.resourceUsage()));
  } catch {}
});
require(bin);
