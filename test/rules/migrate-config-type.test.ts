import { test } from 'node:test';
import { assertFindings, assertNoFinding } from './harness.ts';
import { DEFINITION, MODULE, migrateText } from './migrate-documents.ts';

test('migrate-config-type valid #1: a known item type', () => {
  assertNoFinding(migrateText(DEFINITION, MODULE).findings, 'migrate-config-type');
});

test('migrate-config-type invalid #1: an unknown item type, at its type', () => {
  assertFindings(migrateText(DEFINITION.replace('  - type: integer', '  - type: colour'), MODULE).findings, 'migrate-config-type', [
    { file: 'definition.yaml', line: 7, column: 11, severity: 'error', message: 'config item "replicas" has type "colour", which no operator knows; not carried over' },
  ]);
});
