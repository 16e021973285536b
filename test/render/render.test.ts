/** The renderer on the shipped examples and on fixtures/render/: values, types, findings and positions. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render, RenderInputError, toYaml } from '../../src/render/index.ts';
import type { RenderOptions, RenderResult } from '../../src/render/index.ts';
import type { GoValue } from '../../src/values/go-value.ts';
import { fromJson } from '../../src/values/go-value.ts';

const root = resolve(import.meta.dirname, '../..');
const src = (file: string) => ({ file, text: readFileSync(resolve(root, file), 'utf8') });
const run = (file: string, options: RenderOptions = {}) => render(src(file), options);

/** Follows keys and indexes into a rendered value. */
function get(v: GoValue | undefined, ...path: (string | number)[]): GoValue | undefined {
  let x: GoValue | undefined = v;
  for (const p of path) {
    if (x instanceof Map) x = x.get(String(p));
    else if (Array.isArray(x) && typeof p === 'number') x = x[p];
    else return undefined;
  }
  return x;
}
const raw = (r: RenderResult, i = 0) => get(r.spec, 'values', i, 'raw');
const messages = (r: RenderResult, rule: string) => r.findings.filter((f) => f.ruleId === rule).map((f) => f.message);

test('shipped examples: redis (flat) renders with the defaults, types kept', () => {
  const r = run('fixtures/examples/redis-helm-flat.yaml');
  assert.equal(r.era, 'legacy');
  assert.equal(r.operatorVersion, '0.1.11');
  assert.equal(r.operatorVersionSource, 'newest-accepted');
  assert.equal(r.releaseName, 'default-redis');
  assert.equal(r.namespace, undefined, '.namespace arrives in 0.1.20');
  assert.deepEqual(r.findings, []);
  assert.equal(get(r.spec, 'version'), '21.2.9');
  assert.equal(get(raw(r), 'replica', 'replicaCount'), 1n);
  assert.equal(get(raw(r), 'master', 'persistence', 'size'), '1Gi');
  assert.equal(get(r.spec, 'outputs', 0, 'value'), 'default-redis-master.default');
  assert.deepEqual(get(r.spec, 'migration', 'pvc', 'names'), ['redis-data-default-redis-master-0']);
  assert.equal(get(r.spec, 'cleanup', 'removeNamespace'), false);
});

test('shipped examples: postgres (chart) gets .namespace in 0.1.20 and keeps the bool', () => {
  const r = run('fixtures/examples/postgres-helm-chart.yaml');
  assert.equal(r.operatorVersion, '0.1.20');
  assert.equal(r.namespace, 'databases');
  assert.equal(get(raw(r), 'metrics', 'enabled'), false);
  assert.equal(get(raw(r), 'fullnameOverride'), 'default-postgresql-db');
  assert.deepEqual(get(r.effectiveConfig, 'extensions'), ['pgcrypto']);
  assert.equal(r.errorCount, 0);
});

test('shipped examples: a definition inside a ConfigMap, positions in the outer file', () => {
  const r = run('fixtures/examples/definitions-configmap.yaml', { overrides: [{ source: '--set', values: new Map([['replicas', 7]]) }] });
  assert.equal(r.dialect, 'helm-flat');
  assert.equal(get(raw(r), 'replicaCount'), 7n, 'a JSON 7 (float64) prints as 7 and re-parses as the int 7');
  const v = r.findings.find((f) => f.ruleId === 'config-violation');
  assert.ok(v, 'max is 3');
  assert.match(v.message, /above the maximum 3/);
  assert.equal(v.file, 'fixtures/examples/definitions-configmap.yaml');
  assert.ok(v.range.start.line >= 15 && v.range.start.line <= 23, `line ${v.range.start.line} is inside the embedded config item`);
});

