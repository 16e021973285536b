import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeConfigItems, describeItem, validateConfig, type ConfigViolation } from '../../src/config/index.ts';
import { fromJson, type GoMap } from '../../src/values/go-value.ts';
import { go } from './helpers.ts';

function run(config: unknown[], input: Record<string, unknown> | null) {
  const { items, problems } = decodeConfigItems('inline', go(config));
  assert.deepEqual(problems, [], 'test modules decode cleanly');
  return validateConfig('inline', items, input === null ? null : (fromJson(input) as GoMap));
}
const brief = (v: ConfigViolation[]) => v.map((x) => [x.code, x.path.join('.'), x.goError]);
const entries = (m: GoMap) => [...m.entries()];

test('CRD defaults: editable true, required false, default 0 / "" / false / nil list', () => {
  const { items, problems } = decodeConfigItems(
    'inline',
    go([
      { name: 'S', alias: 's', string: {} },
      { name: 'I', alias: 'i', integer: {} },
      { name: 'B', alias: 'b', boolean: {} },
      { name: 'O', alias: 'o', option: { values: ['a'] } },
      { name: 'M', alias: 'm', multipleOptions: { values: ['a'] } },
    ]),
  );
  assert.deepEqual(problems, []);
  assert.deepEqual(items.map((i) => [i.kind, i.typeName, i.editable, i.required, i.written.size]), [
    ['string', 'string', true, false, 0],
    ['integer', 'integer', true, false, 0],
    ['boolean', 'boolean', true, false, 0],
    ['option', 'option', true, false, 1],
    ['multiple-options', 'multipleOptions', true, false, 1],
  ]);
  const r = validateConfig('inline', items, null);
  assert.deepEqual(r.violations, []);
  assert.deepEqual(entries(r.effective), [['s', ''], ['i', 0n], ['b', false], ['o', ''], ['m', []]]);
});

test('editable defaults to true: inputs are accepted without editable written', () => {
  const r = run([{ name: 'Host', alias: 'host', string: { default: 'localhost' } }], { host: 'db' });
  assert.deepEqual(r.violations, []);
  assert.deepEqual(entries(r.effective), [['host', 'db']]);
  const locked = run([{ name: 'Host', alias: 'host', string: { editable: false } }], { host: 'db' });
  assert.deepEqual(brief(locked.violations), [['not-editable', 'host', 'failed to validate string config for alias "host": this string field is not editable']]);
  assert.deepEqual(entries(locked.effective), [['host', '']]);
});

test('unknown input keys are ignored and the effective config holds only declared aliases', () => {
  const r = run([{ name: 'R', alias: 'replicas', integer: { default: 1n } }], { replicas: 3, extra: 'x' });
  assert.deepEqual(r.violations, []);
  assert.deepEqual(entries(r.effective), [['replicas', 3n]]);
  assert.deepEqual(r.ignoredKeys, ['extra']);
});

test('integer inputs: truncated for min/max, and the effective value is the Go int', () => {
  const item = { name: 'Replica Count', alias: 'replicas', integer: { default: 1n, min: 1n, max: 2n } };
  const r = run([item], { replicas: 2.9 });
  assert.deepEqual(r.violations, []);
  assert.deepEqual(entries(r.effective), [['replicas', 2n]]);
  const bad = run([item], { replicas: 12 });
  assert.deepEqual(bad.violations.map((v) => [v.code, v.message, v.goError]), [
    [
      'above-max',
      'replicas: 12 is above the maximum 2 (integer item "Replica Count"; allowed 1..2)',
      'failed to validate integer config for alias "replicas": value 12 is greater than maximum 2',
    ],
  ]);
  assert.deepEqual(entries(bad.effective), [['replicas', 1n]], 'on error Validate returns the default');
});

test('a multipleOptions input is always rejected (a JSON list is never a Go []string)', () => {
  const item = { name: 'Features', alias: 'features', multipleOptions: { values: ['a', 'b'], default: ['a'] } };
  for (const given of [['a'], [], 'a', null]) {
    const r = run([item], { features: given });
    assert.deepEqual(brief(r.violations), [['unsupported', 'features', 'failed to validate multiple options config for alias "features": input is not an string array']]);
  }
  const none = run([item], {});
  assert.deepEqual(none.violations, []);
  assert.deepEqual(entries(none.effective), [['features', ['a']]]);
  // Not editable is checked first.
  const locked = run([{ ...item, multipleOptions: { values: ['a'], editable: false } }], { features: ['a'] });
  assert.deepEqual(locked.violations.map((v) => v.code), ['not-editable']);
});

