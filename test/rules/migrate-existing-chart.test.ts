import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parse } from 'yaml';
import { migrate } from '../../src/authoring/migrate/index.ts';
import { assertFindings, assertNoFinding } from './harness.ts';
import { existingRelease } from './migrate-documents.ts';

test('migrate-existing-chart valid #1: a chart from a Helm repository', () => {
  assertNoFinding(migrate(existingRelease('repo-0.1.20.yaml')).findings, 'migrate-existing-chart');
});

test('migrate-existing-chart invalid #1: 0.1.7 without a chart source: an error at the source, the header says the chart is missing', () => {
  const r = migrate(existingRelease('no-chart-0.1.7.yaml'));
  assert.deepEqual(r.findings.map((f) => `${f.range.start.line}:${f.range.start.column} ${f.severity} ${f.ruleId}`), ['14:7 error migrate-existing-chart']);
  assert.match(r.findings[0].message, /has no chartSource .*fill in the chart it was installed from/);
  assert.match(r.output, /# NOT carried over \(see the findings\):\n#   - the chart of the release: spec\.helm\.chart is empty\n/);
  const helm = (parse(r.output) as { spec: { helm: Record<string, unknown> } }).spec.helm;
  assert.deepEqual(helm.existingRelease, { name: 'legacy-app', namespace: 'legacy' });
  assert.deepEqual(helm.chart, {});
});

test('migrate-existing-chart invalid #2: chartSource.httpURL has no 0.1.21+ counterpart', () => {
  const { text } = existingRelease('repo-0.1.20.yaml');
  const r = migrate({ file: 'http.yaml', text: text.replace(/ {6}chartSource:\n(?: {8,}.*\n)+/, '      chartSource:\n        httpURL: https://charts.example.com/redis-21.2.9.tgz\n') });
  assertFindings(r.findings, 'migrate-existing-chart', [
    { file: 'http.yaml', line: 18, column: 18, severity: 'error', message: 'chartSource.httpURL (https://charts.example.com/redis-21.2.9.tgz) has no 0.1.21+ counterpart' },
  ]);
});
