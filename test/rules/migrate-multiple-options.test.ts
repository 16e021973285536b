import { test } from 'node:test';
import { assertFindings, assertNoFinding } from './harness.ts';
import { DEFINITION, MODULE, migrateText } from './migrate-documents.ts';

const FEATURES = '  - type: multiple-options\n    name: Features\n    alias: features\n    spec:\n      editable: true\n      default: [a]\n      values: [a, b]\n';
const withFeatures = DEFINITION.replace('spec:\n  namespace', `${FEATURES}spec:\n  namespace`);

test('migrate-multiple-options valid #1: an option item', () => {
  assertNoFinding(migrateText(withFeatures.replace('type: multiple-options', 'type: option').replace('default: [a]', 'default: a'), MODULE).findings, 'migrate-multiple-options');
});

test('migrate-multiple-options invalid #1: a multiple-options item, at its type', () => {
  assertFindings(migrateText(withFeatures, MODULE).findings, 'migrate-multiple-options', [
    { file: 'definition.yaml', line: 13, column: 11, severity: 'warning', message: 'config item "features" becomes multipleOptions, but operators 0.1.21 – 0.1.24 reject every input for it' },
  ]);
});