test('regex compiled only when used: a bad regex fails inputs, not the Module', () => {
  const item = { name: 'Size', alias: 'size', string: { default: '1Gi', regex: '(Gi' } };
  assert.deepEqual(run([item], {}).violations, []);
  const r = run([item], { size: '2Gi' });
  assert.deepEqual(brief(r.violations), [['invalid-regex', 'size', 'failed to validate string config for alias "size": invalid regex pattern: error parsing regexp: missing closing ): `(Gi`']]);
  // Type is checked before the regex.
  assert.deepEqual(run([item], { size: 2 }).violations.map((v) => v.code), ['type']);
  // An empty regex is written (a *string) and matches everything.
  assert.deepEqual(run([{ name: 'E', alias: 'e', string: { regex: '' } }], { e: 'anything' }).violations, []);
  assert.deepEqual(brief(run([{ name: 'D', alias: 'd', string: { regex: '[0-9]+' } }], { d: 'abc' }).violations), [
    ['regex-mismatch', 'd', 'failed to validate string config for alias "d": value \'abc\' does not match the required regex pattern'],
  ]);
  assert.deepEqual(run([{ name: 'D', alias: 'd', string: { regex: '[0-9]+' } }], { d: 'abc1' }).violations, []);
});

test('required and missing, boolean given "true", option not a string, null inputs', () => {
  const items = [
    { name: 'Host', alias: 'host', string: { required: true } },
    { name: 'Metrics', alias: 'metrics', boolean: {} },
    { name: 'Env', alias: 'env', option: { values: ['dev', 'prod'], default: 'dev' } },
    { name: 'Port', alias: 'port', integer: { default: 80n } },
  ];
  const r = run(items, { metrics: 'true', env: 1, port: null });
  assert.deepEqual(brief(r.violations), [
    ['required', 'host', 'failed to validate string config for alias "host": a value is required for this string field'],
    ['type', 'metrics', 'failed to validate boolean config for alias "metrics": input is not a boolean'],
    ['type', 'env', 'failed to validate option config for alias "env": input is not a string'],
    ['type', 'port', 'failed to validate integer config for alias "port": input is not an integer'],
  ]);
  assert.deepEqual(brief(run(items, { host: 'h', env: 'staging' }).violations), [
    ['not-in-values', 'env', "failed to validate option config for alias \"env\": invalid value 'staging', must be one of [dev prod]"],
  ]);
});

test('duplicate aliases: every item validates the input, the last value wins', () => {
  const items = [
    { name: 'First', alias: 'x', integer: { default: 1n } },
    { name: 'Second', alias: 'x', string: { default: 'two' } },
  ];
  assert.deepEqual(entries(run(items, {}).effective), [['x', 'two']]);
  assert.deepEqual(brief(run(items, { x: 'hello' }).violations), [['type', 'x', 'failed to validate integer config for alias "x": input is not an integer']]);
});

test('decode problems: CRD types, required fields, values, type keys', () => {
  const { items, problems } = decodeConfigItems(
    'inline',
    go([
      { name: 'A', alias: 'a', integer: { min: '5', max: 2.5, default: 3.0 } },
      { name: 'B', type: 'string', spec: {} },
      { name: 'C', alias: 'c', option: { values: [] } },
      { name: 'D', alias: 'd', option: {} },
      { name: 'E', alias: 'e', boolean: { default: 'yes' }, string: {} },
      'x',
    ]),
  );
  assert.deepEqual(problems.map((p) => [p.code, p.pathText, p.goError]), [
    ['decode-type', 'config[0].integer.min', 'config[0].integer.min: Invalid value: "string": config[0].integer.min in body must be of type integer: "string"'],
    ['invalid-value', 'config[0].integer.max', 'config[0].integer.max: Invalid value: 2.5: config[0].integer.max in body must be of type integer'],
    ['missing-field', 'config[1].alias', 'config[1].alias: Required value'],
    ['unknown-type', 'config[1]', 'unknown config type for alias ""'],
    ['invalid-value', 'config[2].option.values', 'config[2].option.values: Invalid value: 0: config[2].option.values in body should have at least 1 items'],
    ['missing-field', 'config[3].option.values', 'config[3].option.values: Required value'],
    ['decode-type', 'config[4].boolean.default', 'config[4].boolean.default: Invalid value: "string": config[4].boolean.default in body must be of type boolean: "string"'],
    ['decode-type', 'config[5]', 'config[5]: Invalid value: "string": config[5] in body must be of type object: "string"'],
  ]);
  assert.equal(items[0].kind === 'integer' && items[0].default, 3n, 'an integral float passes type: integer');
  assert.equal(items[4].kind, 'boolean', 'the first type key in Go order wins');
  assert.match(items[4].notes[0].message, /string is ignored: the operator uses the first of integer, boolean, string, option, multipleOptions \(boolean here\)/);
  assert.match(items[1].notes.map((n) => n.message).join('\n'), /pre-0.1.21|0.1.21\+ Module keys items by type/);
  assert.match(problems[3].message, /`type: string` is the pre-0.1.21 form and is pruned/);
});

test('describeItem', () => {
  const { items } = decodeConfigItems(
    'inline',
    go([
      { name: 'Replica Count', alias: 'replicas', integer: { default: 1n, min: 1n, max: 10n } },
      { name: 'Features', alias: 'features', multipleOptions: { values: ['a', 'b'] } },
    ]),
  );
  assert.equal(describeItem(items[0]), 'integer item "Replica Count" (alias "replicas"): default 1; allowed 1..10; optional; editable');
  assert.equal(
    describeItem(items[1]),
    'multipleOptions item "Features" (alias "features"): default [] (not written: Go zero value); from "a", "b"; any number of selections; inputs always rejected in 0.1.21–0.1.24; optional; editable',
  );
});
