import { test } from 'node:test';
import { assertFindings, assertNoFinding } from './harness.ts';
import { customImage, migrateText } from './migrate-documents.ts';

test('migrate-render-error valid #1: a Custom image without templates', () => {
  assertNoFinding(migrateText(customImage('registry.example.com/tagged:v1')).findings, 'migrate-render-error');
});

test('migrate-render-error invalid #1: a Custom image template that 0.1.21+ fails to render (older operators never rendered it)', () => {
  assertFindings(migrateText(customImage('registry.example.com/tagged:{{ lower .config.tag }}')).findings, 'migrate-render-error', [
    { file: 'definition.yaml', line: 14, column: 10, severity: 'error', message: 'the migrated Module fails to render (template-error): spec.custom.image: template: :1: function "lower" not defined' },
  ]);
});
