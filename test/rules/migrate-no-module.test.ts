import { test } from 'node:test';
import { assertFindings, assertNoFinding } from './harness.ts';
import { DEFINITION, MODULE, migrateText } from './migrate-documents.ts';

test('migrate-no-module valid #1: --module given', () => {
  assertNoFinding(migrateText(DEFINITION, MODULE).findings, 'migrate-no-module');
});

test('migrate-no-module invalid #1: no --module, at the definition\'s metadata', () => {
  assertFindings(migrateText(DEFINITION).findings, 'migrate-no-module', [
    { file: 'definition.yaml', line: 3, column: 3, severity: 'warning', message: 'no --module: metadata.name is "app", spec.workspace is default/default and spec.config holds only placeholders' },
  ]);
});
