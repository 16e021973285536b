import { test } from 'node:test';
import { assertFindings, assertNoFinding } from './harness.ts';
import { DEFINITION, renderText } from './render-documents.ts';

test('render-operator-version valid #1: a release the definition supports', () => {
  assertNoFinding(renderText(DEFINITION, undefined, { operatorVersion: '0.1.5' }).findings, 'render-operator-version');
});

test('render-operator-version invalid #1: --operator-version past the flat dialect\'s releases, at supportedOperatorVersion', () => {
  assertFindings(renderText(DEFINITION, undefined, { operatorVersion: '0.1.12' }).findings, 'render-operator-version', [
    { file: 'definition.yaml', line: 5, column: 29, severity: 'error', message: 'operator 0.1.12 does not load this definition (the helm-flat shape is read by 0.1.0–0.1.11 only); rendering as 0.1.12 anyway' },
  ]);
});
