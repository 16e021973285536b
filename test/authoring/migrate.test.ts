/**
 * migrate on every fixture: what migrates cleanly gives a Module that the 0.1.24 CRD schema
 * accepts (and Module lint, where it exists, passes), and that renders to the same effective
 * config and Helm values as the old definition; what does not carries the findings that say why.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { equivalent, migrate, parsePath } from '../../src/authoring/migrate/index.ts';
import { mapHelmSpec } from '../../src/authoring/migrate/helm.ts';
import { lintText } from '../../src/lint/lint-text.ts';
import { render } from '../../src/render/index.ts';
import { toPlain } from '../../src/values/go-value.ts';
import type { GoValue } from '../../src/values/go-value.ts';

const root = resolve(import.meta.dirname, '../..');
const read = (p: string) => ({ file: p, text: readFileSync(p.startsWith('/') ? p : join(root, p), 'utf8') });

/** Definitions and the Module used with them (fixtures/migrate/<name>-module.yaml, or a named pairing). */
const modules: Record<string, string> = {
  'fixtures/examples/redis-helm-flat.yaml': 'fixtures/migrate/redis-module.yaml',
  'fixtures/migrate/chart-sources.yaml': 'fixtures/migrate/chart-sources-module.yaml',
  'fixtures/migrate/reparse.yaml': 'fixtures/migrate/reparse-module.yaml',
};
const definitions = [
  ...readdirSync(join(root, 'fixtures/examples')).filter((n) => n.endsWith('.yaml')).map((n) => `fixtures/examples/${n}`),
  ...readdirSync(join(root, 'fixtures/migrate')).filter((n) => n.endsWith('.yaml') && !n.endsWith('-module.yaml')).map((n) => `fixtures/migrate/${n}`),
];
const cases: { def: string; module?: string }[] = [];
for (const d of definitions) {
  cases.push({ def: d });
  if (modules[d]) cases.push({ def: d, module: modules[d] });
}

const expectedBlocked = new Set([
  'fixtures/examples/installer-custom-image.yaml',
  'fixtures/examples/legacy-plugin-custom.yaml',
  'fixtures/migrate/reparse.yaml',
  'fixtures/migrate/module-raw.yaml',
  'fixtures/migrate/custom-templated.yaml',
]);

// The operator's own examples: 0.1.x Modules with the definition in spec.source.raw, and definitions.
const REFERENCE = '../shared/reference/examples';
if (existsSync(REFERENCE)) {
  for (const v of ['v0.1.5', 'v0.1.9', 'v0.1.20']) {
    for (const n of readdirSync(join(REFERENCE, v)).sort()) {
      const p = join(REFERENCE, v, n);
      const text = readFileSync(p, 'utf8');
      if (!/^\s*raw:\s*$/m.test(text) && !/^kind: (Helm|Custom)$/m.test(text)) continue;
      cases.push({ def: p });
      if (/repo:\s*\n\s*(file|configMap):/.test(text)) expectedBlocked.add(p);
    }
  }
}

const CRD = join(root, 'fixtures/crds/modules-v0.1.24.yaml');
const crdSchema = (() => {
  if (existsSync(CRD)) {
    const crd = parse(readFileSync(CRD, 'utf8')) as { spec: { versions: { schema: { openAPIV3Schema: object } }[] } };
    return crd.spec.versions[0].schema.openAPIV3Schema;
  }
  return JSON.parse(readFileSync(join(root, 'schemas/module-0.1.24.schema.json'), 'utf8')) as object;
})();
// The API server applies the CRD defaults before it validates; useDefaults does the same.
const ajv = new Ajv({ strict: false, useDefaults: true, allErrors: true });
const validate = ajv.compile(crdSchema);

const canon = (v: GoValue | undefined) => JSON.stringify(v === undefined ? null : toPlain(v));

