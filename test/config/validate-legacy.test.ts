import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeConfigItems, validateConfig, type ConfigViolation } from '../../src/config/index.ts';
import { fromJson, type GoMap } from '../../src/values/go-value.ts';
import { go } from './helpers.ts';

/** A definition's items (YAML ints as bigint) and a Module's spec.config (JSON: all float64). */
function run(config: unknown[], input: Record<string, unknown> | null) {
  const { items, problems } = decodeConfigItems('legacy', go(config));
  assert.deepEqual(problems, [], 'test definitions decode cleanly');
  return validateConfig('legacy', items, input === null ? null : (fromJson(input) as GoMap));
}
const brief = (v: ConfigViolation[]) => v.map((x) => [x.code, x.path.join('.'), x.message]);
const entries = (m: GoMap) => [...m.entries()];

const replicas = { type: 'integer', name: 'Replica Count', alias: 'replicas', spec: { default: 1n, min: 1n, max: 10n, editable: true } };
const storage = { type: 'string', name: 'Storage', alias: 'storageSize', spec: { default: '8Gi', regex: '^[0-9]+(Mi|Gi)$', editable: true } };

test('integer above max: message says what is wrong and what would be right', () => {
  const r = run([replicas], { replicas: 12 });
  assert.deepEqual(r.violations, [
    {
      code: 'above-max',
      alias: 'replicas',
      path: ['replicas'],
      message: 'replicas: 12 is above the maximum 10 (integer item "Replica Count"; allowed 1..10)',
      goError: "validation failed for field 'replicas': value 12 is greater than maximum 10",
      itemIndex: 0,
    },
  ]);
  assert.deepEqual(entries(r.effective), [['replicas', 12]]);
});

test('integer input is truncated for min/max only: 10.9 passes max 10 and stays 10.9', () => {
  const r = run([replicas], { replicas: 10.9 });
  assert.deepEqual(r.violations, []);
  assert.deepEqual(entries(r.effective), [['replicas', 10.9]]);
  const two = run([{ ...replicas, spec: { min: 1n, max: 2n, editable: true } }], { replicas: 2.9 });
  assert.deepEqual(two.violations, []);
  assert.deepEqual(entries(two.effective), [['replicas', 2.9]]);
  assert.deepEqual(brief(run([replicas], { replicas: 0.99 }).violations), [
    ['below-min', 'replicas', 'replicas: 0.99 (read as 0) is below the minimum 1 (integer item "Replica Count"; allowed 1..10)'],
  ]);
  // 1e20 becomes MinInt64 on amd64, so it is "below" the minimum.
  assert.equal(run([replicas], { replicas: 1e20 }).violations[0].goError, "validation failed for field 'replicas': value -9223372036854775808 is less than minimum 1");
});

test('regex is unanchored (Go MatchString) and mismatches are reported with the pattern', () => {
  assert.deepEqual(brief(run([storage], { storageSize: '2GB' }).violations), [
    ['regex-mismatch', 'storageSize', 'storageSize: "2GB" does not match regex ^[0-9]+(Mi|Gi)$ (Go\'s MatchString is unanchored)'],
  ]);
  const unanchored = { type: 'string', name: 'Digits', alias: 'd', spec: { regex: '[0-9]+', editable: true } };
  assert.deepEqual(run([unanchored], { d: 'abc1' }).violations, []);
  assert.equal(run([unanchored], { d: 'abc' }).violations[0].goError, "validation failed for field 'd': value 'abc' does not match the required regex pattern");
});

test('editable defaults to false: any input for an item without editable: true is rejected', () => {
  const item = { type: 'string', name: 'Host', alias: 'host', spec: { default: 'localhost' } };
  const r = run([item], { host: 'db' });
  assert.deepEqual(r.violations, [
    {
      code: 'not-editable',
      alias: 'host',
      path: ['host'],
      message: 'host: string item "Host" is not editable (editable defaults to false before 0.1.21); remove it from the input or set editable: true',
      goError: "field 'host' is not editable",
      itemIndex: 0,
    },
  ]);
  assert.deepEqual(run([item], {}).violations, []);
  assert.deepEqual(entries(run([item], {}).effective), [['host', 'localhost']]);
  // Not editable wins over the value's own problems: the operator stops there.
  assert.deepEqual(run([item], { host: 5 }).violations.map((v) => v.code), ['not-editable']);
});

