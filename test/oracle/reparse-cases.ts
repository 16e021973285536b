/**
 * (Tags, anchors and tabs appear in the fixed cases only: yaml.v3 ignores whatever follows a
 * complete first node, which makes random mixes of them a test of libyaml's error recovery.)
 *
 * Generated rendered strings for the re-parse differential test: every scalar form yaml.v3
 * resolves (ints in all bases, floats, bools, nulls, timestamps), quoted and tagged scalars,
 * whole documents (maps, lists, flow collections, anchors, merge keys, several documents),
 * comments, block scalars, texts yaml.v3 rejects, and seeded random mixes of YAML punctuation.
 *
 * MERGE_UNHASHABLE: a merge (`<<`) into a map with non-string keys (Go map[any]any) whose merged
 * entries have a list or map as key. gopkg.in/yaml.v3 3.0.1 panicked there (hash of unhashable
 * type, out of yaml.Unmarshal); go.yaml.in/yaml/v3 3.0.4 (the operator's) returns the error
 * "yaml: runtime error: hash of unhashable type ...", which the renderer treats like any other
 * failed re-parse. The other 3.0.1 → 3.0.4 changes are in the emitter (comments, the opt-in
 * compact sequence indent) and cannot be reached from decoded values.
 */
import { prng as rng } from '../support/prng.ts';

export const REPARSE_SEED = 0x5eed_2026;

const FIXED: string[] = [
  // ints
  '0', '3', '-3', '+3', '007', '0755', '08', '09.5', '0x1F', '0X1F', '0o17', '0O17', '0b101', '0B101', '-0x10', '+0o7',
  '1_000', '1__0', '_1', '1_', '0x_1F', '9223372036854775807', '9223372036854775808', '-9223372036854775808',
  '-9223372036854775809', '18446744073709551615', '18446744073709551616', '99999999999999999999', '-0', '+0', '00', '0x', '0o', '0b',
  // floats
  '1.10', '1.0', '3.0', '.5', '-.5', '+.5', '1.', '1e3', '1E3', '1e+3', '1e-3', '-1.5e-3', '1.5E+10', '1e21', '1e400', '-1e400', '1e-400',
  '123456.0', '1234567.0', '100000000000000000000.0', '0.1', '0.30000000000000004', '6.02e23', '1_000.5', '1.2.3', '.', '-.', '+', '-',
  '.inf', '.Inf', '.INF', '+.inf', '-.inf', '-.Inf', '.nan', '.NaN', '.NAN', 'inf', 'nan', 'Infinity', 'NaN', '1e', 'e3', '0.0', '-0.0',
  '21.2.7', '1.10.0', 'v1.2', '2.5Gi', '100m', '1Gi', '0.5',
  // bools and nulls
  'true', 'True', 'TRUE', 'tRUE', 'false', 'False', 'FALSE', 'yes', 'Yes', 'YES', 'no', 'No', 'NO', 'on', 'On', 'ON', 'off', 'Off', 'OFF',
  'y', 'Y', 'n', 'N', 'null', 'Null', 'NULL', 'nULL', '~', '', ' ', '  ', '\n', '\t', 'nil', 'none', 'None',
  // timestamps and base 60
  '2001-12-14', '2001-12-14t21:59:43.10-05:00', '2001-12-14 21:59:43.10 -5', '2002-12-14', '2001-12-14T21:59:43Z', '12:30', '1:20:30', '190:20:30.15',
  // plain strings
  'hello', 'hello world', '<no value>', '<no value>-db', 'redis-master.default', 'default-redis', 'http://example.com/a?b=c', 'a:b', 'a :b',
  'a#b', 'a #b', 'a # comment', '3 # comment', '# only a comment', '#', 'foo\n# c', 'key=value', 'a,b', 'a, b', '[no', 'x]', 'café', 'ünïcödé: 1',
  '日本', 'emoji 😀', 'tab\there', 'trailing ', ' leading', 'multi\nline', 'multi\n  line', 'a\n\nb', 'a\r\nb',
  // quoted
  "'3'", '"3"', "'it''s'", '"a\\nb"', '"\\u00e9"', '"\\x41"', "''", '""', '"unterminated', "'unterminated", '"a" b', "'a' # c", '"\\q"',
  // tags
  '!!str 3', '!!str', '!!int 3', '!!int x', '!!int 3.5', '!!float 1', '!!float x', '!!bool yes', '!!bool true', '!!null x', '!!null', '!foo bar',
  '!!binary aGVsbG8=', '!!binary', '!!timestamp 2001-01-01', '!!map {}', '!!seq []', '!!str {a: 1}', '! 3', '!<tag:yaml.org,2002:int> 3', '!!merge x',
  // documents
  'a: 1', 'a: 1\nb: x', 'a:', 'a: ', ':', ': a', 'a: b: c', 'a: [1, 2.0, x]', 'a: {b: 1}', '{a: 1, b: [2]}', '{}', '[]', '[1, 2', '{a', '{a: 1',
  '- 1\n- 2', '- a\n- b: c', '-', '- ', '-1', '--1', '- - x', '1: a', 'true: x', '~: y', 'null: 1', '1.5: x', '0x10: a', '"1": a', "'1': a",
  'a: 1\na: 2', 'a: &x 1\nb: *x', '*x', '&a', '&a x', 'a: &x {k: 1}\nb:\n  <<: *x\n  j: 2', '<<: {a: 1}', 'a: [*y]',
  '---', '--- 3', '---\n3', '3\n---\n4', 'a: 1\n---\nb: [', '...', '3\n...', '--- |\n  x', '|\n  block\n', '>\n  folded\n  text\n', '|-\n  x',
  '|', '>', '? a\n: b', '? [1]: x', '[a, b]: c', '{a: 1}: x', 'a:\n  - 1\n  - 2', 'a:\n- 1', 'a:\n b: 1\n  c: 2',
  '%YAML 1.2\n---\nx', '%TAG ! tag:x,2000:\n---\n!a b', '%x', '@x', '`x', 'a: @x', '? x', '?', '| x', '> x', '%',
  'a\tb', '\ta', 'a:\tb', '- \tx', 'x\n  y', 'x:\n  y\nz', 'a: b\n c', '"a"\n"b"', 'a: "x"y', '[a]b', '{a}b',
  // anchor names yaml.v3 ends early (html's &lt;) and the YAML 1.1 line breaks NEL, LS, PS
  '![a] b', '![a]', '!a[b] c', '![a]b', '- ![a] b', 'k: ![a] b', '&lt;b&gt;', 'x &lt; y', '&a;b', '*a;b', '&a:b x', '[&a, 1]', '&é x', '*é', 'a: &x;y 1', 'a\u0085b', 'a\u2028b', 'a\u2029b', '"a\u0085b"', "'a\u0085b'", 'a:\u0085b',
  'key: <no value>', 'replicas: 3\nimage: nginx', '- name: x\n  value: 1', 'enabled: true', 'a: !!str 1', 'a: 0755', 'a: .5', 'a: -', 'a: ~',
];

