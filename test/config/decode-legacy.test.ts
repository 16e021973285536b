import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeConfigItems, type ConfigItem } from '../../src/config/index.ts';
import { go } from './helpers.ts';

const one = (type: string, spec: unknown, extra: Record<string, unknown> = {}) =>
  decodeConfigItems('legacy', go([{ type, name: 'N', alias: 'a', spec, ...extra }]));
const field = (item: ConfigItem, key: string): unknown => (item as unknown as Record<string, unknown>)[key];

test('zero-value defaults for every legacy type, editable false, nothing written', () => {
  const cases: [string, Record<string, unknown>][] = [
    ['string', { default: '', regex: null, regexError: null }],
    ['integer', { default: 0n, min: null, max: null }],
    ['float', { default: 0, min: null, max: null }],
    ['boolean', { default: false }],
    ['option', { default: '', values: [] }],
    ['multiple-options', { default: [], values: [], min: null, max: null }],
  ];
  for (const [type, want] of cases) {
    for (const spec of [undefined, null, {}]) {
      const { items, problems } = one(type, spec);
      assert.deepEqual(problems, [], type);
      const item = items[0];
      assert.equal(item.kind, type);
      assert.equal(item.required, false);
      assert.equal(item.editable, false, `${type}: editable defaults to false before 0.1.21`);
      assert.equal(item.written.size, 0);
      for (const [k, v] of Object.entries(want)) assert.deepEqual(field(item, k), v, `${type}.${k}`);
    }
  }
});

// Each row: type, spec, the typed field expected (or undefined), expected problem goErrors.
// The Go results were taken from gopkg.in/yaml.v3 3.0.1 Marshal+Unmarshal into the same field types.
type Row = [type: string, spec: Record<string, unknown>, key: string, want: unknown, goErrors: string[]];
const rows: Row[] = [
  ['integer', { min: 2.5 }, 'min', 2n, []],
  ['integer', { min: -2.5 }, 'min', -2n, []],
  ['integer', { min: 2.0 }, 'min', 2n, []],
  ['integer', { min: 1e3 }, 'min', 1000n, []],
  ['integer', { min: '5' }, 'min', null, ['cannot unmarshal !!str `5` into int']],
  ['integer', { min: 'a' }, 'min', null, ['cannot unmarshal !!str `a` into int']],
  ['integer', { min: 1e20 }, 'min', null, ['cannot unmarshal !!float `1e+20` into int']],
  ['integer', { min: -1e20 }, 'min', -(2n ** 63n), []],
  ['integer', { min: -Infinity }, 'min', -(2n ** 63n), []],
  ['integer', { min: Infinity }, 'min', null, ['cannot unmarshal !!float `.inf` into int']],
  ['integer', { min: NaN }, 'min', null, ['cannot unmarshal !!float `.nan` into int']],
  ['integer', { min: null }, 'min', null, []],
  ['integer', { min: 9223372036854775807n }, 'min', 9223372036854775807n, []],
  ['integer', { min: 9223372036854775808n }, 'min', null, ['cannot unmarshal !!int `9223372...` into int']],
  ['integer', { max: 12345678901234567890n }, 'max', null, ['cannot unmarshal !!int `1234567...` into int']],
  ['integer', { default: 2.9 }, 'default', 2n, []],
  ['integer', { default: true }, 'default', 0n, ['cannot unmarshal !!bool `true` into int']],
  ['integer', { default: '' }, 'default', 0n, ['cannot unmarshal !!str `` into int']],
  ['integer', { default: ['a'] }, 'default', 0n, ['cannot unmarshal !!seq into int']],
  ['integer', { default: { a: 1n } }, 'default', 0n, ['cannot unmarshal !!map into int']],
  ['integer', { default: null }, 'default', 0n, []],
  ['integer', { required: 'yes' }, 'required', true, []],
  ['integer', { required: 'on' }, 'required', true, []],
  ['integer', { required: 'y' }, 'required', true, []],
  ['integer', { required: 'Off' }, 'required', false, []],
  ['integer', { required: 'true' }, 'required', false, ['cannot unmarshal !!str `true` into bool']],
  ['integer', { required: 1n }, 'required', false, ['cannot unmarshal !!int `1` into bool']],
  ['integer', { editable: 2.0 }, 'editable', false, ['cannot unmarshal !!int `2` into bool']],
  ['integer', { editable: 0.5 }, 'editable', false, ['cannot unmarshal !!float `0.5` into bool']],
  ['integer', { required: null }, 'required', false, []],
  ['string', { default: 5n }, 'default', '5', []],
  ['string', { default: 2.0 }, 'default', '2', []],
  ['string', { default: 1.5 }, 'default', '1.5', []],
  ['string', { default: 1e20 }, 'default', '1e+20', []],
  ['string', { default: 123456789012.5 }, 'default', '1.234567890125e+11', []],
  ['string', { default: true }, 'default', 'true', []],
  ['string', { default: -0 }, 'default', '-0', []],
  ['string', { default: ['a'] }, 'default', '', ['cannot unmarshal !!seq into string']],
  ['string', { default: { a: 1n } }, 'default', '', ['cannot unmarshal !!map into string']],
  ['string', { regex: 5n }, 'regex', '5', []],
  ['string', { regex: '' }, 'regex', null, []],
  ['float', { min: 5n }, 'min', 5, []],
  ['float', { min: '5' }, 'min', null, ['cannot unmarshal !!str `5` into float64']],
  ['float', { max: Infinity }, 'max', Infinity, []],
  ['float', { default: false }, 'default', 0, ['cannot unmarshal !!bool `false` into float64']],
  ['option', { values: [1n, 2.5, true, null, 'a'] }, 'values', ['1', '2.5', 'true', 'a'], []],
  ['option', { values: 'a' }, 'values', [], ['cannot unmarshal !!str `a` into []string']],
  ['option', { values: 5n }, 'values', [], ['cannot unmarshal !!int `5` into []string']],
  ['option', { values: {} }, 'values', [], ['cannot unmarshal !!map into []string']],
  ['option', { values: ['a', ['b'], 'c', null, { x: 1n }, 'd'] }, 'values', ['a', 'c', 'd'], ['cannot unmarshal !!seq into string', 'cannot unmarshal !!map into string']],
  ['multiple-options', { default: 'x' }, 'default', [], ['cannot unmarshal !!str `x` into []string']],
  ['multiple-options', { min: 1.5 }, 'min', 1n, []],
  ['multiple-options', { max: '3' }, 'max', null, ['cannot unmarshal !!str `3` into int']],
  ['boolean', { default: 'no' }, 'default', false, []],
];

