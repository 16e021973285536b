import { test } from 'node:test';
import { assertFindings, assertNoFinding } from './harness.ts';
import { DEFINITION, renderText } from './render-documents.ts';

test('config-float-default valid #1: integer default and bound', () => {
  assertNoFinding(renderText(DEFINITION).findings, 'config-float-default');
});

test('config-float-default invalid #1: a fractional default of an integer item', () => {
  assertFindings(renderText(DEFINITION.replace('      default: 1\n', '      default: 1.5\n')).findings, 'config-float-default', [
    { file: 'definition.yaml', line: 12, column: 16, severity: 'warning', message: 'integer item "replicas": default: 1.5 is truncated to 1; the operator holds an int here' },
  ]);
});

test('config-float-default invalid #2: a fractional bound', () => {
  assertFindings(renderText(DEFINITION.replace('      max: 5\n', '      max: 5.5\n')).findings, 'config-float-default', [
    { line: 13, column: 12, message: 'max: 5.5 is truncated to 5' },
  ]);
});