test('shipped examples: Custom definitions', () => {
  const image = run('fixtures/examples/installer-custom-image.yaml', { overrides: [{ source: '--set', values: new Map([['appName', 'demo']]) }] });
  assert.equal(image.spec, undefined, 'Custom specs are not rendered before 0.1.21');
  assert.equal(toYaml(image.installBody!), 'appName: demo\ncpu: 0.5\n');
  assert.equal(image.errorCount, 0);
  const missing = run('fixtures/examples/installer-custom-image.yaml');
  assert.deepEqual(messages(missing, 'config-violation').length, 1);
  const plugin = run('fixtures/examples/legacy-plugin-custom.yaml');
  assert.equal(plugin.installBody, undefined);
  assert.equal(plugin.operatorVersion, '0.1.7');
});

test('re-parse: yaml.v3 types, and the typed round trip through string fields', () => {
  const r = run('fixtures/render/reparse-helm.yaml');
  const v = raw(r);
  assert.equal(get(v, 'replicas'), 3n);
  assert.equal(get(v, 'ratio'), 1.5);
  assert.equal(get(v, 'metrics'), true);
  assert.equal(get(v, 'mode'), 493n, '"0755" is octal');
  assert.equal(get(v, 'suffix'), 7n);
  assert.equal(get(v, 'answer'), 'yes', 'yaml.v3 is YAML 1.2 here');
  assert.equal(get(v, 'tilde'), null);
  assert.equal(get(v, 'thousand'), 1000n);
  assert.equal(get(v, 'empty'), null);
  assert.equal(get(v, 'missing'), '<no value>');
  assert.deepEqual(get(v, 'doc'), new Map([['a', 1n]]));
  assert.deepEqual(get(v, 'list'), [1n, 2.5, 'x']);
  assert.equal(get(v, 'quoted'), '3');
  assert.equal(get(v, 'three'), 3n, 'the float 3 is marshalled as 3 and read back as an int');
  assert.equal(get(v, 'notTemplated'), '{{ only opens');
  assert.equal(get(v, 'unknownField'), 1n, 'raw is map[string]any: every key kept');
  assert.equal(get(r.spec, 'values', 0, 'ignored'), undefined, 'unknown struct fields are dropped');
  assert.equal(get(r.spec, 'unknown'), undefined);
  assert.equal(get(r.spec, 'chart', 'repo', 'version'), '1.1', '"1.10" became the float 1.1, back as "1.1"');
  assert.equal(get(r.spec, 'outputs', 0, 'name'), '3');
  assert.equal(get(r.spec, 'outputs', 0, 'value'), 1.5);
  assert.deepEqual(get(r.spec, 'migration', 'pvc', 'names'), ['data-default-reparse'], 'a null entry is dropped from []string');
  assert.equal(get(r.spec, 'namespace'), 'default-reparse');
});

test('re-parse warnings: type changes, <no value>, text changes', () => {
  const r = run('fixtures/render/reparse-helm.yaml');
  const changes = messages(r, 'render-type-change');
  const paths = r.findings.filter((f) => f.ruleId === 'render-type-change').map((f) => f.path);
  assert.deepEqual(paths, [
    'spec.chart.repo.version',
    'spec.values[0].raw.mode',
    'spec.values[0].raw.suffix',
    'spec.values[0].raw.tilde',
    'spec.values[0].raw.empty',
    'spec.values[0].raw.doc',
    'spec.values[0].raw.list',
    'spec.values[0].raw.quoted',
    'spec.migration.pvc.names[1]',
  ]);
  assert.match(changes[0], /rendered "1\.10" is re-parsed as the float 1\.1, which comes back into this string field as "1\.1"/);
  assert.match(changes[1], /"0755" comes from a string value but is re-parsed as the int 493/);
  assert.deepEqual(messages(r, 'render-no-value').length, 1);
  assert.equal(r.errorCount, 0);
  // Not warned: numbers and bools printed from numbers and bools, "yes", "3.0" from a literal.
  assert.ok(!paths.includes('spec.values[0].raw.replicas'));
  assert.ok(!paths.includes('spec.values[0].raw.metrics'));
  assert.ok(!paths.includes('spec.values[0].raw.answer'));
});

