import { test } from 'node:test';
import { assertFindings, assertNoFinding } from './harness.ts';
import { DEFINITION, moduleWith, renderText } from './render-documents.ts';

test('config-integer-truncated valid #1: a whole number', () => {
  assertNoFinding(renderText(DEFINITION, moduleWith('2')).findings, 'config-integer-truncated');
});

test('config-integer-truncated valid #2: 2.0 is a whole number too', () => {
  assertNoFinding(renderText(DEFINITION, moduleWith('2.0')).findings, 'config-integer-truncated');
});

test('config-integer-truncated invalid #1: a fractional input for an integer item (legacy: checked as 2, templates get 2.5)', () => {
  assertFindings(renderText(DEFINITION, moduleWith('2.5')).findings, 'config-integer-truncated', [
    { file: 'module.yaml', line: 13, column: 15, severity: 'warning', message: 'replicas: 2.5 is truncated to 2 for the integer checks, but templates get 2.5 as given' },
  ]);
});
