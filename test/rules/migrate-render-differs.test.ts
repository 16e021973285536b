import assert from 'node:assert/strict';
import { test } from 'node:test';
import { migrate } from '../../src/authoring/migrate/index.ts';
import { assertFindings, assertNoFinding } from './harness.ts';
import { DEFINITION, MODULE, customImage, existingRelease, migrateText } from './migrate-documents.ts';

test('migrate-render-differs valid #1: a Helm definition that renders the same', () => {
  assertNoFinding(migrateText(DEFINITION, MODULE).findings, 'migrate-render-differs');
});

test('migrate-render-differs valid #2: an untemplated Custom image', () => {
  assertNoFinding(migrateText(customImage('registry.example.com/tagged:v1')).findings, 'migrate-render-differs');
});

test('migrate-render-differs invalid #1: a templated Custom image, which 0.1.21+ renders and older operators did not', () => {
  assertFindings(migrateText(customImage('registry.example.com/tagged:{{ .config.tag }}')).findings, 'migrate-render-differs', [
    { file: 'definition.yaml', line: 14, column: 10, severity: 'error', message: 'spec.custom.image: 0.1.21+ renders Custom specs (older operators did not): "registry.example.com/tagged:{{ .config.tag }}" becomes "registry.example.com/tagged:v1"' },
  ]);
});

test('migrate-render-differs invalid #2: existingHelmRelease values that render to something else under 0.1.21+ are an error showing what Helm would get', () => {
  const text = existingRelease('repo-0.1.20.yaml').text.replace('        auth:\n          enabled: false\n', '        fullnameOverride: "{{ .releaseName }}-cache"\n');
  const r = migrate({ file: 'templated.yaml', text });
  assert.deepEqual(r.findings.map((f) => `${f.severity} ${f.ruleId}`), ['error migrate-render-differs']);
  assert.match(r.findings[0].message, /^0\.1\.24 renders these values as Go templates and Helm gets \[\{"raw":\{"replica":\{"replicaCount":2\},"fullnameOverride":"[^"{]+-cache"\}\}\] instead of the values as written$/);
});
