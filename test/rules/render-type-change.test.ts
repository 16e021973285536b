import { test } from 'node:test';
import { assertFindings, assertNoFinding } from './harness.ts';
import { renderText, stringItemDefinition } from './render-documents.ts';

test('render-type-change valid #1: a rendered string that stays a string', () => {
  assertNoFinding(renderText(stringItemDefinition('"1.10.0"', 'version')).findings, 'render-type-change');
});

test('render-type-change invalid #1: "1.10" is re-parsed as the float 1.1', () => {
  assertFindings(renderText(stringItemDefinition('"1.10"', 'version')).findings, 'render-type-change', [
    { file: 'definition.yaml', line: 17, column: 12, severity: 'warning', message: 'spec.version: rendered "1.10" is re-parsed as the float 1.1, which comes back into this string field as "1.1"' },
  ]);
});

test('render-type-change invalid #2: "007" from a string value becomes the int 7', () => {
  assertFindings(renderText(stringItemDefinition('"007"', 'version')).findings, 'render-type-change', [
    { line: 17, column: 12, message: 'spec.version: rendered "007"' },
  ]);
});
