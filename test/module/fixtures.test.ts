import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { lintText } from '../../src/lint/lint-text.ts';
import { buildRunIndex } from '../../src/lint/lint-module.ts';
import type { ModuleLintOptions } from '../../src/lint/lint-module.ts';

/**
 * Every example Module of the operator repository (fixtures/modules/reference/, linted with the
 * --operator-version of its tag) and every Module of the seeds (fixtures/modules/seeds/), with
 * the findings the operator's behaviour implies. Each fixture says why in its first lines.
 */
const dir = join(import.meta.dirname, '..', '..', 'fixtures', 'modules');

const expected: Record<string, string[]> = {
  'reference/v0.1.20-module-vcluster-nginx.yaml': ['15:35 operator-version'],
  'reference/v0.1.20-module_custom.yaml': ['12:7 metadata-version', '16:16 custom-image-tag', '19:13 custom-controller-permission'],
  'reference/v0.1.20-module_helm.yaml': [],
  'reference/v0.1.24-module-vcluster-nginx.yaml': ['8:1 module-api-version', '9:3 module-pruned-field'],
  'reference/v0.1.24-module_custom.yaml': ['8:1 module-api-version', '9:3 module-pruned-field'],
  'reference/v0.1.24-module_helm.yaml': [],
  // The same default/redis as v0.1.24/module_helm.yaml: applying the folder keeps only one.
  'reference/v0.1.24-module_helm_existing.yaml': ['6:9 module-duplicate'],
  'reference/v0.1.5-module_custom.yaml': [],
  'reference/v0.1.5-module_helm.yaml': [],
  'reference/v0.1.9-module_custom.yaml': ['12:7 metadata-version', '16:16 custom-image-tag', '19:13 custom-controller-permission'],
  'reference/v0.1.9-module_helm.yaml': ['12:7 metadata-version', '74:9 operator-feature', '81:13 helm-migration', '83:11 operator-feature'],
  'reference/v0.1.20-workspace.yaml': [],
  'reference/v0.1.20-workspace-vcluster.yaml': [],
  'seeds/seed-002-1.yaml': ['11:14 module-unresolved-source'],
  'seeds/seed-002-2.yaml': ['11:14 module-unresolved-source'],
  'seeds/seed-002-3.yaml': ['20:5 module-config'],
  'seeds/seed-003-1.yaml': ['15:7 metadata-name', '15:7 metadata-version', '15:7 structure', '15:7 supported-operator-version'],
  'seeds/seed-003-2.yaml': ['15:7 metadata-name', '15:7 metadata-version', '15:7 structure', '15:7 supported-operator-version'],
  'seeds/seed-004-1.yaml': ['9:11 yaml-syntax', '11:1 yaml-syntax', '23:1 yaml-syntax'],
};

const files = ['reference', 'seeds'].flatMap((d) => readdirSync(join(dir, d)).filter((f) => f.endsWith('.yaml')).map((f) => `${d}/${f}`));

test('every Module fixture has an expectation and says why it lints as it does', () => {
  assert.deepEqual(files.slice().sort(), Object.keys(expected).sort());
  for (const f of files) assert.match(readFileSync(join(dir, f), 'utf8'), /^# (Copy of|From) .*\n# (Lints as|Not a Module)/);
});

// One run per operator tag: that tag's Modules with the reference Workspaces (the same at every tag).
const reference = files.filter((f) => f.startsWith('reference/')).map((f) => ({ file: f, text: readFileSync(join(dir, f), 'utf8') }));
const runOf = (version: string) => buildRunIndex(reference.filter((r) => r.file.startsWith(`reference/v${version}-`) || r.file.includes('-workspace')));

for (const f of files) {
  test(`fixture ${f}`, () => {
    const text = readFileSync(join(dir, f), 'utf8');
    const version = /^reference\/v([0-9.]+)-/.exec(f)?.[1];
    const options: ModuleLintOptions = { operatorVersion: version };
    // The reference Modules are linted together with the reference Workspace (cross-document checks).
    if (version) options.moduleRun = runOf(version);
    const found = lintText(f, text, options).findings.map((x) => `${x.range.start.line}:${x.range.start.column} ${x.ruleId}`);
    assert.deepEqual(found, expected[f]);
  });
}