test('zero-value defaults for every type when nothing is given', () => {
  const items = ['string', 'integer', 'float', 'boolean', 'option', 'multiple-options'].map((type, i) => ({ type, name: `N${i}`, alias: `a${i}` }));
  const r = run(items, null);
  assert.deepEqual(r.violations, []);
  assert.deepEqual(entries(r.effective), [['a0', ''], ['a1', 0n], ['a2', 0], ['a3', false], ['a4', ''], ['a5', []]]);
});

test('defaults are typed as Go decodes them and never checked', () => {
  const items = [
    { type: 'integer', name: 'I', alias: 'i', spec: { default: 50n, max: 10n } },
    { type: 'float', name: 'F', alias: 'f', spec: { default: 2n } },
    { type: 'option', name: 'O', alias: 'o', spec: { default: 'zzz', values: ['a'] } },
    { type: 'multiple-options', name: 'M', alias: 'm', spec: { default: ['x', 'y'], values: ['a'], max: 1n } },
    { type: 'string', name: 'S', alias: 's', spec: { default: 5n, regex: '^a$' } },
  ];
  const r = run(items, {});
  assert.deepEqual(r.violations, []);
  assert.deepEqual(entries(r.effective), [['i', 50n], ['f', 2], ['o', 'zzz'], ['m', ['x', 'y']], ['s', '5']]);
});

test('required and missing; optional and missing', () => {
  const items = [
    { type: 'string', name: 'Host', alias: 'host', spec: { required: true, editable: true } },
    { type: 'integer', name: 'Port', alias: 'port', spec: { default: 5432n } },
  ];
  const r = run(items, {});
  assert.deepEqual(r.violations, [
    { code: 'required', alias: 'host', path: ['host'], message: 'host: required by string item "Host" but not given', goError: "field 'host' is required but missing", itemIndex: 0 },
  ]);
  assert.deepEqual(entries(r.effective), [['port', 5432n]]);
});

test('unknown input keys are errors before 0.1.21', () => {
  const r = run([replicas], { replicas: 3, replica: 3 });
  assert.deepEqual(r.violations, [
    {
      code: 'unknown-key',
      alias: 'replica',
      path: ['replica'],
      message: 'replica: no config item has this alias, and operators before 0.1.21 reject unknown keys (declared: "replicas")',
      goError: "unknown field 'replica' provided in input",
    },
  ]);
  assert.deepEqual(entries(r.effective), [['replicas', 3], ['replica', 3]]);
});

test('duplicate aliases: the last item wins', () => {
  const items = [
    { type: 'integer', name: 'First', alias: 'x', spec: { default: 1n, editable: true } },
    { type: 'string', name: 'Second', alias: 'x', spec: { default: 'two', editable: true } },
  ];
  assert.deepEqual(entries(run(items, {}).effective), [['x', 'two']]);
  assert.deepEqual(run(items, { x: 'hello' }).violations, []);
  assert.deepEqual(brief(run(items, { x: 3 }).violations), [['type', 'x', 'x: 3 is a number, but string item "Second" needs a string']]);
});

test('multiple-options: list of strings, each among values, count within min/max', () => {
  const features = {
    type: 'multiple-options',
    name: 'Features',
    alias: 'features',
    spec: { values: ['logging', 'metrics', 'tracing'], min: 1n, max: 2n, editable: true },
  };
  assert.deepEqual(run([features], { features: ['logging', 'metrics'] }).violations, []);
  assert.deepEqual(brief(run([features], { features: [] }).violations), [
    ['too-few', 'features', 'features: 0 selected, at least 1 required (multiple-options item "Features"; allowed 1..2 selections)'],
  ]);
  const many = run([features], { features: ['logging', 'metrics', 'tracing', 7, 'debug'] });
  assert.deepEqual(brief(many.violations), [
    ['too-many', 'features', 'features: 5 selected, at most 2 allowed (multiple-options item "Features"; allowed 1..2 selections)'],
    ['type', 'features.3', 'features[3]: 7 is a number, but the selections of multiple-options item "Features" must be strings'],
    ['not-in-values', 'features.4', 'features[4]: "debug" is not one of "logging", "metrics", "tracing" (multiple-options item "Features")'],
  ]);
  assert.deepEqual(many.violations.map((v) => v.goError), [
    "validation failed for field 'features': must select at most 2 options",
    "validation failed for field 'features': all options must be strings",
    "validation failed for field 'features': invalid option 'debug', must be one of [logging metrics tracing]",
  ]);
  assert.deepEqual(brief(run([features], { features: 'logging' }).violations), [
    ['type', 'features', 'features: "logging" is a string, but multiple-options item "Features" needs a list of strings from "logging", "metrics", "tracing"'],
  ]);
});

