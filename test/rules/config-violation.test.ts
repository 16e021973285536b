import { test } from 'node:test';
import { assertFindings, assertNoFinding } from './harness.ts';
import { DEFINITION, moduleWith, renderText } from './render-documents.ts';

test('config-violation valid #1: a Module value within the item\'s range', () => {
  assertNoFinding(renderText(DEFINITION, moduleWith('5')).findings, 'config-violation');
});

test('config-violation valid #2: no Module, the defaults', () => {
  assertNoFinding(renderText(DEFINITION).findings, 'config-violation');
});

test('config-violation invalid #1: above the maximum, at the Module key, with the operator\'s words', () => {
  assertFindings(renderText(DEFINITION, moduleWith('9')).findings, 'config-violation', [
    { file: 'module.yaml', line: 13, column: 15, severity: 'error', message: "replicas: 9 is above the maximum 5 (integer item \"Replicas\"; allowed <= 5); the operator says: validation failed for field 'replicas': value 9 is greater than maximum 5" },
  ]);
});

test('config-violation invalid #2: a required item without input is reported at the item in the definition', () => {
  const definition = DEFINITION.replace('      editable: true\n', '      editable: true\n      required: true\n').replace('      default: 1\n', '');
  assertFindings(renderText(definition, moduleWith('2').replace('  config:\n    replicas: 2\n', '')).findings, 'config-violation', [
    { file: 'definition.yaml', line: 7, column: 5, message: "field 'replicas' is required but missing" },
  ]);
});

test('config-violation invalid #3: spec.config that is not a map', () => {
  assertFindings(renderText(DEFINITION, moduleWith('2').replace('  config:\n    replicas: 2\n', '  config: [1]\n')).findings, 'config-violation', [
    { file: 'module.yaml', line: 12, column: 11, message: 'spec.config must be a map of alias to value, not' },
  ]);
});
