import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test } from 'node:test';
import { render } from '../../src/render/index.ts';
import type { GoMap } from '../../src/values/go-value.ts';
import { assertFindings, assertNoFinding } from './harness.ts';
import { DEFINITION, renderText } from './render-documents.ts';

test('template-error valid #1: Go templates that parse and execute', () => {
  assertNoFinding(renderText(DEFINITION).findings, 'template-error');
});

test('template-error invalid #1: a sprig function, at the failing token', () => {
  assertFindings(renderText(DEFINITION.replace('{{ .config.replicas }}', '{{ .config.replicas | lower }}')).findings, 'template-error', [
    { file: 'definition.yaml', line: 21, column: 42, severity: 'error', message: 'spec.values[0].raw.replicas: template: :1: function "lower" not defined' },
  ]);
});

test('template-error invalid #2: fixtures/render/template-errors.yaml, Go message, spec path, file position of the failing token', () => {
  const r = render({ file: 'fixtures/render/template-errors.yaml', text: readFileSync(resolve(import.meta.dirname, '../../fixtures/render/template-errors.yaml'), 'utf8') });
  const errs = r.findings.filter((f) => f.ruleId === 'template-error');
  assert.equal(errs.length, 2);
  assert.equal(errs[0].path, 'spec.values[0].raw.name');
  assert.equal(errs[0].message, 'spec.values[0].raw.name: template: :1: function "lower" not defined');
  assert.deepEqual(errs[0].range.start, { line: 21, column: 34 });
  assert.equal(errs[1].path, 'spec.values[1].raw.replica.replicaCount');
  assert.match(errs[1].message, /template: :1:10: executing "" at <\.config\.replicaCount\.value>: can't evaluate field value in type interface \{\}/);
  assert.deepEqual(errs[1].range.start, { line: 24, column: 36 });
  const secondRaw = ((r.spec as GoMap).get('values') as GoMap[])[1].get('raw') as GoMap;
  assert.equal(secondRaw.get('fine'), 1n, 'other strings still render');
  assert.equal(r.errorCount, 2);
});