test('config violations are all reported, at the Module key or the config item', () => {
  const r = run('fixtures/render/violations.yaml', { module: src('fixtures/render/module-violations.yaml') });
  const v = r.findings.filter((f) => f.ruleId === 'config-violation');
  assert.deepEqual(
    v.map((f) => f.path),
    ['spec.config.nope', 'spec.config.locked', 'spec.config.count', 'spec.config.size', 'spec.config.tier', 'spec.config.name', 'spec.config.needed'],
  );
  assert.deepEqual(v.map((f) => f.file).slice(0, 6), Array(6).fill('fixtures/render/module-violations.yaml'));
  assert.deepEqual(v.slice(0, 6).map((f) => f.range.start.line), [14, 15, 16, 17, 18, 19]);
  assert.equal(v[6].file, 'fixtures/render/violations.yaml');
  assert.match(v[6].message, /field 'needed' is required but missing/);
  assert.match(v[2].message, /validation failed for field 'count': input is not an integer/);
  assert.equal(r.releaseName, 'default-bad');
  const fd = r.findings.filter((f) => f.ruleId === 'config-float-default');
  assert.equal(fd.length, 1);
  assert.match(fd[0].message, /default: 1\.5 is truncated to 1/);
});

test('integer input truncated for the check, kept as given in the effective config (legacy)', () => {
  const r = run('fixtures/render/reparse-helm.yaml', { module: src('fixtures/render/module-config.yaml') });
  assert.equal(get(r.effectiveConfig, 'replicas'), 2.9);
  assert.equal(get(raw(r), 'replicas'), 2.9);
  const w = r.findings.filter((f) => f.ruleId === 'config-integer-truncated');
  assert.equal(w.length, 1);
  assert.equal(w[0].file, 'fixtures/render/module-config.yaml');
  assert.match(w[0].message, /2\.9 is truncated to 2 for the integer checks, but templates get 2\.9/);
  assert.equal(r.releaseName, 'team-a-demo');
  assert.equal(get(r.spec, 'chart', 'repo', 'version'), '1.9');
});

test('release names: Module namespace-name, --namespace, --release-name', () => {
  const m = { module: src('fixtures/render/module-config.yaml') };
  assert.equal(run('fixtures/render/namespace.yaml', m).releaseName, 'team-a-demo');
  assert.equal(run('fixtures/render/namespace.yaml', { ...m, namespace: 'other' }).releaseName, 'other-demo');
  const named = run('fixtures/render/namespace.yaml', { ...m, releaseName: 'custom' });
  assert.equal(named.releaseName, 'custom');
  assert.equal(get(raw(named), 'release'), 'custom');
  assert.equal(run('fixtures/render/namespace.yaml').releaseName, 'default-ns-demo');
});

test('.namespace by operator version: the written text from 0.1.20, <no value> before', () => {
  const r20 = run('fixtures/render/namespace.yaml');
  assert.equal(r20.operatorVersion, '0.1.20');
  assert.equal(r20.namespace, 'apps-{{ .config.env }}');
  assert.equal(get(raw(r20), 'targetNamespace'), 'apps-{{ .config.env }}', 'spec.namespace as written, before rendering');
  assert.equal(get(r20.spec, 'namespace'), 'apps-dev');
  const r19 = run('fixtures/render/namespace.yaml', { operatorVersion: '0.1.19' });
  assert.equal(r19.namespace, undefined);
  assert.equal(get(raw(r19), 'targetNamespace'), '<no value>');
  assert.equal(messages(r19, 'render-no-value').length, 1);
});

