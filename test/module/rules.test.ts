import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lintText } from '../../src/lint/lint-text.ts';
import { buildRunIndex, moduleRuleMetas } from '../../src/module/index.ts';
import type { ModuleLintOptions } from '../../src/module/index.ts';
import { ruleTester } from '../rules/harness.ts';

const head = (name = 'redis', ns = '') => `apiVersion: batch.forkspacer.com/v1
kind: Module
metadata:
  name: ${name}
${ns ? `  namespace: ${ns}\n` : ''}`;

const helmRaw = `    raw:
      kind: Helm
      metadata:
        name: redis
        version: "1.0.0"
        supportedOperatorVersion: ">= 0.1.0"
      config:
        - type: integer
          name: Replicas
          alias: replicas
          spec:
            editable: true
            min: 1
            max: 5
      spec:
        namespace: default
        repo: https://charts.bitnami.com/bitnami
        chartName: redis
        version: 1.0.0
`;

const okModule = `${head()}spec:
  source:
${helmRaw}  workspace:
    name: dev
`;

ruleTester('module-schema', {
  valid: [okModule],
  invalid: [
    {
      code: `${head()}spec:\n  hibernated: "no"\n  source:\n    httpURL: https://x/y\n  workspace:\n    name: dev\n`,
      errors: [{ line: 6, column: 15, message: 'spec.hibernated must be true or false' }],
    },
    { code: `${head()}spec:\n  source:\n    httpURL: https://x/y\n`, errors: [{ line: 5, column: 1, message: 'spec.workspace is required' }] },
    {
      name: 'empty workspace name (minLength)',
      code: `${head()}spec:\n  source:\n    httpURL: https://x/y\n  workspace:\n    name: ""\n`,
      errors: [{ line: 9, column: 11, message: 'spec.workspace.name must not be empty' }],
    },
  ],
});

ruleTester('module-pruned-field', {
  valid: [okModule],
  invalid: [
    {
      code: `${head()}spec:\n  extra: 1\n  source:\n    httpURL: https://x/y\n  workspace:\n    name: dev\n    namespace:\n`,
      errors: [
        { line: 6, column: 3, message: 'spec.extra is not a field of the Module CRD', severity: 'warning' },
        { line: 11, column: 5, message: 'spec.workspace.namespace is null' },
      ],
    },
    {
      name: 'createNamespace is not in the 0.1.11 CRD',
      code: `${head()}spec:\n  createNamespace: true\n  source:\n    httpURL: https://x/y\n  workspace:\n    name: dev\n`,
      options: { operatorVersion: '0.1.11' },
      errors: [{ line: 6, column: 3, message: '(CRD of operator 0.1.11)' }],
    },
  ],
});

ruleTester('module-api-version', {
  valid: [okModule, { code: okModule, options: { operatorVersion: '0.1.20' } }],
  invalid: [
    { code: okModule, options: { operatorVersion: '0.1.2' }, errors: [{ line: 1, column: 13, message: 'serves Modules as batch.environment.sh/v1' }] },
    { code: okModule, options: { operatorVersion: '0.1.24' }, errors: [{ line: 5, column: 1, message: 'reads spec.helm or spec.custom' }] },
  ],
});

ruleTester('module-name', {
  valid: [okModule, okModule.replace('name: redis\n', 'name: redis.cache\n  namespace: team-a\n')],
  invalid: [
    {
      code: okModule.replace('  name: redis\n', '  name: My_Redis\n  namespace: Team-A\n'),
      errors: [
        { line: 4, column: 9, message: 'metadata.name "My_Redis" must be a DNS-1123 subdomain' },
        { line: 5, column: 14, message: 'metadata.namespace "Team-A" must be a DNS-1123 label' },
      ],
    },
    { code: okModule.replace('  name: redis\n', '  labels: {}\n'), errors: [{ line: 3, column: 1, message: 'metadata.name is missing' }] },
  ],
});

