/**
 * Port of Go's text/template/parse/parse_test.go: TestNumberParse, TestParse, TestParseCopy's
 * printing half, TestParseWithComments, TestKeywordsAndFuncs, TestSkipFuncCheck, TestIsEmpty,
 * TestErrors, TestBlock, TestLineNum. Parses are asserted by printing the tree back with
 * String() (text quoted, as Go's tests set textFormat = "%q").
 *
 * Not ported (3): TestParseCopy's Copy (no Copy methods here: trees are immutable once built),
 * TestErrorContextWithTreeCopy (same reason), the benchmarks.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { itemType } from '../../src/template/parse/lex.ts';
import { type ActionNode, NodeType, setTextFormatQuoted } from '../../src/template/parse/node.ts';
import { newNumber, NumberError } from '../../src/template/parse/number.ts';
import { IsEmptyTree, maxStackDepth, ParseComments, setMaxStackDepth, SkipFuncCheck, Tree } from '../../src/template/parse/parse.ts';
import { errorTests, isEmptyTests, parseTests } from './tables/parse-tables.ts';

const builtins = new Set(['printf', 'contains']);
const noFuncs: Set<string>[] = [];
let savedDepth = 0;
before(() => {
  setTextFormatQuoted(true);
  savedDepth = maxStackDepth;
  setMaxStackDepth(3); // Go's parse tests use a small stack limit.
});
after(() => {
  setTextFormatQuoted(false);
  setMaxStackDepth(savedDepth);
});

function parse(name: string, input: string, funcs: readonly Set<string>[] = [builtins], mode = 0): { tree?: Tree; treeSet: Map<string, Tree>; err?: string } {
  const treeSet = new Map<string, Tree>();
  const t = new Tree(name);
  t.Mode = mode;
  try {
    t.Parse(input, '', '', treeSet, funcs);
    return { tree: t, treeSet };
  } catch (e) {
    return { treeSet, err: (e as Error).message };
  }
}

// numberTests: [text, isInt, isUint, isFloat, isComplex, int64, uint64, float64, complex [re, im]]
type NT = [string, boolean, boolean, boolean, boolean, bigint, bigint, number, [number, number]];
const numberTests: NT[] = [
  // basics
  ['0', true, true, true, false, 0n, 0n, 0, [0, 0]],
  ['-0', true, true, true, false, 0n, 0n, 0, [0, 0]], // check that -0 is a uint.
  ['73', true, true, true, false, 73n, 73n, 73, [0, 0]],
  ['7_3', true, true, true, false, 73n, 73n, 73, [0, 0]],
  ['0b10_010_01', true, true, true, false, 73n, 73n, 73, [0, 0]],
  ['0B10_010_01', true, true, true, false, 73n, 73n, 73, [0, 0]],
  ['073', true, true, true, false, 0o73n, 0o73n, 0o73, [0, 0]],
  ['0o73', true, true, true, false, 0o73n, 0o73n, 0o73, [0, 0]],
  ['0O73', true, true, true, false, 0o73n, 0o73n, 0o73, [0, 0]],
  ['0x73', true, true, true, false, 0x73n, 0x73n, 0x73, [0, 0]],
  ['0X73', true, true, true, false, 0x73n, 0x73n, 0x73, [0, 0]],
  ['0x7_3', true, true, true, false, 0x73n, 0x73n, 0x73, [0, 0]],
  ['-73', true, false, true, false, -73n, 0n, -73, [0, 0]],
  ['+73', true, false, true, false, 73n, 0n, 73, [0, 0]],
  ['100', true, true, true, false, 100n, 100n, 100, [0, 0]],
  ['1e9', true, true, true, false, 1000000000n, 1000000000n, 1e9, [0, 0]],
  ['-1e9', true, false, true, false, -1000000000n, 0n, -1e9, [0, 0]],
  ['-1.2', false, false, true, false, 0n, 0n, -1.2, [0, 0]],
  ['1e19', false, true, true, false, 0n, 10000000000000000000n, 1e19, [0, 0]],
  ['1e1_9', false, true, true, false, 0n, 10000000000000000000n, 1e19, [0, 0]],
  ['1E19', false, true, true, false, 0n, 10000000000000000000n, 1e19, [0, 0]],
  ['-1e19', false, false, true, false, 0n, 0n, -1e19, [0, 0]],
  ['0x_1p4', true, true, true, false, 16n, 16n, 16, [0, 0]],
  ['0X_1P4', true, true, true, false, 16n, 16n, 16, [0, 0]],
  ['0x_1p-4', false, false, true, false, 0n, 0n, 1 / 16, [0, 0]],
  ['4i', false, false, false, true, 0n, 0n, 0, [0, 4]],
  ['-1.2+4.2i', false, false, false, true, 0n, 0n, 0, [-1.2, 4.2]],
  ['073i', false, false, false, true, 0n, 0n, 0, [0, 73]], // not octal!
  // complex with 0 imaginary are float (and maybe integer)
  ['0i', true, true, true, true, 0n, 0n, 0, [0, 0]],
  ['-1.2+0i', false, false, true, true, 0n, 0n, -1.2, [-1.2, 0]],
  ['-12+0i', true, false, true, true, -12n, 0n, -12, [-12, 0]],
  ['13+0i', true, true, true, true, 13n, 13n, 13, [13, 0]],
  // funny bases
  ['0123', true, true, true, false, 0o123n, 0o123n, 0o123, [0, 0]],
  ['-0x0', true, true, true, false, 0n, 0n, 0, [0, 0]],
  ['0xdeadbeef', true, true, true, false, 0xdeadbeefn, 0xdeadbeefn, 0xdeadbeef, [0, 0]],
  // character constants
  ["'a'", true, true, true, false, 97n, 97n, 97, [0, 0]],
  ["'\\n'", true, true, true, false, 10n, 10n, 10, [0, 0]],
  ["'\\\\'", true, true, true, false, 92n, 92n, 92, [0, 0]],
  ["'\\''", true, true, true, false, 39n, 39n, 39, [0, 0]],
  ["'\\xFF'", true, true, true, false, 0xffn, 0xffn, 0xff, [0, 0]],
  ["'パ'", true, true, true, false, 0x30d1n, 0x30d1n, 0x30d1, [0, 0]],
  ["'\\u30d1'", true, true, true, false, 0x30d1n, 0x30d1n, 0x30d1, [0, 0]],
  ["'\\U000030d1'", true, true, true, false, 0x30d1n, 0x30d1n, 0x30d1, [0, 0]],
  // Issue 8622 - 0xe parsed as floating point. Very embarrassing.
  ['0xef', true, true, true, false, 0xefn, 0xefn, 0xef, [0, 0]],
];
// some broken syntax
const badNumbers = ['+-2', '0x123.', '1e.', '0xi.', '1+2.', "'x", "'xx'", "'433937734937734969526500969526500'"];

test(`numberTests: ${numberTests.length + badNumbers.length} cases`, () => {
  for (const [text, isInt, isUint, isFloat, isComplex, i64, u64, f64, c] of numberTests) {
    // Go's test asks fmt.Sscan whether it is complex; here: a sign after the first character.
    const typ = text[0] === "'" ? itemType.itemCharConstant : /.[+-]/.test(text.replace(/[eEpP][+-]/g, '')) ? itemType.itemComplex : itemType.itemNumber;
    const n = newNumber(undefined, 0, text, typ);
    assert.equal(n.IsComplex, isComplex, `complex ${text}`);
    assert.equal(n.IsInt, isInt, `int ${text}`);
    if (isInt) assert.equal(n.Int64, i64, `int64 ${text}`);
    assert.equal(n.IsUint, isUint, `uint ${text}`);
    if (isUint) assert.equal(n.Uint64, u64, `uint64 ${text}`);
    assert.equal(n.IsFloat, isFloat, `float ${text}`);
    if (isFloat) assert.equal(n.Float64, f64, `float64 ${text}`);
    if (isComplex) assert.deepEqual([n.Complex128.re, n.Complex128.im], c, `complex128 ${text}`);
  }
  for (const text of badNumbers) {
    const typ = text[0] === "'" ? itemType.itemCharConstant : itemType.itemNumber;
    assert.throws(() => newNumber(undefined, 0, text, typ), NumberError, text);
  }
});

test(`parseTests: ${parseTests.length} cases printed back with String()`, () => {
  for (const [name, input, ok, result] of parseTests) {
    const r = parse(name === 'paren nesting exceeds limit' || name.includes('exceeds limit') ? 'test' : name, input);
    if (!ok) {
      assert.ok(r.err !== undefined, `${name}: expected error; got none`);
      if (result.startsWith('template:')) assert.equal(r.err, result, name);
      continue;
    }
    assert.equal(r.err, undefined, `${name}: unexpected error`);
    assert.equal(r.tree!.Root!.String(), result, `${name} (${JSON.stringify(input)})`);
  }
});

test('TestParseWithComments', () => {
  const tests: [string, string, string][] = [
    ['comment', '{{/*\n\n\n*/}}', '{{/*\n\n\n*/}}'],
    ['comment trim left', 'x \r\n\t{{- /* hi */}}', '"x"{{/* hi */}}'],
    ['comment trim right', '{{/* hi */ -}}\n\n\ty', '{{/* hi */}}"y"'],
    ['comment trim left and right', 'x \r\n\t{{- /* */ -}}\n\n\ty', '"x"{{/* */}}"y"'],
  ];
  for (const [name, input, want] of tests) {
    const r = parse(name, input, [], ParseComments);
    assert.equal(r.err, undefined, name);
    assert.equal(r.tree!.Root!.String(), want, name);
  }
});

