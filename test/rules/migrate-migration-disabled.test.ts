import { test } from 'node:test';
import { assertFindings, assertNoFinding } from './harness.ts';
import { DEFINITION, MODULE, migrateText } from './migrate-documents.ts';

const migration = (enabled: string) => `${DEFINITION}  migration:\n    pvc:\n      enabled: ${enabled}\n      names: [data]\n`;

test('migrate-migration-disabled valid #1: an enabled migration target', () => {
  assertNoFinding(migrateText(migration('true'), MODULE).findings, 'migrate-migration-disabled');
});

test('migrate-migration-disabled invalid #1: names listed but not enabled', () => {
  assertFindings(migrateText(migration('false'), MODULE).findings, 'migrate-migration-disabled', [
    { file: 'definition.yaml', line: 23, column: 16, severity: 'warning', message: 'migration.pvc lists names but is not enabled, so they were never migrated; migration.pvcs is left out' },
  ]);
});
