import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';

// A short fixed-seed run of the fuzzing campaign (npm run fuzz runs the long one): mutated
// fixtures through every command that reads user files, in process and through the built CLI.
// It runs as its own process: the in-process runs capture standard output, which under the
// test runner would also catch the runner's own messages.
test('fuzz: a short seeded campaign keeps every property', () => {
  const root = join(import.meta.dirname, '..', '..');
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'test/fuzz/run.ts', '--seed', '20261205', '--runs', '5', '--built-every', '5'], { cwd: root, encoding: 'utf8', timeout: 120_000 });
  assert.equal(r.status, 0, `${r.stderr}\n${r.stdout}`);
  const report = JSON.parse(r.stdout) as { inputs: number; runsPerCommand: Record<string, { inProcess: number; built: number }> };
  assert.equal(report.inputs, 5);
  for (const [command, n] of Object.entries(report.runsPerCommand)) {
    assert.ok(n.inProcess >= 10, `${command} ran ${n.inProcess} times in process`);
    assert.ok(n.built >= 1, `${command} ran ${n.built} times built`);
  }
});
