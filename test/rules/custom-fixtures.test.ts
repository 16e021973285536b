import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { lintText } from '../../src/lint/lint-text.ts';

/**
 * The README examples of the Custom rules: fixtures/rules/<rule>/invalid.yaml triggers its
 * rule, valid.yaml does not (and has no finding of any Custom rule).
 */
const RULES = [
  'custom-image-ref',
  'custom-image-tag',
  'custom-permissions',
  'custom-permission-duplicate',
  'custom-controller-permission',
  'custom-pull-secrets',
  'custom-plugin-source',
  'custom-template',
];

const lint = (rule: string, kind: 'valid' | 'invalid') => {
  const file = join('fixtures', 'rules', rule, `${kind}.yaml`);
  return lintText(file, readFileSync(file, 'utf8')).findings;
};

for (const rule of RULES) {
  test(`${rule}: invalid.yaml triggers it`, () => {
    const found = lint(rule, 'invalid').filter((f) => f.ruleId === rule);
    assert.ok(found.length > 0, `no ${rule} finding`);
  });
  test(`${rule}: valid.yaml passes every Custom rule`, () => {
    const found = lint(rule, 'valid').filter((f) => f.ruleId.startsWith('custom-'));
    assert.deepEqual(
      found.map((f) => `${f.ruleId} ${f.range.start.line}:${f.range.start.column} ${f.message}`),
      [],
    );
  });
}
