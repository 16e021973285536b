import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatFloatF, formatFloatG, goFloatToInt, goQuote, yamlFloatText } from '../../src/config/go-format.ts';

// Expected texts are Go's strconv.FormatFloat(f, 'g', -1, 64) / yaml.v3 Marshal outputs.
const gCases: [number, string][] = [
  [0, '0'], [-0, '-0'], [2, '2'], [2.5, '2.5'], [1e6, '1e+06'], [100000, '100000'], [0.0001, '0.0001'],
  [0.00001, '1e-05'], [1.5e-7, '1.5e-07'], [123456.7, '123456.7'], [1e21, '1e+21'], [5e-324, '5e-324'],
  [1.7976931348623157e308, '1.7976931348623157e+308'], [123456789012.5, '1.234567890125e+11'], [1e15, '1e+15'],
  [-2.5, '-2.5'], [1e100, '1e+100'], [Infinity, '+Inf'], [-Infinity, '-Inf'], [NaN, 'NaN'],
];
test('formatFloatG matches strconv.FormatFloat(f, g, -1, 64)', () => {
  for (const [f, want] of gCases) assert.equal(formatFloatG(f), want, String(f));
});

test('yamlFloatText spells infinities and NaN the yaml.v3 way', () => {
  assert.equal(yamlFloatText(Infinity), '.inf');
  assert.equal(yamlFloatText(-Infinity), '-.inf');
  assert.equal(yamlFloatText(NaN), '.nan');
  assert.equal(yamlFloatText(2), '2');
});

test('formatFloatF is fmt %f', () => {
  assert.equal(formatFloatF(2.5), '2.500000');
  assert.equal(formatFloatF(0.1), '0.100000');
  assert.equal(formatFloatF(1e21), '1000000000000000000000.000000');
  assert.equal(formatFloatF(-0), '-0.000000');
});

test('goFloatToInt truncates toward zero and gives MinInt64 outside int64 (amd64)', () => {
  const min = -(2n ** 63n);
  const cases: [number, bigint][] = [
    [2.9, 2n], [-2.9, -2n], [0.5, 0n], [1e15, 1000000000000000n], [1e20, min], [-1e20, min],
    [2 ** 63, min], [-(2 ** 63), min], [Infinity, min], [-Infinity, min], [NaN, min],
  ];
  for (const [f, want] of cases) assert.equal(goFloatToInt(f), want, String(f));
});

test('goQuote is strconv.Quote', () => {
  assert.equal(goQuote('a"b\\c'), '"a\\"b\\\\c"');
  assert.equal(goQuote('tab\there\n'), '"tab\\there\\n"');
  assert.equal(goQuote('\x00\x7f'), '"\\x00\\x7f"');
  assert.equal(goQuote('héllo'), '"héllo"');
});
