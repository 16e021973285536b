import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';
// @ts-expect-error: a plain .mjs script without types
import { ERAS, convert } from '../../scripts/crd-to-schema.mjs';

const root = join(import.meta.dirname, '..', '..');
const crdDir = join(root, 'fixtures', 'crds');

test('schemas/module-*.schema.json are the conversion of the CRDs (npm run schemas is up to date)', () => {
  for (const { era, file } of ERAS as { era: string; file: string }[]) {
    const crd = parse(readFileSync(join(crdDir, file), 'utf8'));
    const version = crd.spec.versions.find((v: { storage?: boolean }) => v.storage) ?? crd.spec.versions[0];
    const onDisk = JSON.parse(readFileSync(join(root, 'schemas', `module-${era}.schema.json`), 'utf8'));
    const { $schema, $id, title, ...rest } = onDisk;
    void $schema, void $id, void title;
    assert.deepEqual(rest, JSON.parse(JSON.stringify(convert(version.schema.openAPIV3Schema))), era);
  }
});

test('conversion: defaulted fields are not required, pruned objects closed, preserve-unknown open, int-or-string, nullable', () => {
  const out = convert({
    type: 'object',
    required: ['a', 'b'],
    properties: {
      a: { type: 'string', default: 'x' },
      b: { type: 'integer', minimum: 0, nullable: true },
      c: { 'x-kubernetes-int-or-string': true },
      d: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true },
      metadata: { type: 'object' },
    },
  });
  assert.deepEqual(out.required, ['b']);
  assert.equal(out.additionalProperties, false);
  assert.deepEqual(out.properties.b.type, ['integer', 'null']);
  assert.deepEqual(out.properties.c.anyOf, [{ type: 'integer' }, { type: 'string' }]);
  assert.equal(out.properties.d.additionalProperties, undefined);
});
