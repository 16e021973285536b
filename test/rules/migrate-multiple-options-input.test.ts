import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertFindings, assertNoFinding } from './harness.ts';
import { DEFINITION, MODULE, migrateText } from './migrate-documents.ts';

const FEATURES = '  - type: multiple-options\n    name: Features\n    alias: features\n    spec:\n      editable: true\n      default: [a]\n      values: [a, b]\n';
const withFeatures = DEFINITION.replace('spec:\n  namespace', `${FEATURES}spec:\n  namespace`);

test('migrate-multiple-options-input valid #1: the Module leaves the item to its default', () => {
  assertNoFinding(migrateText(withFeatures, MODULE).findings, 'migrate-multiple-options-input');
});

test('migrate-multiple-options-input invalid #1: the Module sets it: at the Module key, and left out', () => {
  const r = migrateText(withFeatures, `${MODULE}    features: [b]\n`);
  assertFindings(r.findings, 'migrate-multiple-options-input', [
    { file: 'module.yaml', line: 14, column: 5, severity: 'error', message: 'spec.config.features sets multiple-options item "features": operators 0.1.21 – 0.1.24 reject any input for it' },
  ]);
  assert.doesNotMatch(r.output, /features: \[/);
});