test('spec fields decode as yaml.v3 Marshal + Unmarshal into the typed struct', () => {
  for (const [type, spec, key, want, goErrors] of rows) {
    const label = `${type} ${JSON.stringify(spec, (_k, v) => (typeof v === 'bigint' ? `${v}n` : v))}`;
    const { items, problems } = one(type, spec);
    assert.deepEqual(field(items[0], key), want, label);
    assert.deepEqual(problems.map((p) => p.goError), goErrors, label);
    for (const p of problems) {
      assert.equal(p.code, 'decode-type', label);
      assert.equal(p.itemIndex, 0);
      assert.ok(p.pathText.startsWith(`config[0].spec.${key}`), `${label}: ${p.pathText}`);
    }
  }
});

test('element problems point at the list entry', () => {
  const { problems } = one('option', { values: ['a', ['b']] });
  assert.deepEqual(problems[0].path, ['config', 0, 'spec', 'values', 1]);
  assert.equal(problems[0].pathText, 'config[0].spec.values[1]');
});

test('written records fields present with a non-null value, so default: 0 differs from no default', () => {
  const a = one('integer', { default: 0n, min: null, max: 3n, editable: true }).items[0];
  assert.deepEqual([...a.written].sort(), ['default', 'editable', 'max']);
  const b = one('integer', {}).items[0];
  assert.equal(b.written.has('default'), false);
});

