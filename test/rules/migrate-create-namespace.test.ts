import { test } from 'node:test';
import { assertFindings, assertNoFinding } from './harness.ts';
import { DEFINITION, MODULE, migrateText } from './migrate-documents.ts';

test('migrate-create-namespace valid #1: a Module without createNamespace', () => {
  assertNoFinding(migrateText(DEFINITION, MODULE).findings, 'migrate-create-namespace');
});

test('migrate-create-namespace invalid #1: spec.createNamespace, at its value', () => {
  assertFindings(migrateText(DEFINITION, MODULE.replace('  workspace:', '  createNamespace: true\n  workspace:')).findings, 'migrate-create-namespace', [
    { file: 'module.yaml', line: 10, column: 20, severity: 'warning', message: 'spec.createNamespace has no counterpart in the 0.1.24 Module and is left out' },
  ]);
});
