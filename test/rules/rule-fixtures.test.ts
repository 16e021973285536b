import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { CONFIG_FILE_NAMES, loadConfigFile } from '../../src/cli/config-file.ts';
import { lintText, ruleMeta } from '../../src/lint/lint-text.ts';
import type { LintOptions } from '../../src/lint/settings.ts';
import { definitionRules } from '../../src/rules/definition-rules.ts';

/**
 * The README promises examples in fixtures/rules/<id>/ for every rule: for each definition
 * rule, invalid.yaml triggers it and valid.yaml does not. A folder may hold a
 * .forkspacer-def.yaml (as operator-version does, for its operatorVersion); both files are
 * linted with its settings, as `forkspacer-def lint` run from that folder would.
 */
const root = fileURLToPath(new URL('../../fixtures/rules/', import.meta.url));
const known = new Set(ruleMeta().keys());

type Found = ReturnType<typeof lintText>['findings'];
const show = (fs: Found): string[] => fs.map((f) => `${f.range.start.line}:${f.range.start.column} ${f.ruleId} ${f.message}`);

function folderOptions(dir: string): LintOptions {
  const name = CONFIG_FILE_NAMES.find((n) => existsSync(join(dir, n)));
  if (!name) return {};
  const config = loadConfigFile(join(dir, name), known);
  return { rules: config.rules, operatorVersion: config.operatorVersion };
}

function lint(dir: string, file: string): Found {
  const path = join(dir, file);
  return lintText(path, readFileSync(path, 'utf8'), folderOptions(dir)).findings;
}

test('definitionRules is not empty and has unique ids', () => {
  const ids = definitionRules.map((r) => r.meta.id);
  assert.ok(ids.length > 0);
  assert.equal(new Set(ids).size, ids.length);
});

for (const { meta } of definitionRules) {
  const id = meta.id;
  const dir = join(root, id);

  test(`fixtures/rules/${id}/ has invalid.yaml and valid.yaml`, () => {
    for (const file of ['invalid.yaml', 'valid.yaml']) {
      assert.ok(existsSync(join(dir, file)), `missing fixtures/rules/${id}/${file}`);
    }
  });

  test(`fixtures/rules/${id}/invalid.yaml triggers ${id}`, () => {
    const found = lint(dir, 'invalid.yaml');
    assert.ok(
      found.some((f) => f.ruleId === id),
      `expected at least one ${id} finding, got:\n${show(found).map((l) => `  ${l}`).join('\n') || '  (none)'}`,
    );
  });

  test(`fixtures/rules/${id}/valid.yaml does not trigger ${id}`, () => {
    const found = lint(dir, 'valid.yaml').filter((f) => f.ruleId === id);
    assert.deepEqual(show(found), [], `expected no ${id} finding`);
  });
}
