/**
 * migrate on 0.1.x Modules that adopt a Helm release (spec.source.existingHelmRelease): the
 * 0.1.21+ Module adopts it through spec.helm.existingRelease, managed from the same chart. What
 * migrates cleanly is accepted by the 0.1.24 CRD schema and Module lint; what cannot be carried
 * over is a finding where it is written, and is listed in the header.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { migrate } from '../../src/authoring/migrate/index.ts';
import { lintText } from '../../src/lint/lint-text.ts';

const root = resolve(import.meta.dirname, '../..');
const dir = 'fixtures/migrate/existing-release';
const read = (name: string) => ({ file: `${dir}/${name}`, text: readFileSync(join(root, dir, name), 'utf8') });
const crd = parse(readFileSync(join(root, 'fixtures/crds/modules-v0.1.24.yaml'), 'utf8')) as { spec: { versions: { schema: { openAPIV3Schema: object } }[] } };
const ajv = new Ajv({ strict: false, useDefaults: true, allErrors: true });
const validate = ajv.compile(crd.spec.versions[0].schema.openAPIV3Schema);

function accepted(output: string): void {
  assert.ok(validate(structuredClone(parse(output) as object)), `CRD schema: ${ajv.errorsText(validate.errors)}`);
  const lint = lintText('migrated.yaml', output, { operatorVersion: '0.1.24' });
  assert.deepEqual(lint.findings.map((f) => `${f.severity} ${f.ruleId}: ${f.message}`), []);
}

test('0.1.20, Helm repository with credentials and values: spec.helm.existingRelease, chart.repo with auth, values as raw', () => {
  const r = migrate(read('repo-0.1.20.yaml'));
  assert.deepEqual(r.findings, []);
  assert.equal(r.dialect, 'existing-release');
  assert.deepEqual(parse(r.output), {
    apiVersion: 'batch.forkspacer.com/v1',
    kind: 'Module',
    metadata: { name: 'redis', namespace: 'team-a', labels: { team: 'a' } },
    spec: {
      helm: {
        chart: { repo: { url: 'https://charts.example.com/stable', chart: 'redis', version: '21.2.9', auth: { name: 'chart-credentials', namespace: 'team-a' } } },
        existingRelease: { name: 'redis', namespace: 'data' },
        namespace: 'data',
        values: [{ raw: { replica: { replicaCount: 2 }, auth: { enabled: false } } }],
      },
      workspace: { name: 'dev', namespace: 'default' },
      hibernated: false,
    },
  });
  assert.match(r.output, /^# Migrated by forkspacer-def migrate from fixtures\/migrate\/existing-release\/repo-0\.1\.20\.yaml\n# \(Module team-a\/redis adopting Helm release data\/redis\) for operator 0\.1\.21\+ \(checked against 0\.1\.24\)\.\n/);
  accepted(r.output);
});

test('0.1.11, Git chart: auth.secretRef becomes auth.httpsSecretRef; the release namespace defaults to default', () => {
  const r = migrate(read('git-0.1.11.yaml'));
  assert.deepEqual(r.findings, []);
  const spec = (parse(r.output) as { spec: Record<string, unknown> }).spec;
  assert.deepEqual(spec.helm, {
    chart: { git: { repo: 'https://git.example.com/platform/charts.git', path: 'charts/api', revision: 'v1.4.0', auth: { httpsSecretRef: { name: 'git-credentials', namespace: 'default' } } } },
    existingRelease: { name: 'api', namespace: 'default' },
    namespace: 'default',
  });
  assert.equal(spec.hibernated, true);
  accepted(r.output);
});

test('ConfigMap chart without a key, an ignored spec.config (warnings), values the new Module renders as a template (error)', () => {
  const r = migrate(read('configmap-0.1.20.yaml'));
  assert.deepEqual(
    r.findings.map((f) => `${f.range.start.line}:${f.range.start.column} ${f.severity} ${f.ruleId} ${f.path}`),
    [
      '13:5 warning migrate-existing-config spec.config',
      '20:11 warning migrate-chart-configmap-key spec.source.existingHelmRelease.chartSource.configMap',
      '23:9 error migrate-render-error spec.source.existingHelmRelease.values',
    ],
  );
  assert.equal(r.errorCount, 1);
  assert.match(r.findings[2].message, /^spec\.helm\.values\[0\]\.raw\.ingress\.annotations\["nginx\.ingress\.kubernetes\.io\/configuration-snippet"\]: template: :1: function "a" not defined \(as 0\.1\.24 renders the migrated Module's spec\.helm\.values; before 0\.1\.21 they reached Helm as written\)$/);
  const spec = (parse(r.output) as { spec: Record<string, unknown> }).spec;
  assert.equal(spec.config, undefined);
  assert.deepEqual((spec.helm as Record<string, unknown>).chart, { configMap: { name: 'web-chart', namespace: 'default' } });
  assert.match(r.output, /#   - spec\.config \(ignored by the operator\)/);
  // chart.configMap.key takes the CRD default (chart.tgz): accepted, as the warning says.
  assert.ok(validate(structuredClone(parse(r.output) as object)), ajv.errorsText(validate.errors));
});

test('--module makes no sense for a Module that adopts a release', () => {
  assert.throws(() => migrate(read('repo-0.1.20.yaml'), { module: read('git-0.1.11.yaml') }), /adopts a Helm release .* leave out --module/);
});
