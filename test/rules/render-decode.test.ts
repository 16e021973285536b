import { test } from 'node:test';
import { assertFindings, assertNoFinding } from './harness.ts';
import { renderText, stringItemDefinition } from './render-documents.ts';

test('render-decode valid #1: a rendered scalar in a string field', () => {
  assertNoFinding(renderText(stringItemDefinition('demo', 'chartName')).findings, 'render-decode');
});

test('render-decode invalid #1: a template that renders a map into a string field', () => {
  assertFindings(renderText(stringItemDefinition('"a: b"', 'chartName')).findings, 'render-decode', [
    { file: 'definition.yaml', line: 16, column: 14, severity: 'error', message: 'spec.chartName: the template renders "a: b", which the operator re-parses as a map ({"a": "b"}) and cannot put in this string field (cannot unmarshal !!map into string)' },
  ]);
});

test('render-decode invalid #2: a list in a string field', () => {
  assertFindings(renderText(stringItemDefinition('"[a, b]"', 'chartName')).findings, 'render-decode', [{ line: 16, column: 14, message: 'spec.chartName: the template renders "[a, b]"' }]);
});
