/**
 * `lint --fix` and `--fix-dry-run` with the built CLI on copies of real fixtures: what is
 * fixed, that nothing else in the file moves, and what remains.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { bin, fixtures, root } from './support.ts';

const dir = mkdtempSync(join(tmpdir(), 'fsd-fix-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function lint(args: string[], input?: string) {
  return spawnSync(process.execPath, [bin, 'lint', ...args], { cwd: dir, encoding: 'utf8', input, env: { ...process.env, NO_COLOR: '1' } });
}

const BROKEN = readFileSync(join(root, 'fixtures', 'broken', 'redis-mistakes.yaml'), 'utf8');

test('lint --fix writes the fixes and reports what remains (fixtures/broken)', () => {
  copyFileSync(join(root, 'fixtures', 'broken', 'redis-mistakes.yaml'), join(dir, 'broken.yaml'));
  const r = lint(['--fix', '-f', 'json', 'broken.yaml']);
  assert.equal(r.status, 1, r.stderr);
  assert.equal(readFileSync(join(dir, 'broken.yaml'), 'utf8'), BROKEN.replace('      mx: 5', '      max: 5').replace('  chartname: redis', '  chartName: redis'));
  assert.match(r.stderr, /broken\.yaml: fixed 2 problems\n {2}17:7 {2}rename "mx" to "max" {2}unknown-field\n {2}21:3 {2}rename "chartname" to "chartName" {2}unknown-field\n/);
  const report = JSON.parse(r.stdout) as { files: { findings: { ruleId: string }[] }[] };
  // helm-chart-source (chartName missing) went with the rename; what needs a person stays.
  assert.deepEqual(report.files[0].findings.map((f) => f.ruleId), ['metadata-name', 'metadata-version', 'resource-usage', 'structure']);
});

test('lint --fix on a definition with all three kinds of fix leaves it clean, comments in place', () => {
  copyFileSync(join(fixtures, 'editor-helm.yaml'), join(dir, 'editor.yaml'));
  const r = lint(['--fix', 'editor.yaml']);
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.equal(r.stdout, '');
  const text = readFileSync(join(fixtures, 'editor-helm.yaml'), 'utf8');
  assert.equal(readFileSync(join(dir, 'editor.yaml'), 'utf8'), text.replace('  chartname:', '  chartName:').replace('default: 1.10\n', 'default: "1.10"\n      editable: false\n'));
  assert.match(r.stderr, /editor\.yaml: fixed 3 problems/);
});

test('lint --fix-dry-run prints the changes as a diff and writes nothing', () => {
  copyFileSync(join(root, 'fixtures', 'broken', 'redis-mistakes.yaml'), join(dir, 'dry.yaml'));
  const r = lint(['--fix-dry-run', 'dry.yaml']);
  assert.equal(r.status, 1);
  assert.equal(readFileSync(join(dir, 'dry.yaml'), 'utf8'), BROKEN);
  assert.match(r.stderr, /dry\.yaml: would fix 2 problems\n.*\n.*\n {2}@@ line 17 @@\n {2}- {6}mx: 5\n {2}\+ {6}max: 5\n {2}@@ line 21 @@\n {2}- {2}chartname: redis\n {2}\+ {2}chartName: redis\n/);
  assert.doesNotMatch(r.stdout, /unknown-field/, 'the report is of the fixed text');
});

test('lint --fix on standard input prints the fixes instead of writing', () => {
  const r = lint(['--fix', '-'], BROKEN);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /<stdin>: would fix 2 problems/);
});

test('a definition in a ConfigMap (literal block) is fixed in place; a quoted one is left to a person', () => {
  const inner = (pad: string) => ['kind: Helm', 'metadata:', '  name: web', '  version: 1.0.0', '  supportedOperatorVersion: ">= 0.1.0, < 0.1.12"', 'spec:', '  namespace: default', '  repo: https://charts.bitnami.com/bitnami', '  chartname: nginx', '  version: 22.0.10'].map((l) => pad + l).join('\n');
  const literal = `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web-definition\ndata:\n  module.yaml: |\n${inner('    ')}\n`;
  writeFileSync(join(dir, 'cm.yaml'), literal);
  const r = lint(['--fix', 'cm.yaml']);
  assert.equal(r.status, 0, r.stdout);
  assert.equal(readFileSync(join(dir, 'cm.yaml'), 'utf8'), literal.replace('    chartname: nginx', '    chartName: nginx'));
  const quoted = `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web-definition\ndata:\n  module.yaml: ${JSON.stringify(inner('') + '\n')}\n`;
  writeFileSync(join(dir, 'cm2.yaml'), quoted);
  const q = lint(['--fix', 'cm2.yaml']);
  assert.equal(q.status, 1);
  assert.equal(readFileSync(join(dir, 'cm2.yaml'), 'utf8'), quoted);
  assert.match(q.stdout, /unknown field "chartname"/);
});

test("the README's --fix-dry-run sample is the real output (stderr, then the report)", () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const block = /```console\n\$ forkspacer-def lint --fix-dry-run redis-mistakes\.yaml\n([\s\S]*?)```/.exec(readme);
  assert.ok(block, 'README sample missing');
  copyFileSync(join(root, 'fixtures', 'broken', 'redis-mistakes.yaml'), join(dir, 'redis-mistakes.yaml'));
  const r = lint(['--fix-dry-run', 'redis-mistakes.yaml']);
  assert.equal(r.stderr + r.stdout, block[1]);
});
