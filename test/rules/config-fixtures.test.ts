import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { lintText } from '../../src/lint/lint-text.ts';

/**
 * The README examples of the config rules: fixtures/rules/<rule>/invalid.yaml triggers its rule
 * (and no other config rule), valid.yaml has no finding of any config rule.
 */
const RULES = [
  'config-type',
  'config-alias',
  'config-duplicate',
  'config-regex',
  'config-regex-anchor',
  'config-default',
  'config-values',
  'config-range',
  'config-required-default',
  'config-editable',
];

const lint = (rule: string, kind: 'valid' | 'invalid') => {
  const file = join('fixtures', 'rules', rule, `${kind}.yaml`);
  return lintText(file, readFileSync(file, 'utf8')).findings.filter((f) => f.ruleId.startsWith('config-'));
};
const show = (fs: ReturnType<typeof lint>) => fs.map((f) => `${f.ruleId} ${f.range.start.line}:${f.range.start.column} ${f.message}`);

for (const rule of RULES) {
  test(`${rule}: invalid.yaml triggers it, and only it`, () => {
    const found = lint(rule, 'invalid');
    assert.ok(found.some((f) => f.ruleId === rule), `no ${rule} finding`);
    assert.deepEqual(show(found.filter((f) => f.ruleId !== rule)), []);
  });
  test(`${rule}: valid.yaml passes every config rule`, () => {
    assert.deepEqual(show(lint(rule, 'valid')), []);
  });
}
