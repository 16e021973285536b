import assert from 'node:assert/strict';
import { test } from 'node:test';
import { migrate } from '../../src/authoring/migrate/index.ts';
import { assertFindings, assertNoFinding } from './harness.ts';
import { existingRelease } from './migrate-documents.ts';

test('migrate-existing-config valid #1: an adopting Module without spec.config', () => {
  assertNoFinding(migrate(existingRelease('repo-0.1.20.yaml')).findings, 'migrate-existing-config');
});

test('migrate-existing-config invalid #1: spec.config on an adopting Module, at spec.config, and left out', () => {
  const { text } = existingRelease('repo-0.1.20.yaml');
  const r = migrate({ file: 'config.yaml', text: text.replace('  hibernated: false\n', '  hibernated: false\n  config:\n    replicas: 3\n') });
  assertFindings(r.findings, 'migrate-existing-config', [
    { file: 'config.yaml', line: 14, column: 5, severity: 'warning', message: 'spec.config on an existingHelmRelease Module: the operator ignored it (there is no definition to validate it against), so it is not carried over' },
  ]);
  assert.match(r.output, /# {3}- spec\.config \(ignored by the operator\)/);
});