test('notes report silent coercions and ignored keys', () => {
  const { items } = one('integer', { min: 2.5, defualt: 3n }, { description: 'x' });
  const msgs = items[0].notes.map((n) => `${n.path.join('.')}: ${n.message}`);
  assert.deepEqual(msgs, [
    'config.0.description: unknown key "description" is ignored by the operator',
    'config.0.spec.defualt: spec field "defualt" is not read for integer items',
    'config.0.spec.min: min: 2.5 is truncated to 2',
  ]);
});

test('unknown type is a problem; the item is kept as kind unknown', () => {
  const { items, problems } = decodeConfigItems('legacy', go([{ type: 'number', name: 'N', alias: 'x', spec: { default: 1n } }]));
  assert.equal(items[0].kind, 'unknown');
  assert.deepEqual(problems, [
    {
      code: 'unknown-type',
      path: ['config', 0, 'type'],
      pathText: 'config[0].type',
      message: 'config[0] (alias "x"): type "number" is not one of string, integer, float, boolean, option, multiple-options',
      goError: 'unregistered field type: number',
      itemIndex: 0,
    },
  ]);
  // The 0.1.21+ spelling is unknown before 0.1.21, and so is a missing type.
  assert.equal(one('multipleOptions', {}).problems[0].goError, 'unregistered field type: multipleOptions');
  assert.equal(decodeConfigItems('legacy', go([{ alias: 'x' }])).problems[0].goError, 'unregistered field type: ');
});

test('a regex that does not compile is a problem even though no input uses it', () => {
  const { items, problems } = one('string', { regex: '(a' });
  assert.equal(items[0].kind === 'string' && items[0].regexError, 'error parsing regexp: missing closing ): `(a`');
  assert.equal(problems.length, 1);
  assert.equal(problems[0].code, 'invalid-regex');
  assert.equal(problems[0].pathText, 'config[0].spec.regex');
  assert.equal(problems[0].goError, 'invalid regex pattern: error parsing regexp: missing closing ): `(a`');
  // Perl lookahead is fine in JS but not in Go.
  assert.equal(one('string', { regex: '^(?=a)' }).problems[0].code, 'invalid-regex');
  assert.deepEqual(one('string', { regex: '^[0-9]+(Mi|Gi)$' }).problems, []);
});

test('spec, item and list shapes', () => {
  assert.deepEqual(one('integer', 'abc').problems.map((p) => [p.pathText, p.goError]), [
    ['config[0].spec', 'cannot unmarshal !!str `abc` into resources.IntegerSpec'],
  ]);
  assert.deepEqual(one('string', [1n]).problems.map((p) => p.goError), ['cannot unmarshal !!seq into resources.StringSpec']);
  assert.deepEqual(decodeConfigItems('legacy', go({ a: 1n })).problems.map((p) => [p.pathText, p.goError]), [
    ['config', 'cannot unmarshal !!map into []resources.ConfigItem'],
  ]);
  const r = decodeConfigItems('legacy', go([null, 'foo', { type: 'boolean', alias: 'b', name: ['x'] }]));
  assert.deepEqual(r.problems.map((p) => [p.pathText, p.goError]), [
    ['config[1]', 'cannot unmarshal !!str `foo` into resources.ConfigItem'],
    ['config[2].name', 'cannot unmarshal !!seq into string'],
  ]);
  assert.equal(r.items.length, 1);
  assert.equal(r.items[0].index, 2, 'indexes are positions in the raw list');
  assert.deepEqual(decodeConfigItems('legacy', null), { items: [], problems: [] });
  assert.deepEqual(decodeConfigItems('legacy', undefined), { items: [], problems: [] });
});

test('non-string alias: the operator reads the source text', () => {
  const raw = go([{ type: 'boolean', name: 'N', alias: 31n }]);
  assert.equal(decodeConfigItems('legacy', raw).items[0].alias, '31');
  const withText = decodeConfigItems('legacy', raw, { scalarText: (p) => (p.join('.') === 'config.0.alias' ? '0x1F' : undefined) });
  assert.equal(withText.items[0].alias, '0x1F');
  assert.equal(withText.items[0].notes[0].message, 'alias is not a string; the operator reads it as "0x1F"');
});
