import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { test } from 'node:test';
import { lintText } from '../../src/lint/lint-text.ts';

/**
 * The README examples in fixtures/rules/helm-*: each invalid.yaml triggers its rule, each
 * valid.yaml triggers neither its rule nor any other Helm rule.
 */
const root = fileURLToPath(new URL('../../fixtures/rules/', import.meta.url));
const dirs = readdirSync(root, { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name.startsWith('helm-'))
  .map((d) => d.name)
  .sort();

const show = (fs: { ruleId: string; message: string; range: { start: { line: number; column: number } } }[]): string =>
  fs.map((f) => `  ${f.range.start.line}:${f.range.start.column} ${f.ruleId} ${f.message}`).join('\n');

test('every Helm rule has a fixture folder', () => {
  const expected = ['helm-chart-source', 'helm-migration', 'helm-namespace', 'helm-namespace-missing', 'helm-output-duplicate', 'helm-outputs', 'helm-url', 'helm-values-source'];
  assert.deepEqual(dirs, expected);
});

for (const rule of dirs) {
  test(`fixtures/rules/${rule}/invalid.yaml triggers ${rule}`, () => {
    const file = join(root, rule, 'invalid.yaml');
    const found = lintText(file, readFileSync(file, 'utf8')).findings;
    assert.ok(
      found.some((f) => f.ruleId === rule),
      `expected a ${rule} finding, got:\n${show(found)}`,
    );
  });
  test(`fixtures/rules/${rule}/valid.yaml does not trigger ${rule}`, () => {
    const file = join(root, rule, 'valid.yaml');
    const found = lintText(file, readFileSync(file, 'utf8')).findings.filter((f) => f.ruleId.startsWith('helm-'));
    assert.deepEqual(show(found), '', 'expected no Helm rule findings');
  });
}
