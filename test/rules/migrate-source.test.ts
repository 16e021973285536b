import { test } from 'node:test';
import { assertFindings, assertNoFinding } from './harness.ts';
import { DEFINITION, MODULE, migrateText } from './migrate-documents.ts';

test('migrate-source valid #1: a definition the old operator reads and renders', () => {
  assertNoFinding(migrateText(DEFINITION, MODULE).findings, 'migrate-source');
});

test('migrate-source invalid #1: a template the old operator fails to render, with the renderer\'s rule and position', () => {
  assertFindings(migrateText(DEFINITION.replace('{{ .config.replicas }}', '{{ .config.replicas | lower }}'), MODULE).findings, 'migrate-source', [
    { file: 'definition.yaml', line: 20, column: 42, severity: 'error', message: 'spec.values[0].raw.replicas: template: :1: function "lower" not defined (template-error, as the old operator renders it)' },
  ]);
});

test('migrate-source invalid #2: a Module input the old operator refuses, at the Module key', () => {
  assertFindings(migrateText(DEFINITION.replace('      default: 1\n', '      default: 1\n      max: 1\n'), MODULE).findings, 'migrate-source', [
    { file: 'module.yaml', line: 13, column: 15, message: 'replicas: 2 is above the maximum 1' },
  ]);
});
