import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lintText } from '../../src/lint/lint-text.ts';

const DEF = `kind: Helm
metadata:
  name: BAD_NAME
  version: 1.0.0
  supportedOperatorVersion: ">= 0.1.0, < 0.1.12"
spec:
  namespace: default
  repo: https://charts.example.com
  chartName: x
  version: 1.0.0
`;

test('a definition inside a ConfigMap is linted with positions in the ConfigMap file', () => {
  const cm = `apiVersion: v1
kind: ConfigMap
metadata: {name: defs}
data:
  module.yaml: |
${DEF.split('\n').map((l) => (l ? '    ' + l : l)).join('\n')}`;
  const r = lintText('cm.yaml', cm);
  const f = r.findings.find((x) => x.ruleId === 'metadata-name');
  assert.ok(f, 'metadata-name finding expected');
  assert.deepEqual(f.range.start, { line: 8, column: 13 });
  assert.equal(r.documents[0].kind, 'configmap');
  assert.equal(r.documents[0].dialect, 'helm-flat');
});

test('disable-next-line silences the named rule on the next line only', () => {
  const text = DEF.replace('  name: BAD_NAME', '  # forkspacer-def-disable-next-line metadata-name -- generated name\n  name: BAD_NAME');
  assert.equal(lintText('d.yaml', text).findings.filter((f) => f.ruleId === 'metadata-name').length, 0);
  const other = DEF.replace('  name: BAD_NAME', '  # forkspacer-def-disable-next-line unknown-field\n  name: BAD_NAME');
  assert.equal(lintText('d.yaml', other).findings.filter((f) => f.ruleId === 'metadata-name').length, 1);
});

test('severity overrides apply; off removes findings', () => {
  const r = lintText('d.yaml', DEF, { rules: { 'metadata-name': 'error' } });
  assert.equal(r.findings.find((f) => f.ruleId === 'metadata-name')?.severity, 'error');
  assert.equal(lintText('d.yaml', DEF, { rules: { 'metadata-name': 'off' } }).findings.length, 0);
});

test('bad input never throws: invalid YAML, lists, scalars, binary-ish text', () => {
  for (const text of [': : :\n', '- 1\n- 2\n', 'just a string\n', '{{{{', '\u0000\u0001', 'a: [\n', 'kind: Helm\nspec: [1]\nmetadata: 3\n']) {
    const r = lintText('x.yaml', text);
    assert.ok(Array.isArray(r.findings));
  }
  assert.equal(lintText('x.yaml', '- 1\n').findings[0].ruleId, 'document-shape');
  assert.equal(lintText('x.yaml', 'a: [\n').findings[0].ruleId, 'yaml-syntax');
});

test('findings are sorted by position and JSON-able', () => {
  const r = lintText('d.yaml', DEF.replace('chartName', 'chartname').replace('1.0.0\nspec', '1.0\nspec'));
  const lines = r.findings.map((f) => f.range.start.line);
  assert.deepEqual(lines, [...lines].sort((a, b) => a - b));
  assert.doesNotThrow(() => JSON.stringify(r.findings));
});
