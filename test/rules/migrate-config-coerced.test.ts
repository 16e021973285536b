import { test } from 'node:test';
import { assertFindings, assertNoFinding } from './harness.ts';
import { DEFINITION, MODULE, migrateText } from './migrate-documents.ts';

test('migrate-config-coerced valid #1: an integer bound written as an integer', () => {
  assertNoFinding(migrateText(DEFINITION.replace('      default: 1\n', '      default: 1\n      min: 0\n'), MODULE).findings, 'migrate-config-coerced');
});

test('migrate-config-coerced invalid #1: an integer min of 0.5 is read as 0', () => {
  assertFindings(migrateText(DEFINITION.replace('      default: 1\n', '      default: 1\n      min: 0.5\n'), MODULE).findings, 'migrate-config-coerced', [
    { file: 'definition.yaml', line: 13, column: 12, severity: 'warning', message: 'config item "replicas": min: 0.5 is truncated to 0; the Module gets the value as the operator read it' },
  ]);
});
