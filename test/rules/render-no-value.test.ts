import { test } from 'node:test';
import { assertFindings, assertNoFinding } from './harness.ts';
import { DEFINITION, renderText } from './render-documents.ts';

test('render-no-value valid #1: a declared alias', () => {
  assertNoFinding(renderText(DEFINITION).findings, 'render-no-value');
});

test('render-no-value invalid #1: an alias that is not declared prints <no value>', () => {
  assertFindings(renderText(DEFINITION.replace('{{ .config.replicas }}', '{{ .config.nope }}')).findings, 'render-no-value', [
    { file: 'definition.yaml', line: 21, column: 19, severity: 'warning', message: 'spec.values[0].raw.replicas: the template printed <no value> (a map key that does not exist): "<no value>"' },
  ]);
});

test('render-no-value invalid #2: .namespace before operator 0.1.20', () => {
  assertFindings(renderText(DEFINITION.replace('{{ .config.replicas }}', 'ns-{{ .namespace }}')).findings, 'render-no-value', [
    { line: 21, column: 19, message: '"ns-<no value>"' },
  ]);
});
