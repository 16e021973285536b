import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scalarOffsetMap } from '../../src/load/offsets.ts';
import { parseYamlStream } from '../../src/load/parse-stream.ts';
import { at, isScalar } from '../../src/load/ynode.ts';
import type { YScalar } from '../../src/load/ynode.ts';

function mapFor(text: string, key: string): { map: (o: number) => number; value: string } {
  const n = at(parseYamlStream(text)[0].root, key);
  assert.ok(isScalar(n));
  const value = String((n as YScalar).value);
  return { map: scalarOffsetMap(text, n as YScalar, value), value };
}

test('plain and quoted single-line scalars map exactly', () => {
  for (const text of ['k: abc{{ .x }}\n', 'k: "abc{{ .x }}"\n', "k: 'abc{{ .x }}'\n"]) {
    const { map, value } = mapFor(text, 'k');
    const o = value.indexOf('{{');
    assert.equal(text.slice(map(o), map(o) + 2), '{{', text);
  }
});

test('literal block scalars map line by line past the indentation', () => {
  const text = 'data:\n  k: |\n    kind: Helm\n    metadata:\n      name: X\n';
  const n = at(parseYamlStream(text)[0].root, 'data', 'k') as YScalar;
  const value = String(n.value);
  const map = scalarOffsetMap(text, n, value);
  const o = value.indexOf('X');
  assert.equal(text[map(o)], 'X');
  assert.equal(text[map(value.indexOf('metadata'))], 'm');
});

test('multi-line quoted scalars fall back to the scalar start', () => {
  const text = 'k: "a\n  b{{ .x }}"\n';
  const { map } = mapFor(text, 'k');
  assert.equal(map(5), 3);
});

test('double-quoted escapes and single-quoted doubled quotes map through the escapes', () => {
  const text = 'k: "a\\"b\\u00e9{{ .x }}"\n';
  const { map, value } = mapFor(text, 'k');
  assert.equal(value, 'a"bé{{ .x }}');
  assert.equal(text.slice(map(value.indexOf('{{')), map(value.indexOf('{{')) + 2), '{{');
  const s = "k: 'it''s {{ .x }}'\n";
  const m2 = mapFor(s, 'k');
  assert.equal(s.slice(m2.map(m2.value.indexOf('{{')), m2.map(m2.value.indexOf('{{')) + 2), '{{');
});
