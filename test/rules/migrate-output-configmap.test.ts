import { test } from 'node:test';
import { assertFindings, assertNoFinding } from './harness.ts';
import { DEFINITION, MODULE, migrateText } from './migrate-documents.ts';

const output = (source: string) => `${DEFINITION}  outputs:\n    - name: Endpoint\n      valueFrom:\n        ${source}:\n          name: ep\n          key: url\n`;

test('migrate-output-configmap valid #1: an output read from a Secret', () => {
  assertNoFinding(migrateText(output('secret'), MODULE).findings, 'migrate-output-configmap');
});

test('migrate-output-configmap invalid #1: an output read from a ConfigMap', () => {
  assertFindings(migrateText(output('configMap'), MODULE).findings, 'migrate-output-configmap', [
    { file: 'definition.yaml', line: 25, column: 11, severity: 'error', message: 'output "Endpoint" reads a ConfigMap; 0.1.21+ outputs read only Secrets (valueFrom.secret), so this source is not carried over' },
  ]);
});
