import { test } from 'node:test';
import { assertFindings, assertNoFinding } from './harness.ts';
import { DEFINITION, renderText } from './render-documents.ts';

test('config-definition valid #1: items the operator reads', () => {
  assertNoFinding(renderText(DEFINITION).findings, 'config-definition');
});

test('config-definition invalid #1: an unknown item type, at its type', () => {
  assertFindings(renderText(DEFINITION.replace('  - type: integer', '  - type: colour')).findings, 'config-definition', [
    { file: 'definition.yaml', line: 7, column: 11, severity: 'error', message: 'config[0] (alias "replicas"): type "colour" is not one of string, integer, float, boolean, option, multiple-options' },
  ]);
});

test('config-definition invalid #2: a regex that Go\'s RE2 does not compile', () => {
  const definition = DEFINITION.replace('  - type: integer\n    name: Replicas\n    alias: replicas\n    spec:\n      editable: true\n      default: 1\n      max: 5\n', '  - type: string\n    name: Name\n    alias: name\n    spec:\n      regex: "a(?=b)"\n');
  assertFindings(renderText(definition).findings, 'config-definition', [{ line: 11, column: 14, message: 'regex of string item "name" does not compile as Go RE2' }]);
});
