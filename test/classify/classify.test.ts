import assert from 'node:assert/strict';
import { test } from 'node:test';
import { classify } from '../../src/classify/classify.ts';
import { parseYamlStream } from '../../src/load/parse-stream.ts';

const kindOf = (text: string) => {
  const c = classify(parseYamlStream(text)[0]?.root ?? null);
  return c.kind === 'definition' ? `definition/${c.dialect}` : c.kind === 'module' ? `module/${c.dialect}` : c.kind;
};

test('definition dialects are detected from the shape', () => {
  assert.equal(kindOf('kind: Helm\nspec: {repo: x, chartName: y}\n'), 'definition/helm-flat');
  assert.equal(kindOf('kind: Helm\nspec: {chart: {repo: {url: x}}}\n'), 'definition/helm-chart');
  assert.equal(kindOf('kind: Custom\nspec: {repo: {file: x}}\n'), 'definition/custom-plugin');
  assert.equal(kindOf('kind: Custom\nspec: {image: x}\n'), 'definition/custom-image');
});

test('Modules of both API groups and both eras, ConfigMaps with module.yaml, others skipped', () => {
  assert.equal(kindOf('apiVersion: batch.forkspacer.com/v1\nkind: Module\nspec: {source: {raw: {}}}\n'), 'module/module-source');
  assert.equal(kindOf('apiVersion: batch.environment.sh/v1\nkind: Module\nspec: {source: {httpURL: x}}\n'), 'module/module-source');
  assert.equal(kindOf('apiVersion: batch.forkspacer.com/v1\nkind: Module\nspec: {helm: {}}\n'), 'module/module-inline');
  assert.equal(kindOf('apiVersion: v1\nkind: ConfigMap\ndata: {module.yaml: "kind: Helm"}\n'), 'configmap');
  assert.equal(kindOf('apiVersion: v1\nkind: ConfigMap\ndata: {other: x}\n'), 'skipped');
  assert.equal(kindOf('apiVersion: apps/v1\nkind: Deployment\n'), 'skipped');
  assert.equal(kindOf('- a\n- b\n'), 'skipped');
  assert.equal(kindOf('# nothing\n'), 'skipped');
});

test('a definition-like document with another kind is flagged, not skipped', () => {
  assert.equal(kindOf('kind: Helmm\nmetadata: {supportedOperatorVersion: ">= 0.1.0"}\nspec: {}\n'), 'definition-bad-kind');
});