for (const c of cases) {
  const name = `${c.def}${c.module ? ` with ${c.module}` : ''}`;
  test(`migrate ${name}`, () => {
    const r = migrate(read(c.def), c.module ? { module: read(c.module) } : {});
    assert.equal(r.errorCount > 0, expectedBlocked.has(c.def), `blocking findings:\n${r.findings.map((f) => `${f.ruleId} ${f.message}`).join('\n')}`);
    for (const f of r.findings) {
      assert.match(f.ruleId, /^(migrate-|config-|template-|render-)/);
      assert.ok(f.range.start.line >= 1 && [c.def, c.module].includes(f.file), `${f.ruleId} at ${f.file}:${f.range.start.line}`);
    }
    if (r.errorCount) return;
    // The output is a Module the 0.1.24 CRD accepts.
    const doc = parse(r.output) as object;
    assert.ok(validate(structuredClone(doc)), `CRD schema: ${ajv.errorsText(validate.errors)}`);
    // Module lint (when the Module rules exist) finds no errors.
    const lint = lintText('migrated.yaml', r.output);
    assert.deepEqual(lint.findings.filter((f) => f.severity === 'error').map((f) => `${f.ruleId}: ${f.message}`), []);
    // Rendering old and new gives the same effective config and Helm values.
    const old = r.oldRender!;
    const now = render({ file: 'migrated.yaml', text: r.output }, { operatorVersion: '0.1.24' });
    assert.equal(now.errorCount, 0, now.findings.map((f) => f.message).join('\n'));
    assert.deepEqual([...now.effectiveConfig.keys()].sort(), [...old.effectiveConfig.keys()].filter((k) => now.effectiveConfig.has(k)).sort());
    for (const [k, v] of old.effectiveConfig) {
      if (!now.effectiveConfig.has(k)) continue;
      assert.ok(equivalent(v, now.effectiveConfig.get(k)), `.config.${k}: ${canon(v)} vs ${canon(now.effectiveConfig.get(k))}`);
    }
    assert.equal(now.releaseName, old.releaseName);
    if (old.kind === 'Helm') {
      const oldHelm = mapHelmSpec(old.spec, r.dialect as 'helm-flat' | 'helm-chart').helm;
      const nowSpec = now.spec as Map<string, GoValue>;
      assert.equal(canon(nowSpec.get('values')), canon(oldHelm.get('values')), 'Helm values');
      assert.equal(nowSpec.get('namespace'), (old.spec as Map<string, GoValue>).get('namespace') ?? 'default');
      assert.equal(canon((nowSpec.get('chart') as Map<string, GoValue>)), canon(mergeDefaults(oldHelm.get('chart'), nowSpec.get('chart'))));
    } else {
      assert.equal(canon(now.installBody), canon(old.installBody));
    }
  });
}

/** The new side's CRD defaults where the old side wrote nothing (git revision/path, auth namespaces). */
function mergeDefaults(old: GoValue | undefined, now: GoValue | undefined): GoValue | undefined {
  if (!(old instanceof Map) || !(now instanceof Map)) return old;
  const m = new Map(now);
  for (const [k, v] of old) m.set(k, mergeDefaults(v, now.get(k)) ?? null);
  return m;
}

test('migrate: items re-keyed by type, editable explicit, old values key carried', () => {
  const r = migrate(read('fixtures/migrate/chart-sources.yaml'));
  const items = r.module.get('config') as Map<string, GoValue>[];
  assert.deepEqual(items.map((i) => [...i.keys()][2]), ['string', 'boolean', 'integer']);
  assert.equal((items[0].get('string') as Map<string, GoValue>).get('editable'), false, 'editable defaulted to false before 0.1.21');
  assert.match(r.output, /configMap:\n {10}name: api-values\n {10}namespace: default\n {10}key: values\n/);
  assert.match(r.output, /migration:\n {6}pvcs:\n {8}- data-\{\{ \.releaseName \}\}\n {6}secrets:/);
  assert.match(r.output, /git:\n {8}repo: https:\/\/github.com\/example\/charts.git/);
});

test('migrate: flat Helm maps to chart.repo {url, chart, version}; the Module carries metadata, workspace, hibernated, config', () => {
  const r = migrate(read('fixtures/examples/redis-helm-flat.yaml'), { module: read('fixtures/migrate/redis-module.yaml') });
  assert.equal(r.errorCount, 0);
  assert.match(r.output, /chart:\n {6}repo:\n {8}url: https:\/\/charts.bitnami.com\/bitnami\n {8}chart: redis\n {8}version: "\{\{ \.config\.version \}\}"/);
  assert.match(r.output, /metadata:\n {2}name: cache\n {2}namespace: team-a\n {2}labels:\n {4}team: a\n/);
  assert.match(r.output, /workspace:\n {4}name: dev\n {4}namespace: default\n {2}hibernated: true\n {2}config:\n {4}version: 21.2.7\n {4}replicaCount: 2\n/);
  assert.deepEqual(r.findings, []);
});