ruleTester('module-labels', {
  valid: [okModule.replace('  name: redis\n', '  name: redis\n  labels:\n    app.kubernetes.io/name: redis\n    empty: ""\n  annotations:\n    example.com/note: "any text: ok"\n')],
  invalid: [
    {
      code: okModule.replace('  name: redis\n', `  name: redis\n  labels:\n    bad key: x\n    tier: true\n    long: ${'a'.repeat(64)}\n  annotations:\n    Example.com/x: y\n`),
      errors: [
        { line: 6, column: 5, message: 'label key "bad key" name part must be' },
        { line: 7, column: 11, message: 'label "tier" must be a string' },
        { line: 8, column: 11, message: 'value is 64 characters; at most 63' },
        { line: 10, column: 5, message: 'prefix "Example.com" must be a DNS-1123 subdomain' },
      ],
    },
  ],
});

ruleTester('module-source', {
  valid: [okModule, `${head()}spec:\n  source:\n    existingHelmRelease:\n      name: redis\n      chartSource:\n        repository:\n          url: https://charts.bitnami.com/bitnami\n          chart: redis\n  workspace:\n    name: dev\n`],
  invalid: [
    { code: `${head()}spec:\n  source:\n    httpURL: https://x/y\n    raw:\n      kind: Helm\n  workspace:\n    name: dev\n`, errors: [{ line: 8, column: 5, message: 'spec.source sets 2 sources (httpURL, raw)' }] },
    { code: `${head()}spec:\n  source: {}\n  workspace:\n    name: dev\n`, errors: [{ line: 6, column: 3, message: 'spec.source sets no source' }] },
    { code: `${head()}spec:\n  source:\n    raw:\n      kind: Chart\n  workspace:\n    name: dev\n`, errors: [{ line: 8, column: 7, message: 'kind "Chart"' }] },
    {
      name: 'existingHelmRelease with spec.config, two chart sources, bad url',
      code: `${head()}spec:\n  config:\n    replicas: 1\n  source:\n    existingHelmRelease:\n      name: redis\n      chartSource:\n        repository:\n          url: "charts.example.com"\n          chart: redis\n        git:\n          repo: https://github.com/x/y\n          path: chart\n  workspace:\n    name: dev\n`,
      errors: [
        { line: 6, column: 3, message: 'spec.config has no effect with source.existingHelmRelease' },
        { line: 13, column: 16, message: 'is not an http(s) or oci URL' },
        { line: 15, column: 9, message: 'chartSource sets 2 chart sources' },
      ],
    },
  ],
});

ruleTester('module-config', {
  valid: [okModule.replace('  workspace:', '  config:\n    replicas: 3\n  workspace:')],
  invalid: [
    {
      code: okModule.replace('  workspace:', '  config:\n    replicas: 9\n    nope: 1\n  workspace:'),
      errors: [
        { line: 27, column: 15, message: 'replicas: 9 is above the maximum 5' },
        { line: 28, column: 5, message: 'nope: no config item has this alias' },
      ],
    },
    {
      name: 'a definition from a ConfigMap among the inputs',
      code: `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: defs\ndata:\n  module.yaml: |\n    kind: Helm\n    metadata:\n      name: r\n      version: "1.0.0"\n      supportedOperatorVersion: ">= 0.1.0"\n    config:\n      - type: option\n        name: Mode\n        alias: mode\n        spec:\n          editable: true\n          values: [a, b]\n    spec:\n      namespace: default\n      repo: https://charts.bitnami.com/bitnami\n      chartName: redis\n      version: 1.0.0\n---\n${head()}spec:\n  source:\n    configMap:\n      name: defs\n  config:\n    mode: c\n  workspace:\n    name: dev\n`,
      errors: [{ line: 34, column: 11, message: 'ConfigMap default/defs data["module.yaml"]' }],
    },
  ],
});

