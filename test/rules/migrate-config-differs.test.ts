import { test } from 'node:test';
import { assertFindings, assertNoFinding } from './harness.ts';
import { DEFINITION, MODULE, migrateText } from './migrate-documents.ts';

test('migrate-config-differs valid #1: a whole-number input is the same for both operators', () => {
  assertNoFinding(migrateText(DEFINITION, MODULE).findings, 'migrate-config-differs');
});

test('migrate-config-differs invalid #1: 0.1.21+ truncates a fractional integer input', () => {
  assertFindings(migrateText(DEFINITION, MODULE.replace('replicas: 2', 'replicas: 2.5')).findings, 'migrate-config-differs', [
    { file: 'module.yaml', line: 13, column: 15, severity: 'error', message: '.config.replicas is the float 2.5 for the old operator but the int 2 for the migrated Module (0.1.21+ truncates integer inputs to Go ints' },
  ]);
});
