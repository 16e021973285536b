import assert from 'node:assert/strict';
import { test } from 'node:test';
import { toGoValue } from '../../src/load/convert.ts';
import { parseYamlStream } from '../../src/load/parse-stream.ts';
import { at } from '../../src/load/ynode.ts';

const first = (text: string) => parseYamlStream(text)[0];

test('plain scalars resolve as yaml.v3 does, quoted ones stay strings', () => {
  const v = toGoValue(first('a: 0755\nb: "0755"\nc: 1_000\nd: yes\ne: ~\nf: 1.10\ng: true\nh: 0x1F\n').root);
  assert.deepEqual(
    v,
    new Map<string, unknown>([
      ['a', 493n],
      ['b', '0755'],
      ['c', 1000n],
      ['d', 'yes'],
      ['e', null],
      ['f', 1.1],
      ['g', true],
      ['h', 31n],
    ]),
  );
});

test('explicit tags: !!str keeps text, !!int must be an integer', () => {
  assert.equal(at(first('a: !!str 12\n').root, 'a')?.kind, 'scalar');
  assert.deepEqual(toGoValue(first('a: !!str 12\n').root), new Map([['a', '12']]));
  assert.deepEqual(toGoValue(first('a: !!float 3\n').root), new Map([['a', 3]]));
  const bad = first('a: !!int abc\n');
  assert.equal(bad.errors.length, 1);
  assert.match(bad.errors[0].message, /cannot decode "abc" as !!int/);
});

test('aliases share the anchored node and merge keys never override written keys', () => {
  const d = first('base: &b {x: 1, y: 2}\nm:\n  <<: *b\n  y: 3\n');
  assert.deepEqual(toGoValue(at(d.root, 'm')), new Map([['y', 3n], ['x', 1n]]));
  const shared = first('x: &a {k: 1}\ny: *a\n');
  assert.equal(at(shared.root, 'x'), at(shared.root, 'y'));
});

test('duplicate keys are an error, as in yaml.v3', () => {
  const d = first('a: 1\na: 2\n');
  assert.equal(d.errors.length, 1);
  assert.match(d.errors[0].message, /Map keys must be unique/);
  assert.equal(d.errors[0].start, 5);
});

test('an alias bomb is refused quickly instead of expanded', () => {
  let text = 'a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n';
  for (let i = 1; i < 12; i++) text += `a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]\n`;
  const t0 = performance.now();
  const d = first(text);
  assert.ok(performance.now() - t0 < 2000);
  assert.equal(d.root, null);
  assert.match(d.errors[0].message, /excessive aliasing/);
});

test('multi-document streams keep each document span and index; empty trailing documents are empty', () => {
  const docs = parseYamlStream('a: 1\n---\nb: 2\n---\n# only a comment\n');
  assert.equal(docs.length, 3);
  assert.deepEqual(docs.map((d) => d.index), [0, 1, 2]);
  assert.equal(toGoValue(docs[1].root) instanceof Map, true);
});

test('syntax errors carry offsets and a one-line message', () => {
  const d = first('a: [1, 2\nb: 3\n');
  assert.ok(d.errors.length >= 1);
  assert.ok(!d.errors[0].message.includes('\n'));
});