test('TestKeywordsAndFuncs: break is a function when one is defined', () => {
  const inp = '{{range .X}}{{break 20}}{{end}}';
  assert.equal(parse('', inp, [new Set(['break'])]).err, undefined);
  assert.ok(parse('', inp, [new Set()]).err !== undefined);
});

test('TestSkipFuncCheck', () => {
  const r = parse('skip func check', '{{fn 1 2}}', noFuncs, SkipFuncCheck);
  assert.equal(r.tree!.Root!.String(), '{{fn 1 2}}');
});

test(`isEmptyTests: ${isEmptyTests.length} cases`, () => {
  assert.ok(IsEmptyTree(undefined));
  for (const [name, input, empty] of isEmptyTests) {
    const r = parse('root', input, noFuncs);
    assert.equal(r.err, undefined, name);
    assert.equal(IsEmptyTree(r.tree!.Root), empty, name);
  }
});

test(`errorTests: ${errorTests.length} cases (error text contains Go's)`, () => {
  for (const [name, input, want] of errorTests) {
    const r = parse(name, input, noFuncs);
    assert.ok(r.err !== undefined, `${name}: expected error ${want}`);
    assert.ok(r.err!.includes(want), `${name}: error ${JSON.stringify(r.err)} does not contain ${JSON.stringify(want)}`);
  }
});

test('TestBlock', () => {
  const r = parse('outer', 'a{{block "inner" .}}bar{{.}}baz{{end}}b', noFuncs);
  setTextFormatQuoted(false);
  try {
    assert.equal(r.tree!.Root!.String(), 'a{{template "inner" .}}b');
    assert.equal(r.treeSet.get('inner')!.Root!.String(), 'bar{{.}}baz');
  } finally {
    setTextFormatQuoted(true);
  }
});

test('TestLineNum', () => {
  const r = parse('bench', '{{printf 1234}}\n'.repeat(3));
  const nodes = r.tree!.Root!.Nodes;
  for (let i = 0; i < nodes.length; i += 2) {
    const action = nodes[i] as ActionNode;
    assert.equal(action.type, NodeType.NodeAction);
    assert.equal(action.Line, 1 + i / 2);
    assert.equal(action.Pipe.Line, 1 + i / 2);
  }
});