export const MERGE_UNHASHABLE: string[] = [
  '1: x\n<<: {[a]: 1}', '1: x\n<<: {{a: 1}: 2}', '<<: [{[a]: 1}]\n2: c', '1: x\n<<: [{b: 1}, {[a]: 1}]', 'a: &m {[x]: 1}\nb:\n  1: b\n  <<: *m',
  '- 1: x\n  <<: {[a]: 1}', 'true: x\n<<: {? [a, b]\n  : 1}', '1: x\n<<: {[a]: 1, b: 2}', '\na:\n<<:\n-\n?\n-\n', '? [a]\n: 1\n<<: {b: 2}',
  'x: 1\n<<: {[a]: 1}', '1: x\n<<: {b: [1]}',
];

const PIECES = [
  'a', 'b', 'x', 'key', 'v1', '0', '1', '3', '10', '1.5', '.5', '0x', '0o', '7', 'e', 'E', '+', '-', '_', '.', ':', ': ', ' ', '  ', '#', ' #',
  '\n', '\n  ', '\n- ', '- ', ',', ', ', '[', ']', '{', '}', '"', "'", '|', '>', '?', '~', 'null', 'true',
  'yes', 'no', '<no value>', '%', '@', '`', '\\', '---', '...', 'é', '0755', '1_0', 'inf', '.inf', 'nan',
];

export function reparseCases(count = 2400): string[] {
  const out = new Set<string>([...FIXED, ...MERGE_UNHASHABLE]);
  const r = rng(REPARSE_SEED);
  const pick = <T>(a: readonly T[]) => a[Math.floor(r() * a.length)];
  // Numbers built from parts.
  const signs = ['', '', '-', '+'];
  while (out.size < FIXED.length + MERGE_UNHASHABLE.length + 500) {
    const kind = r();
    let s: string;
    if (kind < 0.3) s = pick(signs) + String(Math.floor(r() * 10 ** (1 + Math.floor(r() * 20))));
    else if (kind < 0.5) s = pick(signs) + (r() * 10 ** (Math.floor(r() * 30) - 10)).toPrecision(1 + Math.floor(r() * 17));
    else if (kind < 0.6) s = pick(signs) + pick(['0x', '0o', '0b', '0', '0X']) + Math.floor(r() * 1e6).toString(pick([2, 8, 16, 10]));
    else if (kind < 0.7) s = pick(signs) + String(Math.floor(r() * 1e4)) + '.' + String(Math.floor(r() * 1e4)) + pick(['', 'e5', 'E-3', 'e+21', '_0']);
    else if (kind < 0.8) s = Array.from({ length: 1 + Math.floor(r() * 4) }, () => String(Math.floor(r() * 100))).join(pick(['_', '.', ':', '-']));
    else if (kind < 0.9) s = `${pick(['a', 'k', 'port', 'x'])}: ${pick(['3', '1.10', 'yes', '~', '0755', '"3"', '[1, 2]', '{b: 1}', 'x y', ''])}`;
    else s = `- ${pick(['3', '1.10', 'yes', '~', '0755', 'a: 1', 'x'])}\n- ${pick(['4', 'b', '1e3', 'null'])}`;
    out.add(s);
  }
  // Random punctuation soup.
  while (out.size < count) {
    const n = 1 + Math.floor(r() * 6);
    let s = '';
    for (let i = 0; i < n; i++) s += pick(PIECES);
    out.add(s);
  }
  return [...out];
}