test('--operator-version outside the accepted releases is an error finding; across eras a RenderInputError', () => {
  const r = run('fixtures/render/namespace.yaml', { operatorVersion: '0.1.5' });
  assert.equal(r.findings.filter((f) => f.ruleId === 'render-operator-version').length, 1);
  assert.throws(() => run('fixtures/render/namespace.yaml', { operatorVersion: '0.1.22' }), RenderInputError);
  assert.throws(() => run('fixtures/render/inline-module.yaml', { operatorVersion: '0.1.12' }), RenderInputError);
  assert.throws(() => run('fixtures/render/module-config.yaml'), /--module/);
});

test('0.1.21+ inline Module: JSON re-parse, rendered namespace as .namespace, releaseName field in 0.1.24', () => {
  const r = run('fixtures/render/inline-module.yaml');
  assert.equal(r.era, 'inline');
  assert.equal(r.operatorVersion, '0.1.24');
  assert.equal(r.releaseName, 'cache-main');
  assert.equal(r.namespace, 'cache-prod');
  assert.equal(get(r.effectiveConfig, 'replicas'), 2n, 'inline: integers become Go ints (truncated)');
  const v = raw(r);
  assert.equal(get(v, 'replicas'), 2, 'JSON numbers are float64');
  assert.equal(get(v, 'version'), 1.1, '"1.10" parses as a JSON number');
  assert.equal(get(v, 'ns'), 'cache-prod');
  assert.equal(get(v, 'release'), 'cache-main');
  assert.equal(get(v, 'word'), 'prod');
  assert.deepEqual(get(v, 'list'), [1, 'a']);
  // "1.10" and "2" parse as JSON numbers, which encoding/json cannot put in a string field.
  const decode = r.findings.filter((f) => f.ruleId === 'render-decode').map((f) => f.path);
  assert.deepEqual(decode, ['spec.helm.chart.repo.version', 'spec.helm.outputs[0].name']);
  assert.equal(get(r.spec, 'chart', 'repo', 'version'), '{{ .config.version }}', 'left unrendered: the operator stops here');
  const r23 = run('fixtures/render/inline-module.yaml', { operatorVersion: '0.1.23' });
  assert.equal(r23.releaseName, 'team-b-cache', 'spec.helm.releaseName arrives in 0.1.24');
});

test('0.1.21+ Custom Module: the spec is rendered, the install body is the effective config', () => {
  const r = run('fixtures/render/inline-custom.yaml');
  assert.equal(r.kind, 'Custom');
  assert.equal(get(r.spec, 'image'), 'ghcr.io/example/installer:v2.0.0');
  assert.deepEqual(r.installBody, new Map([['tag', 'v2.0.0']]), 'unknown input keys are ignored');
});

test('no definition in the file', () => {
  assert.throws(() => render({ file: 'x.yaml', text: 'a: 1\n' }), RenderInputError);
});

test('YAML output prints Go types faithfully', () => {
  const v = fromJson({ a: '3', b: 'true', c: '1.10', d: '', e: 'yes', f: 'a: b', g: '- x', h: 'plain text', i: '~', j: '2001-12-14', k: ' pad', l: 'multi\nline' });
  assert.equal(
    toYaml(v),
    [
      'a: "3"',
      'b: "true"',
      'c: "1.10"',
      'd: ""',
      'e: "yes"',
      'f: "a: b"',
      'g: "- x"',
      'h: plain text',
      'i: "~"',
      'j: "2001-12-14"',
      'k: " pad"',
      'l: "multi\\nline"',
      '',
    ].join('\n'),
  );
  const nums = new Map<string, GoValue>([
    ['int', 3n],
    ['float', 3],
    ['frac', 1.1],
    ['big', 1e6],
    ['nan', NaN],
    ['inf', -Infinity],
    ['u64', 18446744073709551615n],
    ['list', []],
    ['map', new Map()],
    ['null', null],
  ]);
  assert.equal(toYaml(nums), 'int: 3\nfloat: 3\nfrac: 1.1\nbig: 1e+06\nnan: .nan\ninf: -.inf\nu64: 18446744073709551615\nlist: []\nmap: {}\n"null": null\n');
});
