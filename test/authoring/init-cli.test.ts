import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { register } from '../../src/cli/commands/init.ts';
import { runCommand } from '../support/run-command.ts';
import { lintText } from '../../src/lint/lint-text.ts';

/**
 * The init command as main.ts registers it, run in this process in a scratch directory, with
 * main's exit-status handling (UsageError and commander errors are 2) and its output captured.
 * Standard input is not a terminal here, so init must never prompt.
 */
const dir = mkdtempSync(join(tmpdir(), 'forkspacer-init-'));
const home = process.cwd();
Object.defineProperty(process.stdin, 'isTTY', { value: false, configurable: true });
process.chdir(dir);
after(() => {
  process.chdir(home);
  rmSync(dir, { recursive: true, force: true });
});

const init = (...args: string[]) => runCommand(register, 'init', args);

test('init writes <name>.yaml in the working directory, and it lints clean', async () => {
  const r = await init('helm', 'web');
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, 'wrote web.yaml: Helm, chart object (spec.chart.repo|configMap|git), for operator 0.1.12–0.1.20\n');
  const text = readFileSync(join(dir, 'web.yaml'), 'utf8');
  assert.match(text, /^# yaml-language-server: \$schema=https:\/\/forkspacer-def\.dev\/schemas\/definition-helm-chart\.schema\.json\n/);
  assert.match(text, /# Check: forkspacer-def lint web\.yaml/);
  assert.deepEqual(lintText('web.yaml', text).findings, []);
});

test('init never overwrites without --force, and --force overwrites', async () => {
  const file = join(dir, 'keep.yaml');
  writeFileSync(file, 'precious\n');
  const r = await init('custom', 'keep', '--image', 'ghcr.io/example/keep:v1');
  assert.equal(r.status, 2);
  assert.match(r.stderr, /keep\.yaml already exists; use --force to overwrite it/);
  assert.equal(readFileSync(file, 'utf8'), 'precious\n');
  const forced = await init('custom', 'keep', '--image', 'ghcr.io/example/keep:v1', '--force');
  assert.equal(forced.status, 0, forced.stderr);
  const text = readFileSync(file, 'utf8');
  assert.match(text, /image: ghcr\.io\/example\/keep:v1/);
  assert.deepEqual(lintText('keep.yaml', text).findings, []);
});

test('init -o <file> and -o - (standard output, nothing written)', async () => {
  const r = await init('helm', 'api', '--dialect', 'flat', '-o', 'defs-api.yaml');
  assert.equal(r.status, 0, r.stderr);
  assert.match(readFileSync(join(dir, 'defs-api.yaml'), 'utf8'), /\n  chartName: api\n/);
  const out = await init('helm', 'stdout-only', '-o', '-');
  assert.equal(out.status, 0, out.stderr);
  assert.ok(out.stdout.startsWith('# yaml-language-server: $schema='));
  assert.ok(!existsSync(join(dir, 'stdout-only.yaml')));
});

test('init with standard input not a terminal never prompts: a missing name is an error, at once', async () => {
  const r = await init('helm');
  assert.equal(r.status, 2);
  assert.match(r.stderr, /init needs a name/);
  assert.equal(r.stdout, '');
});

test('init usage errors: bad kind, bad name, a flag for the other kind, an unwritable path', async () => {
  assert.equal((await init('chart', 'x')).status, 2);
  const bad = await init('helm', 'Web App');
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /DNS-1123.*e\.g\. web-app/);
  assert.match((await init('helm', 'x', '--image', 'a/b:v1')).stderr, /--image is for custom definitions/);
  assert.match((await init('custom', 'x', '--dialect', 'flat')).stderr, /--dialect is for helm definitions/);
  const nodir = await init('helm', 'x', '-o', 'missing/dir/x.yaml');
  assert.equal(nodir.status, 2);
  assert.match(nodir.stderr, /cannot write missing\/dir\/x\.yaml: no such directory/);
});
