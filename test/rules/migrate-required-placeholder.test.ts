import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertFindings, assertNoFinding } from './harness.ts';
import { DEFINITION, MODULE, migrateText } from './migrate-documents.ts';

const required = DEFINITION.replace('      default: 1\n', '      required: true\n');

test('migrate-required-placeholder valid #1: the Module gives the required item', () => {
  assertNoFinding(migrateText(required, MODULE).findings, 'migrate-required-placeholder');
});

test('migrate-required-placeholder invalid #1: nothing gives it: a placeholder, at the item', () => {
  const r = migrateText(required);
  assertFindings(r.findings, 'migrate-required-placeholder', [
    { file: 'definition.yaml', line: 7, column: 5, severity: 'warning', message: 'config item "replicas" is required and nothing gives it; spec.config.replicas is set to the placeholder the int 0' },
  ]);
  assert.match(r.output, /config:\n {4}replicas: 0\n/);
});

test('migrate-required-placeholder invalid #2: the Module leaves the required item out: it says so (it once said the Module gives it)', () => {
  const r = migrateText(required, MODULE.replace('  config:\n    replicas: 2\n', ''));
  assertFindings(r.findings, 'migrate-required-placeholder', [
    {
      file: 'definition.yaml',
      line: 7,
      column: 5,
      severity: 'warning',
      message: 'config item "replicas" is required and the Module does not set it; spec.config.replicas is set to the placeholder the int 0',
    },
  ]);
});