test('option must be a string among values', () => {
  const env = { type: 'option', name: 'Environment', alias: 'env', spec: { default: 'development', values: ['development', 'staging', 'production'], editable: true } };
  assert.deepEqual(run([env], { env: 'staging' }).violations, []);
  const r = run([env], { env: 'prod' });
  assert.deepEqual(brief(r.violations), [['not-in-values', 'env', 'env: "prod" is not one of "development", "staging", "production" (option item "Environment")']]);
  assert.equal(r.violations[0].goError, "validation failed for field 'env': invalid value 'prod', must be one of [development staging production]");
  assert.deepEqual(brief(run([env], { env: 1 }).violations), [
    ['type', 'env', 'env: 1 is a number, but option item "Environment" needs a string, one of "development", "staging", "production"'],
  ]);
});

test('boolean given "true" as a string is a type violation', () => {
  const metrics = { type: 'boolean', name: 'Metrics', alias: 'metrics', spec: { editable: true } };
  const r = run([metrics], { metrics: 'true' });
  assert.deepEqual(brief(r.violations), [['type', 'metrics', 'metrics: "true" is a string, but boolean item "Metrics" needs a boolean (true or false, unquoted) (remove the quotes)']]);
  assert.equal(r.violations[0].goError, "validation failed for field 'metrics': input is not a boolean");
  assert.deepEqual(run([metrics], { metrics: false }).violations, []);
});

test('null input values count as given, and fail every type check', () => {
  const items = [
    { type: 'string', name: 'S', alias: 's', spec: { editable: true } },
    { type: 'integer', name: 'I', alias: 'i', spec: { editable: true } },
    { type: 'float', name: 'F', alias: 'f', spec: { editable: true } },
    { type: 'boolean', name: 'B', alias: 'b', spec: { editable: true } },
    { type: 'option', name: 'O', alias: 'o', spec: { editable: true, values: ['a'] } },
    { type: 'multiple-options', name: 'M', alias: 'm', spec: { editable: true, values: ['a'] } },
  ];
  const r = run(items, { s: null, i: null, f: null, b: null, o: null, m: null });
  assert.deepEqual(r.violations.map((v) => [v.code, v.goError]), [
    ['type', "validation failed for field 's': input is not a string"],
    ['type', "validation failed for field 'i': input is not an integer"],
    ['type', "validation failed for field 'f': input is not a float"],
    ['type', "validation failed for field 'b': input is not a boolean"],
    ['type', "validation failed for field 'o': input is not a string"],
    ['type', "validation failed for field 'm': input is not an array"],
  ]);
  assert.equal(r.violations[0].message, 's: null (an explicit null counts as given), but string item "S" needs a string');
});

test('float min/max use the number itself, Go %f in the operator text', () => {
  const cpu = { type: 'float', name: 'CPU', alias: 'cpu', spec: { min: 0.1, max: 8n, editable: true } };
  assert.deepEqual(run([cpu], { cpu: 8 }).violations, []);
  const r = run([cpu], { cpu: 8.5 });
  assert.deepEqual(brief(r.violations), [['above-max', 'cpu', 'cpu: 8.5 is above the maximum 8 (float item "CPU"; allowed 0.1..8)']]);
  assert.equal(r.violations[0].goError, "validation failed for field 'cpu': value 8.500000 is greater than maximum 8.000000");
});

test('every violation is reported, in item order, unknown keys first', () => {
  const r = run([replicas, storage, { type: 'boolean', name: 'B', alias: 'b', spec: { required: true } }], { storageSize: 'x', replicas: 0, extra: 1 });
  assert.deepEqual(r.violations.map((v) => [v.code, v.alias]), [
    ['unknown-key', 'extra'],
    ['below-min', 'replicas'],
    ['regex-mismatch', 'storageSize'],
    ['required', 'b'],
  ]);
});

test('items with an unknown type are skipped, and their alias is not an unknown key', () => {
  const { items } = decodeConfigItems('legacy', go([{ type: 'number', name: 'N', alias: 'n' }, replicas]));
  const r = validateConfig('legacy', items, fromJson({ n: 1, replicas: 2 }) as GoMap);
  assert.deepEqual(r.violations, []);
});