ruleTester('module-unresolved-source', {
  valid: [okModule],
  invalid: [
    { code: `${head()}spec:\n  source:\n    httpURL: https://x/y\n  workspace:\n    name: dev\n`, errors: [{ line: 7, column: 14, message: 'https://x/y was not fetched', severity: 'warning' }] },
    { code: `${head()}spec:\n  source:\n    configMap:\n      name: defs\n  workspace:\n    name: dev\n`, errors: [{ line: 8, column: 7, message: 'ConfigMap default/defs is not among the inputs' }] },
  ],
});

ruleTester('module-source-missing', {
  valid: [],
  invalid: [
    {
      code: `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: defs\ndata:\n  other: x\n---\n${head()}spec:\n  source:\n    configMap:\n      name: defs\n      key: def.yaml\n  workspace:\n    name: dev\n`,
      errors: [{ line: 15, column: 7, message: 'has no data key "def.yaml"' }],
    },
    {
      name: 'HTTP error from the resolver',
      code: `${head()}spec:\n  source:\n    httpURL: https://x/y\n  workspace:\n    name: dev\n`,
      options: { moduleSources: { http: new Map([['https://x/y', { ok: false, error: 'HTTP 404 Not Found' }]]) } } as ModuleLintOptions,
      errors: [{ line: 7, column: 14, message: 'https://x/y: HTTP 404 Not Found' }],
    },
  ],
});

const inline = `${head()}config:
  - name: Replicas
    alias: replicas
    integer:
      default: 2
      min: 1
      max: 5
spec:
  helm:
    namespace: default
    chart:
      repo:
        url: https://charts.bitnami.com/bitnami
        chart: redis
    values:
      - raw:
          replicas: "{{ .config.replicas }}"
  workspace:
    name: dev
`;

ruleTester('module-inline-spec', {
  valid: [inline],
  invalid: [{ code: inline.replace('  workspace:', '  custom:\n    image: x\n  workspace:'), errors: [{ line: 22, column: 3, message: 'spec sets both helm and custom' }] }],
});

ruleTester('module-chart-source', {
  valid: [inline, inline.replace(/    chart:\n      repo:\n        url: \S+\n        chart: redis\n/, '    chart:\n      git:\n        repo: https://github.com/x/y\n')],
  invalid: [
    {
      name: 'an empty chart',
      code: inline.replace(/    chart:\n      repo:\n        url: \S+\n        chart: redis\n/, '    chart: {}\n'),
      errors: [{ line: 15, column: 5, message: 'spec.helm.chart sets no chart source' }],
    },
  ],
});

ruleTester('module-inline-duplicate-alias', {
  valid: [inline],
  invalid: [
    {
      code: inline.replace('spec:\n  helm:', '  - name: Again\n    alias: replicas\n    integer:\n      default: 3\nspec:\n  helm:'),
      errors: [{ line: 13, column: 12, severity: 'warning', message: 'alias "replicas" is also used by config[0]' }],
    },
  ],
});

ruleTester('module-inline-default', {
  valid: [inline],
  invalid: [{ code: inline.replace('default: 2', 'default: 9'), errors: [{ line: 9, column: 16, message: 'replicas: 9 is above the maximum 5', severity: 'warning' }] }],
});

ruleTester('module-ignored-config', {
  valid: [inline],
  invalid: [{ code: inline.replace('  workspace:', '  config:\n    other: 1\n  workspace:'), errors: [{ line: 23, column: 5, message: 'spec.config.other names no config item' }] }],
});

ruleTester('module-render', {
  valid: [inline],
  invalid: [{ code: inline.replace('{{ .config.replicas }}', '{{ .config.replicas | default 1 }}'), errors: [{ line: 21, column: 44, message: 'function "default" not defined' }] }],
});

ruleTester('module-render-warning', {
  valid: [inline],
  invalid: [{ code: inline.replace('{{ .config.replicas }}', '{{ .config.nope }}'), errors: [{ line: 21, column: 21, message: '<no value>' }] }],
});

