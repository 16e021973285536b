import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { END_MARKER, START_MARKER } from '../../src/authoring/docs/index.ts';
import { register } from '../../src/cli/commands/docs.ts';
import { runCommand } from '../support/run-command.ts';

/** The docs command as main.ts registers it, run in this process, with main's exit statuses. */
const root = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'forkspacer-docs-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const redis = join(root, 'fixtures/examples/redis-helm-flat.yaml');
const postgres = join(root, 'fixtures/examples/postgres-helm-chart.yaml');

const docs = (...args: string[]) => runCommand(register, 'docs', args);

test('docs prints Markdown for several definitions in the order given', async () => {
  const r = await docs(redis, postgres);
  assert.equal(r.status, 0, r.stderr);
  assert.ok(r.stdout.indexOf('# redis\n') < r.stdout.indexOf('# postgresql\n'));
  assert.ok(r.stdout.indexOf('# postgresql\n') > 0);
});

test('docs -o writes the file; --check -o is 0 when current, 1 when stale or missing', async () => {
  const file = join(dir, 'redis.md');
  assert.equal((await docs(redis, '--check', '-o', file)).status, 1);
  assert.equal((await docs(redis, '-o', file)).status, 0);
  assert.ok(readFileSync(file, 'utf8').startsWith('# redis\n'));
  assert.equal((await docs(redis, '--check', '-o', file)).status, 0);
  writeFileSync(file, 'edited by hand\n');
  const stale = await docs(redis, '--check', '-o', file);
  assert.equal(stale.status, 1);
  assert.match(stale.stderr, /out of date; run forkspacer-def docs/);
  assert.equal(readFileSync(file, 'utf8'), 'edited by hand\n', '--check writes nothing');
});

test('docs --readme replaces only the marked section; --check follows it (0 current, 1 stale, 2 no markers)', async () => {
  const readme = join(dir, 'README.md');
  writeFileSync(readme, `# Modules\n\nhand-written\n\n${START_MARKER}\n${END_MARKER}\n\ntail\n`);
  assert.equal((await docs(redis, '--readme', readme, '--check')).status, 1);
  const w = await docs(redis, postgres, '--readme', readme);
  assert.equal(w.status, 0, w.stderr);
  assert.equal(w.stdout, `${readme}: docs section updated\n`);
  const text = readFileSync(readme, 'utf8');
  assert.ok(text.startsWith(`# Modules\n\nhand-written\n\n${START_MARKER}\n\n## redis\n`));
  assert.ok(text.includes('\n### Configuration\n'), 'headings one level down inside a README');
  assert.ok(text.endsWith(`\n${END_MARKER}\n\ntail\n`));
  assert.equal((await docs(redis, postgres, '--readme', readme, '--check')).status, 0);
  assert.equal((await docs(redis, '--readme', readme, '--check')).status, 1, 'a definition dropped makes it stale');
  const again = await docs(redis, postgres, '--readme', readme);
  assert.equal(again.stdout, `${readme}: up to date\n`);
  const plain = join(dir, 'PLAIN.md');
  copyFileSync(join(root, 'fixtures/docs/README.no-markers.md'), plain);
  const nm = await docs(redis, '--readme', plain, '--check');
  assert.equal(nm.status, 2);
  assert.match(nm.stderr, /no <!-- forkspacer-def-docs-start --> and <!-- forkspacer-def-docs-end --> markers/);
  assert.equal((await docs(redis, '--readme', plain)).status, 2, 'writing needs the markers too');
});

test('docs usage errors exit 2', async () => {
  assert.equal((await docs(redis, '--check')).status, 2);
  assert.equal((await docs(redis, '-o', 'a.md', '--readme', 'b.md')).status, 2);
  assert.match((await docs(join(dir, 'nope.yaml'))).stderr, /no such file or directory/);
  assert.match((await docs(join(root, 'package.json'))).stderr, /no resource definition/);
  assert.match((await docs(redis, '--readme', join(dir, 'none.md'))).stderr, /--readme .*none\.md: no such file/);
  assert.equal((await docs()).status, 2);
});

test('docs notes lint errors on standard error and documents the definition anyway', async () => {
  const bad = join(dir, 'bad.yaml');
  // A flat spec admitted only for releases that read the chart-object dialect: no release loads it.
  writeFileSync(bad, 'kind: Helm\nmetadata:\n  name: bad\n  supportedOperatorVersion: ">= 0.1.12"\nspec:\n  namespace: default\n  repo: https://charts.example.com\n  chartName: bad\n  version: 1.0.0\n');
  const r = await docs(bad);
  assert.equal(r.status, 0);
  assert.match(r.stderr, /note: .*bad\.yaml has \d+ lint errors?; the operator may reject it/);
  assert.match(r.stdout, /^# bad\n/);
  assert.match(r.stdout, /\*\*Operator versions:\*\* none/);
});
