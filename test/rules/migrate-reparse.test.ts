import { test } from 'node:test';
import { assertFindings, assertNoFinding } from './harness.ts';
import { DEFINITION, MODULE, migrateText } from './migrate-documents.ts';

test('migrate-reparse valid #1: a rendered integer is the same in YAML and JSON', () => {
  assertNoFinding(migrateText(DEFINITION, MODULE).findings, 'migrate-reparse');
});

test('migrate-reparse invalid #1: "0755" is an int for YAML, a string for JSON', () => {
  assertFindings(migrateText(DEFINITION.replace('{{ .config.replicas }}', '{{ print \\"0755\\" }}'), MODULE).findings, 'migrate-reparse', [
    { file: 'definition.yaml', line: 20, column: 19, severity: 'error', message: 'spec.helm.values[0].raw.replicas: the old operator re-parses the rendered text as YAML into the int 493; 0.1.21+ re-parses it as JSON into "0755"' },
  ]);
});