ruleTester('module-release-name', {
  valid: [okModule, inline],
  invalid: [
    { code: okModule.replace('name: redis\n', `name: ${'r'.repeat(50)}\n`), errors: [{ line: 4, column: 9, message: 'is 58 characters (Helm allows 53)' }] },
    { code: inline.replace('    namespace: default\n', '    namespace: default\n    releaseName: Redis\n'), errors: [{ line: 15, column: 18, message: '"Redis" (spec.helm.releaseName) is not a DNS-1123 name' }] },
  ],
});

const workspace = (name: string, ns = 'default') => `apiVersion: batch.forkspacer.com/v1\nkind: Workspace\nmetadata:\n  name: ${name}\n  namespace: ${ns}\nspec: {}\n---\n`;

ruleTester('module-workspace', {
  valid: [okModule, workspace('dev') + okModule],
  invalid: [
    { code: workspace('prod') + okModule, errors: [{ line: 34, column: 11, message: 'no Workspace default/dev among the inputs (Workspaces in the inputs: default/prod)' }] },
    { code: workspace('dev', 'team') + okModule, errors: [{ line: 34, column: 11, message: 'the inputs have one in namespace team' }] },
  ],
});

ruleTester('module-duplicate', {
  valid: [okModule, `${okModule}---\n${okModule.replace('name: redis\n', 'name: redis\n  namespace: other\n')}`],
  invalid: [{ code: `${okModule}---\n${okModule}`, errors: [{ line: 32, column: 9, message: 'also defined in document 1 of this file' }] }],
});

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
  for (const m of moduleRuleMetas) {
    assert.match(m.id, /^module-[a-z-]+$/);
    assert.ok(!m.description.includes('\n'));
  }
  const code = `${okModule}---\n${okModule}`;
  assert.equal(lintText('t.yaml', code, { rules: { 'module-duplicate': 'off' } }).findings.filter((f) => f.ruleId === 'module-duplicate').length, 0);
});

ruleTester('module-source-definition', {
  valid: [
    {
      code: `${head()}spec:\n  source:\n    httpURL: https://x/y\n  workspace:\n    name: dev\n`,
      options: { moduleSources: { http: new Map([['https://x/y', { ok: true, url: 'https://x/y', text: helmRaw.replace(/^ {6}/gm, '').replace('    raw:\n', '') }]]) } } as ModuleLintOptions,
    },
  ],
  invalid: [
    {
      code: `${head()}spec:\n  source:\n    httpURL: https://x/y\n  config:\n    replicas: 7\n  workspace:\n    name: dev\n`,
      options: { moduleSources: { http: new Map([['https://x/y', { ok: true, url: 'https://x/y', text: 'kind: Helm\nmetadata:\n  name: r\n  version: "1.0.0"\nconfig:\n  - type: integer\n    name: R\n    alias: replicas\n    spec: {editable: true, max: 5}\nspec:\n  namespace: default\n  repo: https://charts.bitnami.com/bitnami\n  chartName: redis\n  version: 1.0.0\n' }]]) } } as ModuleLintOptions,
      errors: [{ line: 7, column: 14, message: 'the definition from https://x/y has an error: at its line 2:1, metadata.supportedOperatorVersion is missing' }],
    },
  ],
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

test('source.raw Helm definitions render with the Module config: type changes warned, template errors once', () => {
  const code = okModule
    .replace('        version: 1.0.0\n', '        version: 1.0.0\n        values:\n          - raw:\n              mode: "{{ .config.mode }}"\n              bad: "{{ .config.replicas.x }}"\n')
    .replace('      config:\n', '      config:\n        - type: string\n          name: Mode\n          alias: mode\n          spec:\n            editable: true\n            default: "0755"\n');
  const found = lintText('t.yaml', code).findings.map((f) => `${f.range.start.line}:${f.range.start.column} ${f.ruleId}`);
  assert.deepEqual(found, ['34:21 module-render-warning', '35:24 template-data']);
});