test('migrate: what cannot be carried over is reported where it is written', () => {
  const r = migrate(read('fixtures/migrate/reparse.yaml'), { module: read('fixtures/migrate/reparse-module.yaml') });
  const got = r.findings.map((f) => `${f.file.replace(/^fixtures\/migrate\//, '')}:${f.range.start.line}:${f.range.start.column} ${f.ruleId}${f.path ? ` ${f.path}` : ''}`);
  assert.deepEqual(got, [
    'reparse.yaml:21:11 migrate-multiple-options config[2]',
    'reparse.yaml:35:15 migrate-reparse spec.values[0].raw.mode',
    'reparse.yaml:36:15 migrate-reparse spec.values[0].raw.size',
    'reparse.yaml:43:11 migrate-output-configmap spec.outputs[0].valueFrom.configMap',
    'reparse.yaml:47:16 migrate-migration-disabled spec.migration.pvc.enabled',
    'reparse-module.yaml:13:15 migrate-config-differs spec.config.replicas',
    'reparse-module.yaml:14:5 migrate-multiple-options-input spec.config.features',
  ]);
  const byRule = (id: string) => r.findings.find((f) => f.ruleId === id)!.message;
  assert.match(byRule('migrate-reparse'), /YAML into the int 493; 0\.1\.21\+ re-parses it as JSON into "0755"/);
  assert.match(byRule('migrate-config-differs'), /the float 2\.5 for the old operator but the int 2/);
  assert.match(r.output, /# NOT carried over \(see the findings\):\n# {3}- spec\.config\.features \(multiple-options input\)\n# {3}- spec\.outputs\[0\]\.valueFrom\.configMap\n/);
  assert.doesNotMatch(r.output, /features: \[/);
});

test('migrate: float items, plugin Custom and a ConfigMap-held definition', () => {
  const f = migrate(read('fixtures/examples/installer-custom-image.yaml'));
  assert.deepEqual(f.findings.filter((x) => x.severity === 'error').map((x) => `${x.range.start.line}:${x.range.start.column} ${x.ruleId}`), ['18:11 migrate-float-item']);
  assert.doesNotMatch(f.output, /alias: cpu/);
  assert.match(f.output, /config:\n {4}appName: ""\n/, 'required item gets a placeholder');
  const p = migrate(read('fixtures/examples/legacy-plugin-custom.yaml'));
  assert.deepEqual(p.findings.filter((x) => x.severity === 'error').map((x) => x.ruleId), ['migrate-plugin-custom']);
  const cm = migrate(read('fixtures/examples/definitions-configmap.yaml'));
  assert.equal(cm.errorCount, 0);
  assert.equal(cm.findings[0].range.start.line, 11, 'positions inside data["module.yaml"] map back to the file');
});

test('migrate: a 0.1.x Module holding its definition in spec.source.raw is the definition and the Module', () => {
  const r = migrate(read('fixtures/migrate/module-raw.yaml'));
  assert.deepEqual(
    r.findings.map((f) => `${f.range.start.line}:${f.range.start.column} ${f.ruleId}`),
    ['24:17 migrate-float-item'],
    'positions inside spec.source.raw are the file\'s',
  );
  assert.match(r.output, /metadata:\n {2}name: web\n {2}namespace: apps\n/);
  assert.match(r.output, /workspace:\n {4}name: dev\n {4}namespace: default\n {2}hibernated: false\n {2}config:\n {4}replicas: 2\n/);
  assert.throws(() => migrate(read('fixtures/migrate/module-raw.yaml'), { module: read('fixtures/migrate/redis-module.yaml') }), /leave out --module/);
});

test('migrate: equivalent() and parsePath()', () => {
  assert.ok(equivalent(3n, 3));
  assert.ok(!equivalent(1000000n, 1e6), 'Helm prints the float64 as 1e+06');
  assert.ok(!equivalent('3', 3n));
  assert.deepEqual(parsePath('spec.helm.values[0].raw["a.b"].c'), ['spec', 'helm', 'values', 0, 'raw', 'a.b', 'c']);
});
