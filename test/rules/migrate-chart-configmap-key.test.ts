import { test } from 'node:test';
import { assertFindings, assertNoFinding } from './harness.ts';
import { migrateText } from './migrate-documents.ts';

const chartInConfigMap = (key: string) => `kind: Helm
metadata:
  name: internal
  version: 0.2.0
  supportedOperatorVersion: ">= 0.1.12, <= 0.1.20"
spec:
  namespace: tools
  chart:
    configMap:
      name: internal-chart
      namespace: charts
${key}`;

test('migrate-chart-configmap-key valid #1: the ConfigMap key is written', () => {
  assertNoFinding(migrateText(chartInConfigMap('      key: chart.tgz\n')).findings, 'migrate-chart-configmap-key');
});

test('migrate-chart-configmap-key invalid #1: a chart ConfigMap without a key', () => {
  assertFindings(migrateText(chartInConfigMap('')).findings, 'migrate-chart-configmap-key', [
    { file: 'definition.yaml', line: 10, column: 7, severity: 'warning', message: 'chart.configMap has no key: the 0.1.21+ Module reads the chart from data key chart.tgz when none is given' },
  ]);
});
