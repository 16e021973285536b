import { test } from 'node:test';
import { assertFindings, assertNoFinding } from './harness.ts';
import { customImage, migrateText } from './migrate-documents.ts';

const plugin = `kind: Custom
metadata:
  name: legacy-plugin
  version: 1.0.0
  supportedOperatorVersion: ">= 0.1.0, <= 0.1.7"
spec:
  repo:
    file: https://downloads.example.com/plugins/legacy-plugin.so
`;

test('migrate-plugin-custom valid #1: an image Custom definition', () => {
  assertNoFinding(migrateText(customImage('registry.example.com/tagged:v1')).findings, 'migrate-plugin-custom');
});

test('migrate-plugin-custom invalid #1: a Go-plugin Custom definition, at spec.repo', () => {
  assertFindings(migrateText(plugin).findings, 'migrate-plugin-custom', [
    { file: 'definition.yaml', line: 8, column: 5, severity: 'error', message: 'a Go-plugin Custom definition: 0.1.21+ has no plugins; the plugin at https://downloads.example.com/plugins/legacy-plugin.so must be rebuilt as a container image' },
  ]);
});
