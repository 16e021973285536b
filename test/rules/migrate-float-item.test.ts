import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertFindings, assertNoFinding } from './harness.ts';
import { DEFINITION, MODULE, migrateText } from './migrate-documents.ts';

test('migrate-float-item valid #1: an integer item is carried over', () => {
  assertNoFinding(migrateText(DEFINITION, MODULE).findings, 'migrate-float-item');
});

test('migrate-float-item invalid #1: a float item, at its type, and left out of the Module', () => {
  const r = migrateText(DEFINITION.replace('  - type: integer', '  - type: float'), MODULE);
  assertFindings(r.findings, 'migrate-float-item', [
    { file: 'definition.yaml', line: 7, column: 11, severity: 'error', message: 'config item "replicas" is a float; 0.1.21+ Modules have no float type' },
  ]);
  assert.match(r.output, /# NOT carried over \(see the findings\):\n# {3}- config item "replicas" \(float\)\n/);
});
