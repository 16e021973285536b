/** Hand-written cases for yaml.v3 plain-scalar resolution (resolvePlainScalar / classifyPlainScalar). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifyPlainScalar, parseYamlTimestamp, resolvePlainScalar } from '../../src/yaml/resolve-scalar.ts';

const r = resolvePlainScalar;
const type = (t: string) => classifyPlainScalar(t).goType;

test('nulls and booleans are YAML 1.2 core only', () => {
  for (const t of ['', '~', 'null', 'Null', 'NULL']) assert.equal(r(t), null, t);
  for (const t of ['true', 'True', 'TRUE']) assert.equal(r(t), true, t);
  for (const t of ['false', 'False', 'FALSE']) assert.equal(r(t), false, t);
  for (const t of ['yes', 'Yes', 'no', 'on', 'OFF', 'y', 'N', 'tRUE', 'nULL', 'nil', '<<']) assert.equal(r(t), t, t);
});

test('integers: base 0 after removing underscores; int64 then uint64', () => {
  assert.equal(r('3'), 3n);
  assert.equal(r('-17'), -17n);
  assert.equal(r('+17'), 17n);
  assert.equal(r('0755'), 493n);
  assert.equal(r('0o17'), 15n);
  assert.equal(r('0O17'), 15n);
  assert.equal(r('0x1F'), 31n);
  assert.equal(r('0x_1F'), 31n);
  assert.equal(r('0b101'), 5n);
  assert.equal(r('1_000'), 1000n);
  assert.equal(r('-0'), 0n);
  assert.equal(r('9223372036854775807'), 9223372036854775807n);
  assert.equal(r('-9223372036854775808'), -9223372036854775808n);
  assert.deepEqual(classifyPlainScalar('9223372036854775808'), { goType: 'uint64', value: 9223372036854775808n });
  assert.deepEqual(classifyPlainScalar('0xffffffffffffffff'), { goType: 'uint64', value: 18446744073709551615n });
  // ParseUint takes no sign: these become float64.
  assert.deepEqual(classifyPlainScalar('+18446744073709551615'), { goType: 'float64', value: 18446744073709551615 });
  assert.deepEqual(classifyPlainScalar('-9223372036854775809'), { goType: 'float64', value: -9223372036854775809 });
  assert.deepEqual(classifyPlainScalar('18446744073709551616'), { goType: 'float64', value: 18446744073709551616 });
  // Beyond both and not decimal: a string.
  assert.equal(r('0x10000000000000000'), '0x10000000000000000');
  // The 0b/0o fallbacks accept a sign after the prefix.
  assert.equal(r('0b-1'), -1n);
  assert.equal(r('0o+7'), 7n);
  assert.equal(r('0x-1'), '0x-1');
  assert.equal(r('-0b101'), -5n);
});

test('floats: yaml.v3 float shape, Go rounding, overflow stays a string', () => {
  assert.equal(r('1.10'), 1.1);
  assert.equal(r('1.'), 1);
  assert.equal(type('1.'), 'float64');
  assert.equal(r('.5'), 0.5);
  assert.equal(r('+.5'), 0.5);
  assert.equal(r('1e3'), 1000);
  assert.equal(type('1e3'), 'float64');
  assert.equal(r('1_000.5'), 1000.5);
  assert.equal(r('.5_0'), 0.5); // '.' route: Go float syntax allows _ between digits
  assert.equal(r('._5'), '._5');
  assert.equal(r('08'), 8); // invalid octal, float shape
  assert.equal(type('08'), 'float64');
  assert.ok(Object.is(r('-0.0'), -0));
  assert.equal(r('1e400'), '1e400');
  assert.equal(r('1e-400'), 0);
  assert.equal(r('.inf'), Infinity);
  assert.equal(r('+.Inf'), Infinity);
  assert.equal(r('-.INF'), -Infinity);
  assert.ok(Number.isNaN(r('.NaN')));
  for (const t of ['.iNf', '+.nan', 'inf', 'Infinity', 'NaN', 'nan', '.', '1e', '0x1p-2', '1.2.3', '1:30', '1,000']) assert.equal(r(t), t, t);
});

test('timestamps decode to time.Time; returned as its RFC3339Nano text', () => {
  assert.deepEqual(classifyPlainScalar('2001-12-14'), {
    goType: 'time.Time',
    value: '2001-12-14T00:00:00Z',
    time: { year: 2001, month: 12, day: 14, hour: 0, minute: 0, second: 0, nanosecond: 0, offsetSeconds: 0 },
  });
  assert.equal(r('2001-12-14t21:59:43.10-05:00'), '2001-12-14T21:59:43.1-05:00');
  assert.equal(r('2001-12-14T21:59:43Z'), '2001-12-14T21:59:43Z');
  assert.equal(r('2001-12-14T21:59:43+00:00'), '2001-12-14T21:59:43Z');
  assert.equal(r('2001-12-14 21:59:43.10'), '2001-12-14T21:59:43.1Z');
  assert.equal(r('2001-12-14  21:59:43,5'), '2001-12-14T21:59:43.5Z');
  assert.equal(r('2024-1-2 3:4:5'), '2024-01-02T03:04:05Z');
  assert.equal(r('2000-02-29'), '2000-02-29T00:00:00Z');
  assert.equal(r('0000-01-01'), '0000-01-01T00:00:00Z');
  // Not timestamps: strings.
  for (const t of ['2001-02-29', '2001-13-01', '2001-12-14T21:59:43', '2001-12-14 21:59:43 -5', '2001-12-14T24:00:00Z', '2001-12-14T21:60:00Z', '01-12-14', '2001-12-14x']) {
    assert.equal(r(t), t, t);
  }
});

test('go1.24 time.Parse (the operator) differs from go1.19 on fractions and zone offsets', () => {
  // More than 9 fraction digits: go1.20+ reads them (keeping nanoseconds); go1.19 rejects.
  assert.equal(r('2001-12-14T21:59:43.1234567891Z'), '2001-12-14T21:59:43.123456789Z');
  assert.equal(classifyPlainScalar('2001-12-14T21:59:43.1234567891Z', '1.19').goType, 'string');
  // Zone offset hour/minute: exactly two digits, hour <= 24, minute <= 60 in go1.24.
  assert.equal(r('2001-12-14T21:59:43+24:60'), '2001-12-14T21:59:43+25:00');
  assert.equal(r('2001-12-14T21:59:43+25:00'), '2001-12-14T21:59:43+25:00');
  assert.equal(classifyPlainScalar('2001-12-14T21:59:43+25:00', '1.19').value, '2001-12-14T21:59:43+25:00');
  assert.equal(parseYamlTimestamp('2001-12-14T21:59:43+25:01'), undefined);
  assert.equal(r('2001-12-14T21:59:43++1:00'), '2001-12-14T21:59:43++1:00');
  assert.equal(classifyPlainScalar('2001-12-14T21:59:43++1:00', '1.19').value, '2001-12-14T21:59:43+01:00');
});
