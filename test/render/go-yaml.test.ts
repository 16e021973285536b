/** Unit cases of src/render/go-yaml.ts beyond the golden vectors: timestamps, map[any]any, JSON, dumps. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dumpGo, jsonIntoString, jsonUnmarshalAny, yamlIntoBool, yamlIntoString, yamlRoundTrip, yamlUnmarshalAny } from '../../src/render/go-yaml.ts';
import { parseTimestamp } from '../../src/render/go-yaml.ts';
import { toJson, toYaml } from '../../src/render/yaml-out.ts';

const any = (text: string) => {
  const r = yamlUnmarshalAny(text);
  return r.ok ? dumpGo(r.value) : 'E';
};

test('yaml.v3 into any: scalars, documents, first document only', () => {
  assert.equal(any('3'), 'int(3)');
  assert.equal(any('1.10'), 'float64(1.1)');
  assert.equal(any('0755'), 'int(493)');
  assert.equal(any('1_000'), 'int(1000)');
  assert.equal(any('~'), 'nil');
  assert.equal(any(''), 'nil');
  assert.equal(any('# just a comment'), 'nil');
  assert.equal(any('yes'), 'string("yes")');
  assert.equal(any('a: 1'), 'map[string]{"a": int(1)}');
  assert.equal(any('1: a'), 'map[any]{int(1): string("a")}');
  assert.equal(any('a: 1\n---\nb: ['), 'map[string]{"a": int(1)}', 'later documents are never read');
  assert.equal(any('"a" junk'), 'string("a")', 'yaml.v3 stops after the first node');
  assert.equal(any('a: b: c'), 'E');
  assert.equal(any('{{'), 'E');
  assert.equal(any('18446744073709551615'), 'uint64(18446744073709551615)');
});

test('timestamps decode to time.Time, modelled as their RFC 3339 text', () => {
  assert.equal(parseTimestamp('2001-12-14'), '2001-12-14T00:00:00Z');
  assert.equal(parseTimestamp('2001-12-14t21:59:43.10-05:00'), '2001-12-14T21:59:43.1-05:00');
  assert.equal(parseTimestamp('2001-12-14 21:59:43.10'), '2001-12-14T21:59:43.1Z');
  assert.equal(parseTimestamp('2001-2-30'), undefined);
  assert.equal(parseTimestamp('2001-12-14 21:59:43.10 -5'), undefined);
  assert.equal(any('2001-12-14'), 'string("2001-12-14T00:00:00Z")');
});

test('marshal round trip and typed fields', () => {
  assert.equal(yamlRoundTrip(3), 3n);
  assert.equal(yamlRoundTrip(1e6), 1e6);
  assert.equal(yamlRoundTrip(1.5), 1.5);
  assert.deepEqual(yamlIntoString(1.1), { ok: true, value: '1.1' });
  assert.deepEqual(yamlIntoString(493n), { ok: true, value: '493' });
  assert.deepEqual(yamlIntoString(null), { ok: true, value: null });
  assert.equal(yamlIntoString(new Map()).ok, false);
  assert.deepEqual(yamlIntoBool('on'), { ok: true, value: true });
  assert.equal(yamlIntoBool('{{ .x }}').ok, false);
  assert.deepEqual(jsonUnmarshalAny('3'), { ok: true, value: 3 });
  assert.equal(jsonUnmarshalAny('1.10.0').ok, false);
  assert.equal(jsonIntoString(3).ok, false);
});

test('general maps keep their Go keys in YAML and JSON output', () => {
  const r = yamlUnmarshalAny('1: a\ntrue: b\nc: d');
  assert.ok(r.ok);
  assert.equal(toYaml(r.value), '1: a\ntrue: b\nc: d\n');
  assert.equal(toJson(r.value), '{\n  "1": "a",\n  "true": "b",\n  "c": "d"\n}');
  assert.equal(toJson(new Map([['big', 9007199254740993n]])), '{\n  "big": 9007199254740993\n}');
});
