/** Module rules together: definitions inside Modules, the cross-file run index, metas and settings. Each rule's own cases are in test/rules/<id>.test.ts. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lintText } from '../../src/lint/lint-text.ts';
import { buildRunIndex, moduleRules } from '../../src/lint/lint-module.ts';
import type { ModuleLintOptions } from '../../src/lint/lint-module.ts';
import { head, okModule, workspace } from '../rules/module-documents.ts';

test('source.raw is linted with every definition rule, at file positions', () => {
  const code = okModule.replace('chartName: redis', 'chartName: ""');
  const found = lintText('t.yaml', code).findings.filter((f) => !f.ruleId.startsWith('module-'));
  assert.ok(found.length > 0);
  assert.ok(found.some((f) => f.ruleId === 'helm-chart-source' && f.range.start.line === 24 && f.range.start.column === 20), found.map((f) => `${f.range.start.line}:${f.range.start.column} ${f.ruleId}`).join('\n'));
});

test('cross-file run index: duplicate and workspace across files', () => {
  const files = [
    { file: 'a.yaml', text: workspace('dev') + okModule },
    { file: 'b.yaml', text: okModule },
  ];
  const moduleRun = buildRunIndex(files);
  const a = lintText('a.yaml', files[0].text, { moduleRun } as ModuleLintOptions).findings.filter((f) => f.ruleId.startsWith('module-'));
  const b = lintText('b.yaml', files[1].text, { moduleRun } as ModuleLintOptions).findings.filter((f) => f.ruleId.startsWith('module-'));
  assert.deepEqual(a.map((f) => f.ruleId), []);
  assert.deepEqual(b.map((f) => `${f.range.start.line}:${f.range.start.column} ${f.ruleId}`), ['4:9 module-duplicate']);
  assert.match(b[0].message, /a\.yaml \(document 2\)/);
});

test('every Module rule has an id, severity and one-line description, and --rule can turn it off', () => {
  for (const { meta: m } of moduleRules) {
    assert.match(m.id, /^module-[a-z-]+$/);
    assert.ok(!m.description.includes('\n'));
  }
  const code = `${okModule}---\n${okModule}`;
  assert.equal(lintText('t.yaml', code, { rules: { 'module-duplicate': 'off' } }).findings.filter((f) => f.ruleId === 'module-duplicate').length, 0);
});

test('a fetched definition judges spec.config, violations at the Module\'s keys', () => {
  const code = `${head()}spec:\n  source:\n    httpURL: https://x/y\n  config:\n    replicas: 7\n  workspace:\n    name: dev\n`;
  const text = 'kind: Helm\nmetadata:\n  name: r\n  version: "1.0.0"\n  supportedOperatorVersion: ">= 0.1.0"\nconfig:\n  - type: integer\n    name: R\n    alias: replicas\n    spec: {editable: true, max: 5}\nspec:\n  namespace: default\n  repo: https://charts.bitnami.com/bitnami\n  chartName: redis\n  version: 1.0.0\n';
  const options = { moduleSources: { http: new Map([['https://x/y', { ok: true as const, url: 'https://x/y', text }]]) } } as ModuleLintOptions;
  const found = lintText('t.yaml', code, options).findings.map((f) => `${f.range.start.line}:${f.range.start.column} ${f.ruleId}`);
  assert.deepEqual(found, ['9:15 module-config']);
});

test('a definition under another ConfigMap key in the same file is linted with every rule, at file positions, once', () => {
  const code = `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: defs\ndata:\n  redis.yaml: |\n    kind: Helm\n    metadata:\n      name: r\n      supportedOperatorVersion: ">= 0.1.0"\n    spec:\n      namespace: default\n      repo: https://charts.bitnami.com/bitnami\n      chartName: redis\n      version: 1.0.0\n---\n${head()}spec:\n  source:\n    configMap:\n      name: defs\n      key: redis.yaml\n  workspace:\n    name: dev\n---\n${head('redis2')}spec:\n  source:\n    configMap:\n      name: defs\n      key: redis.yaml\n  workspace:\n    name: dev\n`;
  const found = lintText('t.yaml', code).findings.map((f) => `${f.range.start.line}:${f.range.start.column} ${f.ruleId}`);
  assert.deepEqual(found, ['8:5 metadata-version']);
});

test('a definition under another ConfigMap key in another file of the run is linted in that file, and the Module gets no second report', () => {
  const cm = `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: defs\ndata:\n  redis.yaml: |\n    kind: Helm\n    metadata:\n      name: r\n      supportedOperatorVersion: ">= 0.1.0"\n    spec:\n      namespace: default\n      repo: https://charts.bitnami.com/bitnami\n      chartName: redis\n      version: 1.0.0\n`;
  const mod = `${workspace('dev')}${head()}spec:\n  source:\n    configMap:\n      name: defs\n      key: redis.yaml\n  workspace:\n    name: dev\n`;
  const files = [
    { file: 'defs.yaml', text: cm },
    { file: 'module.yaml', text: mod },
  ];
  const moduleRun = buildRunIndex(files);
  const where = (file: string, text: string) => lintText(file, text, { moduleRun } as ModuleLintOptions).findings.map((f) => `${f.range.start.line}:${f.range.start.column} ${f.ruleId}`);
  assert.deepEqual(where('defs.yaml', cm), ['8:5 metadata-version']);
  assert.deepEqual(where('module.yaml', mod), []);
  // Alone, the ConfigMap is read by no Module: its other keys are data, not definitions.
  assert.deepEqual(lintText('defs.yaml', cm).findings, []);
});

test('a fetched definition is linted once, as its own document: the Module reports its errors once at the source, honouring its disable comments', () => {
  const text = 'kind: Helm\n# forkspacer-def-disable-next-line supported-operator-version\nmetadata:\n  name: r\n  version: "1.0.0"\nspec:\n  namespace: default\n  repo: https://charts.bitnami.com/bitnami\n  chartName: redis\n  version: 1.0.0\n';
  const code = `${head()}spec:\n  source:\n    httpURL: https://x/y\n  workspace:\n    name: dev\n`;
  const served = (body: string) => ({ moduleSources: { http: new Map([['https://x/y', { ok: true as const, url: 'https://x/y', text: body }]]) } }) as ModuleLintOptions;
  const summary = (body: string) =>
    lintText('t.yaml', code, served(body))
      .findings.filter((f) => f.ruleId === 'module-source-definition')
      .map((f) => `${f.range.start.line}:${f.range.start.column} ${f.message}`);
  assert.deepEqual(summary(text), []);
  const found = summary(text.replace(/^#.*\n/m, ''));
  assert.equal(found.length, 1);
  assert.match(found[0], /^7:14 the definition from https:\/\/x\/y has an error: at its line 2:1, metadata\.supportedOperatorVersion is missing.* \[supported-operator-version\]$/);
});

test('source.raw Helm definitions render with the Module config: type changes warned, template errors once', () => {
  const code = okModule
    .replace('        version: 1.0.0\n', '        version: 1.0.0\n        values:\n          - raw:\n              mode: "{{ .config.mode }}"\n              bad: "{{ .config.replicas.x }}"\n')
    .replace('      config:\n', '      config:\n        - type: string\n          name: Mode\n          alias: mode\n          spec:\n            editable: true\n            default: "0755"\n');
  const found = lintText('t.yaml', code).findings.map((f) => `${f.range.start.line}:${f.range.start.column} ${f.ruleId}`);
  assert.deepEqual(found, ['34:21 module-render-warning', '35:24 template-data']);
});

test('randBase62 renders as letters in lint, so a verdict never depends on a random draw (an all-digit name re-parses as a number)', () => {
  // From the operator replay, where a draw of "2407" once made lint refuse what the operator installs.
  const code = JSON.stringify({
    apiVersion: 'batch.forkspacer.com/v1',
    kind: 'Module',
    metadata: { name: 'app', namespace: 'default' },
    config: [{ name: 'Item 0', alias: 'a0', string: { default: 'abc' } }],
    spec: {
      workspace: { name: 'ws', namespace: 'default' },
      helm: { namespace: 'default', chart: { repo: { url: 'https://charts.bitnami.com/bitnami', chart: 'redis', version: '1.0.0' } }, releaseName: '{{ randBase62 4 }}', values: [{ raw: { n: '{{ randBase62 4 }}' } }] },
    },
  });
  const runs = new Set<string>();
  const original = Math.random;
  try {
    Math.random = () => 0.05; // every draw "3", if lint drew: "3333" re-parses as a number
    for (let i = 0; i < 3; i++) runs.add(JSON.stringify(lintText('m.yaml', code, { operatorVersion: '0.1.24' }).findings.filter((f) => f.ruleId.startsWith('module-render'))));
  } finally {
    Math.random = original;
  }
  assert.deepEqual([...runs], ['[]']);
});
