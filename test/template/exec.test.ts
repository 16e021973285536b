/**
 * Port of Go 1.24's text/template/exec_test.go: execTests (with Go's output, partial output on
 * error, and ok), cmpTests, and the single-purpose tests that apply (TestExecError,
 * TestMissingMapKey, TestUnterminatedStringError, TestExecuteGivesExecError, TestMaxExecDepth,
 * TestInterfaceValues, TestExecutePanicDuringCall, TestFunctionCheckDuringCall, TestIssue31810,
 * TestFinalForPrintf, TestBlock).
 *
 * Data: Go's struct T becomes a map[string]any with the same field names and values where the
 * meaning survives (slices and arrays become lists, *[]int a list, maps with string keys maps,
 * interfaces their contents). Go's test helper functions (add, echo, makemap, die, typeOf,
 * oneArg, twoArgs, dddArg, zeroArgs, mapOfThree, valueString, returnInt) are passed as funcs
 * with Go's signatures.
 *
 * Go's execTests that are left out (about 100), by reason:
 * - methods on data (Method0..3, MAdd, MyError, GetU, Copy, String/Error methods, bug0-3,
 *   bug5-6, bug13, bug17a-e, "pipeline", "printf method"...): maps have no methods;
 * - function values in data (call .BinaryFunc, .VariadicFunc, .NilOKFunc, .ErrFunc,
 *   "empty call after pipe valid", "Interface Call", "nil pipeline"...);
 * - pointers, unsafe pointers, typed nil interfaces (PI, PS, NIL, UPI, bug11, "if nilPointer"...);
 * - unsigned and sized integer types, typed-key maps, channels and iterators (dot uint,
 *   map MII/MI32S/..., range int8..uintptr, range count, range iter.Seq*);
 * - structs printed whole, unexported fields, typed zero values of map[string]int
 *   (dot struct, empty with struct, .unexported, map[NO] -> 0, map[``]);
 * - capacity beyond length (SICap);
 * - complex128 through printf or in data (printf complex, printf lots, bug16j, ideal complex,
 *   dot complex, if 0.0i, with 0.0i): complex constants are printed, compared and tested for
 *   truth, but printf does not take them (see src/template/README.md).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseTemplate } from '../../src/template/index.ts';
import type { GoFunc } from '../../src/template/index.ts';
import type { GoValue } from '../../src/values/go-value.ts';
import { goTypeName } from '../../src/template/fmt/index.ts';

const m = (o: Record<string, GoValue>): Map<string, GoValue> => new Map(Object.entries(o));

const tVal = m({
  True: true,
  I: 17n,
  X: 'x',
  S: 'xyz',
  FloatZero: 0,
  U: m({ V: 'v' }),
  SI: [3n, 4n, 5n],
  SIEmpty: [],
  SB: [true, false],
  AI: [3n, 4n, 5n],
  MSI: m({ one: 1n, two: 2n, three: 3n }),
  MSIone: m({ one: 1n }),
  MSIEmpty: m({}),
  MXI: m({ one: 1n }),
  SMSI: [m({ one: 1n, two: 2n }), m({ eleven: 11n, twelve: 12n })],
  Empty0: null,
  Empty1: 3n,
  Empty2: 'empty2',
  Empty3: [7n, 8n],
  Empty4: m({ V: 'UinEmpty' }),
  PSI: [21n, 22n, 23n],
});

const funcs: Record<string, GoFunc> = {
  add: { params: ['int'], variadic: true, fn: (a) => a.reduce<bigint>((s, x) => s + (x as bigint), 0n) },
  die: { params: [], fn: () => { throw new Error('die'); } },
  echo: { params: ['any'], fn: (a) => a[0] },
  makemap: {
    params: ['string'],
    variadic: true,
    fn: (a) => {
      if (a.length % 2 !== 0) throw new Error('bad makemap');
      const r = new Map<string, GoValue>();
      for (let i = 0; i < a.length; i += 2) r.set(a[i] as string, a[i + 1]);
      return r;
    },
  },
  mapOfThree: { params: [], fn: () => m({ three: 3n }) },
  oneArg: { params: ['string'], fn: (a) => 'oneArg=' + a[0] },
  twoArgs: { params: ['string', 'string'], fn: (a) => 'twoArgs=' + a[0] + a[1] },
  dddArg: { params: ['int', 'string'], variadic: true, fn: (a) => `${a[0]} [${a.slice(1).join(' ')}]\n` },
  returnInt: { params: [], fn: () => 7n },
  typeOf: { params: ['any'], fn: (a) => goTypeName(a[0]) },
  valueString: { params: ['string'], fn: () => 'value is ignored' },
  zeroArgs: { params: [], fn: () => 'zeroArgs' },
};

// bigInt and bigUint are hex strings either side of the max int boundary.
const bigInt = '0x7fffffffffffffff';
const bigUint = '0x8000000000000000';
const rangeTestInt = '{{range $v := .}}{{printf "%T%d" $v $v}}{{end}}';
const rangeTestDataInt = 'int0int1int2int3int4';

type ExecTest = [name: string, input: string, output: string, data: GoValue, ok: boolean];

const execTests: ExecTest[] = [
  // Trivial cases.
  ['empty', '', '', null, true],
  ['text', 'some text', 'some text', null, true],
  ['nil action', '{{nil}}', '', null, false],

  // Ideal constants.
  ['ideal int', '{{typeOf 3}}', 'int', 0n, true],
  ['ideal float', '{{typeOf 1.0}}', 'float64', 0n, true],
  ['ideal exp float', '{{typeOf 1e1}}', 'float64', 0n, true],
  ['ideal int', '{{typeOf ' + bigInt + '}}', 'int', 0n, true],
  ['ideal too big', '{{typeOf ' + bigUint + '}}', '', 0n, false],
  ['ideal nil without type', '{{nil}}', '', 0n, false],

  // Fields of structs.
  ['.X', '-{{.X}}-', '-x-', tVal, true],
  ['.U.V', '-{{.U.V}}-', '-v-', tVal, true],

  // Fields on maps.
  ['map .one', '{{.MSI.one}}', '1', tVal, true],
  ['map .two', '{{.MSI.two}}', '2', tVal, true],
  ['map .NO', '{{.MSI.NO}}', '<no value>', tVal, true],
  ['map .one interface', '{{.MXI.one}}', '1', tVal, true],
  ['map .WRONG args', '{{.MSI.one 1}}', '', tVal, false],

  // Dots of all kinds to test basic evaluation.
  ['dot int', '<{{.}}>', '<13>', 13n, true],
  ['dot float', '<{{.}}>', '<15.1>', 15.1, true],
  ['dot bool', '<{{.}}>', '<true>', true, true],
  ['dot string', '<{{.}}>', '<hello>', 'hello', true],
  ['dot slice', '<{{.}}>', '<[-1 -2 -3]>', [-1n, -2n, -3n], true],
  ['dot map', '<{{.}}>', '<map[two:22]>', m({ two: 22n }), true],

  // Variables.
  ['$ int', '{{$}}', '123', 123n, true],
  ['$.I', '{{$.I}}', '17', tVal, true],
  ['$.U.V', '{{$.U.V}}', 'v', tVal, true],
  ['declare in action', '{{$x := $.U.V}}{{$x}}', 'v', tVal, true],
  ['simple assignment', '{{$x := 2}}{{$x = 3}}{{$x}}', '3', tVal, true],
  ['nested assignment', '{{$x := 2}}{{if true}}{{$x = 3}}{{end}}{{$x}}', '3', tVal, true],
  ['nested assignment changes the last declaration', '{{$x := 1}}{{if true}}{{$x := 2}}{{if true}}{{$x = 3}}{{end}}{{end}}{{$x}}', '1', tVal, true],

  // Pointers (a *[]int is a list here).
  ['*[]int', '{{.PSI}}', '[21 22 23]', tVal, true],
  ['*[]int[1]', '{{index .PSI 1}}', '22', tVal, true],

  // Empty interfaces holding values.
  ['empty nil', '{{.Empty0}}', '<no value>', tVal, true],
  ['empty with int', '{{.Empty1}}', '3', tVal, true],
  ['empty with string', '{{.Empty2}}', 'empty2', tVal, true],
  ['empty with slice', '{{.Empty3}}', '[7 8]', tVal, true],
  ['empty with struct, field', '{{.Empty4.V}}', 'UinEmpty', tVal, true],

  // Edge cases with <no value> with an interface value
  ['field on interface', '{{.foo}}', '<no value>', null, true],
  ['field on parenthesized interface', '{{(.).foo}}', '<no value>', null, true],

  // Issue 31810: Parenthesized first element of pipeline with arguments.
  ['unparenthesized non-function', '{{1 2}}', '', null, false],
  ['parenthesized non-function', '{{(1) 2}}', '', null, false],
  ['parenthesized non-function with no args', '{{(1)}}', '1', null, true], // This is fine.

  // Function call builtin.
  ['call nil', '{{call nil}}', '', tVal, false],
  ['empty call', '{{call}}', '', tVal, false],
  ['empty call after pipe invalid', '{{1 | call}}', '', tVal, false],

  // Parenthesized expressions
  ['parens in pipeline', '{{printf `%d %d %d` (1) (2 | add 3) (add 4 (add 5 6))}}', '1 5 15', tVal, true],

  // Parenthesized expressions with field accesses
  ['parens: $ in paren', '{{($).X}}', 'x', tVal, true],
  ['parens: $ in paren in pipe', '{{($ | echo).X}}', 'x', tVal, true],
  ['parens: spaces and args', '{{(makemap "up" "down" "left" "right").left}}', 'right', tVal, true],

  // If.
  ['if true', '{{if true}}TRUE{{end}}', 'TRUE', tVal, true],
  ['if false', '{{if false}}TRUE{{else}}FALSE{{end}}', 'FALSE', tVal, true],
  ['if nil', '{{if nil}}TRUE{{end}}', '', tVal, false],
  ['if 1', '{{if 1}}NON-ZERO{{else}}ZERO{{end}}', 'NON-ZERO', tVal, true],
  ['if 0', '{{if 0}}NON-ZERO{{else}}ZERO{{end}}', 'ZERO', tVal, true],
  ['if 1.5', '{{if 1.5}}NON-ZERO{{else}}ZERO{{end}}', 'NON-ZERO', tVal, true],
  ['if 0.0', '{{if .FloatZero}}NON-ZERO{{else}}ZERO{{end}}', 'ZERO', tVal, true],
  ['if 1.5i', '{{if 1.5i}}NON-ZERO{{else}}ZERO{{end}}', 'NON-ZERO', tVal, true],
  ['if emptystring', '{{if ``}}NON-EMPTY{{else}}EMPTY{{end}}', 'EMPTY', tVal, true],
  ['if string', '{{if `notempty`}}NON-EMPTY{{else}}EMPTY{{end}}', 'NON-EMPTY', tVal, true],
  ['if emptyslice', '{{if .SIEmpty}}NON-EMPTY{{else}}EMPTY{{end}}', 'EMPTY', tVal, true],
  ['if slice', '{{if .SI}}NON-EMPTY{{else}}EMPTY{{end}}', 'NON-EMPTY', tVal, true],
  ['if emptymap', '{{if .MSIEmpty}}NON-EMPTY{{else}}EMPTY{{end}}', 'EMPTY', tVal, true],
  ['if map', '{{if .MSI}}NON-EMPTY{{else}}EMPTY{{end}}', 'NON-EMPTY', tVal, true],
  ['if map unset', '{{if .MXI.none}}NON-ZERO{{else}}ZERO{{end}}', 'ZERO', tVal, true],
  ['if map not unset', '{{if not .MXI.none}}ZERO{{else}}NON-ZERO{{end}}', 'ZERO', tVal, true],
  ['if $x with $y int', '{{if $x := true}}{{with $y := .I}}{{$x}},{{$y}}{{end}}{{end}}', 'true,17', tVal, true],
  ['if $x with $x int', '{{if $x := true}}{{with $x := .I}}{{$x}},{{end}}{{$x}}{{end}}', '17,true', tVal, true],
  ['if else if', '{{if false}}FALSE{{else if true}}TRUE{{end}}', 'TRUE', tVal, true],
  ['if else chain', '{{if eq 1 3}}1{{else if eq 2 3}}2{{else if eq 3 3}}3{{end}}', '3', tVal, true],

  // Print etc.
  ['print', '{{print "hello, print"}}', 'hello, print', tVal, true],
  ['print 123', '{{print 1 2 3}}', '1 2 3', tVal, true],
  ['print nil', '{{print nil}}', '<nil>', tVal, true],
  ['println', '{{println 1 2 3}}', '1 2 3\n', tVal, true],
  ['printf int', '{{printf "%04x" 127}}', '007f', tVal, true],
  ['printf float', '{{printf "%g" 3.5}}', '3.5', tVal, true],
  ['printf string', '{{printf "%s" "hello"}}', 'hello', tVal, true],
  ['printf function', '{{printf "%#q" zeroArgs}}', '`zeroArgs`', tVal, true],
  ['printf field', '{{printf "%s" .U.V}}', 'v', tVal, true],
  ['printf dot', '{{with .I}}{{printf "%d" .}}{{end}}', '17', tVal, true],
  ['printf var', '{{with $x := .I}}{{printf "%d" $x}}{{end}}', '17', tVal, true],

  // HTML.
  ['html', '{{html "<script>alert(\\"XSS\\");</script>"}}', '&lt;script&gt;alert(&#34;XSS&#34;);&lt;/script&gt;', null, true],
  ['html pipeline', '{{printf "<script>alert(\\"XSS\\");</script>" | html}}', '&lt;script&gt;alert(&#34;XSS&#34;);&lt;/script&gt;', null, true],
  ['html untyped nil', '{{html .Empty0}}', '&lt;no value&gt;', tVal, true],

  // JavaScript.
  ['js', '{{js .}}', "It\\'d be nice.", "It'd be nice.", true],

  // URL query.
  ['urlquery', '{{"http://www.example.org/"|urlquery}}', 'http%3A%2F%2Fwww.example.org%2F', null, true],

  // Booleans
  ['not', '{{not true}} {{not false}}', 'false true', null, true],
  ['and', '{{and false 0}} {{and 1 0}} {{and 0 true}} {{and 1 1}}', 'false 0 0 1', null, true],
  ['or', '{{or 0 0}} {{or 1 0}} {{or 0 true}} {{or 1 1}}', '0 1 true 1', null, true],
  ['or short-circuit', '{{or 0 1 (die)}}', '1', null, true],
  ['and short-circuit', '{{and 1 0 (die)}}', '0', null, true],
  ['or short-circuit2', '{{or 0 0 (die)}}', '', null, false],
  ['and short-circuit2', '{{and 1 1 (die)}}', '', null, false],
  ['and pipe-true', '{{1 | and 1}}', '1', null, true],
  ['and pipe-false', '{{0 | and 1}}', '0', null, true],
  ['or pipe-true', '{{1 | or 0}}', '1', null, true],
  ['or pipe-false', '{{0 | or 0}}', '0', null, true],
  ['and undef', '{{and 1 .Unknown}}', '<no value>', null, true],
  ['or undef', '{{or 0 .Unknown}}', '<no value>', null, true],
  ['boolean if', '{{if and true 1 `hi`}}TRUE{{else}}FALSE{{end}}', 'TRUE', tVal, true],
  ['boolean if not', '{{if and true 1 `hi` | not}}TRUE{{else}}FALSE{{end}}', 'FALSE', null, true],
  ['boolean if pipe', '{{if true | not | and 1}}TRUE{{else}}FALSE{{end}}', 'FALSE', null, true],

  // Indexing.
  ['slice[0]', '{{index .SI 0}}', '3', tVal, true],
  ['slice[1]', '{{index .SI 1}}', '4', tVal, true],
  ['slice[HUGE]', '{{index .SI 10}}', '', tVal, false],
  ['slice[WRONG]', '{{index .SI `hello`}}', '', tVal, false],
  ['slice[nil]', '{{index .SI nil}}', '', tVal, false],
  ['map[one]', '{{index .MSI `one`}}', '1', tVal, true],
  ['map[two]', '{{index .MSI `two`}}', '2', tVal, true],
  ['map[nil]', '{{index .MSI nil}}', '', tVal, false],
  ['map[WRONG]', '{{index .MSI 10}}', '', tVal, false],
  ['double index', '{{index .SMSI 1 `eleven`}}', '11', tVal, true],
  ['nil[1]', '{{index nil 1}}', '', tVal, false],
  ['index of an interface field', '{{index .Empty3 0}}', '7', tVal, true],

  // Slicing.
  ['slice[:]', '{{slice .SI}}', '[3 4 5]', tVal, true],
  ['slice[1:]', '{{slice .SI 1}}', '[4 5]', tVal, true],
  ['slice[1:2]', '{{slice .SI 1 2}}', '[4]', tVal, true],
  ['slice[-1:]', '{{slice .SI -1}}', '', tVal, false],
  ['slice[1:-2]', '{{slice .SI 1 -2}}', '', tVal, false],
  ['slice[1:2:-1]', '{{slice .SI 1 2 -1}}', '', tVal, false],
  ['slice[2:1]', '{{slice .SI 2 1}}', '', tVal, false],
  ['slice[2:2:1]', '{{slice .SI 2 2 1}}', '', tVal, false],
  ['out of range', '{{slice .SI 4 5}}', '', tVal, false],
  ['out of range', '{{slice .SI 2 2 5}}', '', tVal, false],
  ['array[:]', '{{slice .AI}}', '[3 4 5]', tVal, true],
  ['array[1:]', '{{slice .AI 1}}', '[4 5]', tVal, true],
  ['array[1:2]', '{{slice .AI 1 2}}', '[4]', tVal, true],
  ['string[:]', '{{slice .S}}', 'xyz', tVal, true],
  ['string[0:1]', '{{slice .S 0 1}}', 'x', tVal, true],
  ['string[1:]', '{{slice .S 1}}', 'yz', tVal, true],
  ['string[1:2]', '{{slice .S 1 2}}', 'y', tVal, true],
  ['out of range', '{{slice .S 1 5}}', '', tVal, false],
  ['3-index slice of string', '{{slice .S 1 2 2}}', '', tVal, false],
  ['slice of an interface field', '{{slice .Empty3 0 1}}', '[7]', tVal, true],

  // Len.
  ['slice', '{{len .SI}}', '3', tVal, true],
  ['map', '{{len .MSI }}', '3', tVal, true],
  ['len of int', '{{len 3}}', '', tVal, false],
  ['len of nothing', '{{len .Empty0}}', '', tVal, false],
  ['len of an interface field', '{{len .Empty3}}', '2', tVal, true],

  // With.
  ['with true', '{{with true}}{{.}}{{end}}', 'true', tVal, true],
  ['with false', '{{with false}}{{.}}{{else}}FALSE{{end}}', 'FALSE', tVal, true],
  ['with 1', '{{with 1}}{{.}}{{else}}ZERO{{end}}', '1', tVal, true],
  ['with 0', '{{with 0}}{{.}}{{else}}ZERO{{end}}', 'ZERO', tVal, true],
  ['with 1.5', '{{with 1.5}}{{.}}{{else}}ZERO{{end}}', '1.5', tVal, true],
  ['with 0.0', '{{with .FloatZero}}{{.}}{{else}}ZERO{{end}}', 'ZERO', tVal, true],
  ['with 1.5i', '{{with 1.5i}}{{.}}{{else}}ZERO{{end}}', '(0+1.5i)', tVal, true],
  ['with emptystring', '{{with ``}}{{.}}{{else}}EMPTY{{end}}', 'EMPTY', tVal, true],
  ['with string', '{{with `notempty`}}{{.}}{{else}}EMPTY{{end}}', 'notempty', tVal, true],
  ['with emptyslice', '{{with .SIEmpty}}{{.}}{{else}}EMPTY{{end}}', 'EMPTY', tVal, true],
  ['with slice', '{{with .SI}}{{.}}{{else}}EMPTY{{end}}', '[3 4 5]', tVal, true],
  ['with emptymap', '{{with .MSIEmpty}}{{.}}{{else}}EMPTY{{end}}', 'EMPTY', tVal, true],
  ['with map', '{{with .MSIone}}{{.}}{{else}}EMPTY{{end}}', 'map[one:1]', tVal, true],
  ['with empty interface, struct field', '{{with .Empty4}}{{.V}}{{end}}', 'UinEmpty', tVal, true],
  ['with $x int', '{{with $x := .I}}{{$x}}{{end}}', '17', tVal, true],
  ['with $x struct.U.V', '{{with $x := $}}{{$x.U.V}}{{end}}', 'v', tVal, true],
  ['with variable and action', '{{with $x := $}}{{$y := $.U.V}}{{$y}}{{end}}', 'v', tVal, true],
  ['with else with', '{{with 0}}{{.}}{{else with true}}{{.}}{{end}}', 'true', tVal, true],
  ['with else with chain', '{{with 0}}{{.}}{{else with false}}{{.}}{{else with `notempty`}}{{.}}{{end}}', 'notempty', tVal, true],

  // Range.
  ['range []int', '{{range .SI}}-{{.}}-{{end}}', '-3--4--5-', tVal, true],
  ['range empty no else', '{{range .SIEmpty}}-{{.}}-{{end}}', '', tVal, true],
  ['range []int else', '{{range .SI}}-{{.}}-{{else}}EMPTY{{end}}', '-3--4--5-', tVal, true],
  ['range empty else', '{{range .SIEmpty}}-{{.}}-{{else}}EMPTY{{end}}', 'EMPTY', tVal, true],
  ['range []int break else', '{{range .SI}}-{{.}}-{{break}}NOTREACHED{{else}}EMPTY{{end}}', '-3-', tVal, true],
  ['range []int continue else', '{{range .SI}}-{{.}}-{{continue}}NOTREACHED{{else}}EMPTY{{end}}', '-3--4--5-', tVal, true],
  ['range []bool', '{{range .SB}}-{{.}}-{{end}}', '-true--false-', tVal, true],
  ['range map', '{{range .MSI}}-{{.}}-{{end}}', '-1--3--2-', tVal, true],
  ['range empty map no else', '{{range .MSIEmpty}}-{{.}}-{{end}}', '', tVal, true],
  ['range map else', '{{range .MSI}}-{{.}}-{{else}}EMPTY{{end}}', '-1--3--2-', tVal, true],
  ['range empty map else', '{{range .MSIEmpty}}-{{.}}-{{else}}EMPTY{{end}}', 'EMPTY', tVal, true],
  ['range empty interface', '{{range .Empty3}}-{{.}}-{{else}}EMPTY{{end}}', '-7--8-', tVal, true],
  ['range empty nil', '{{range .Empty0}}-{{.}}-{{end}}', '', tVal, true],
  ['range $x SI', '{{range $x := .SI}}<{{$x}}>{{end}}', '<3><4><5>', tVal, true],
  ['range $x $y SI', '{{range $x, $y := .SI}}<{{$x}}={{$y}}>{{end}}', '<0=3><1=4><2=5>', tVal, true],
  ['range $x MSIone', '{{range $x := .MSIone}}<{{$x}}>{{end}}', '<1>', tVal, true],
  ['range $x $y MSIone', '{{range $x, $y := .MSIone}}<{{$x}}={{$y}}>{{end}}', '<one=1>', tVal, true],
  ['range $x PSI', '{{range $x := .PSI}}<{{$x}}>{{end}}', '<21><22><23>', tVal, true],
  ['declare in range', '{{range $x := .PSI}}<{{$foo:=$x}}{{$x}}>{{end}}', '<21><22><23>', tVal, true],
  ['range int', rangeTestInt, rangeTestDataInt, 5n, true],
  ['range 5', '{{range $v := 5}}{{printf "%T%d" $v $v}}{{end}}', rangeTestDataInt, null, true],

  // Cute examples.
  ['or as if true', '{{or .SI "slice is empty"}}', '[3 4 5]', tVal, true],
  ['or as if false', '{{or .SIEmpty "slice is empty"}}', 'slice is empty', tVal, true],

  // Numbers
  ['decimal', '{{print 1234}}', '1234', tVal, true],
  ['decimal _', '{{print 12_34}}', '1234', tVal, true],
  ['binary', '{{print 0b101}}', '5', tVal, true],
  ['binary _', '{{print 0b_1_0_1}}', '5', tVal, true],
  ['BINARY', '{{print 0B101}}', '5', tVal, true],
  ['octal0', '{{print 0377}}', '255', tVal, true],
  ['octal', '{{print 0o377}}', '255', tVal, true],
  ['octal _', '{{print 0o_3_7_7}}', '255', tVal, true],
  ['OCTAL', '{{print 0O377}}', '255', tVal, true],
  ['hex', '{{print 0x123}}', '291', tVal, true],
  ['hex _', '{{print 0x1_23}}', '291', tVal, true],
  ['HEX', '{{print 0X123ABC}}', '1194684', tVal, true],
  ['float', '{{print 123.4}}', '123.4', tVal, true],
  ['float _', '{{print 0_0_1_2_3.4}}', '123.4', tVal, true],
  ['hex float', '{{print +0x1.ep+2}}', '7.5', tVal, true],
  ['hex float _', '{{print +0x_1.e_0p+0_2}}', '7.5', tVal, true],
  ['HEX float', '{{print +0X1.EP+2}}', '7.5', tVal, true],
  ['print multi', '{{print 1_2_3_4 7.5_00_00_00}}', '1234 7.5', tVal, true],
  ['print multi2', '{{print 1234 0x0_1.e_0p+02}}', '1234 7.5', tVal, true],

  // Fixed bugs.
  // Nil interface values in if.
  ['bug4', '{{if .Empty0}}non-nil{{else}}nil{{end}}', 'nil', tVal, true],
  // Legal parse but illegal execution: non-function should have no arguments.
  ['bug7a', '{{3 2}}', '', tVal, false],
  ['bug7b', '{{$x := 1}}{{$x 2}}', '', tVal, false],
  ['bug7c', '{{$x := 1}}{{3 | $x}}', '', tVal, false],
  // Pipelined arg was not being type-checked.
  ['bug8a', '{{3|oneArg}}', '', tVal, false],
  ['bug8b', '{{4|dddArg 3}}', '', tVal, false],
  // A bug was introduced that broke map lookups for lower-case names.
  ['bug9', '{{.cause}}', 'neglect', m({ cause: 'neglect' }), true],
  // Field chain starting with function did not work.
  ['bug10', '{{mapOfThree.three}}-{{(mapOfThree).three}}', '3-3', 0n, true],
  // 0xef gave constant type float64. Issue 8622.
  ['bug12xe', '{{printf `%T` 0xef}}', 'int', m({}), true],
  ['bug12xE', '{{printf `%T` 0xEE}}', 'int', m({}), true],
  ['bug12Xe', '{{printf `%T` 0Xef}}', 'int', m({}), true],
  ['bug12XE', '{{printf `%T` 0XEE}}', 'int', m({}), true],
  // Didn't protect against nil or literal values in field chains.
  ['bug14a', '{{(nil).True}}', '', tVal, false],
  ['bug14b', '{{$x := nil}}{{$x.anything}}', '', tVal, false],
  ['bug14c', '{{$x := (1.0)}}{{$y := ("hello")}}{{$x.anything}}{{$y.true}}', '', tVal, false],
  // Didn't call validateType on function results. Issue 10800.
  ['bug15', '{{valueString returnInt}}', '', tVal, false],
  // Variadic function corner cases. Issue 10946.
  ['bug16a', '{{true|printf}}', '', tVal, false],
  ['bug16b', '{{1|printf}}', '', tVal, false],
  ['bug16c', '{{1.1|printf}}', '', tVal, false],
  ['bug16d', "{{'x'|printf}}", '', tVal, false],
  ['bug16e', '{{0i|printf}}', '', tVal, false],
  ['bug16f', '{{true|twoArgs "xxx"}}', '', tVal, false],
  ['bug16g', '{{"aaa" |twoArgs "bbb"}}', 'twoArgs=bbbaaa', tVal, true],
  ['bug16h', '{{1|oneArg}}', '', tVal, false],
  ['bug16i', '{{"aaa"|oneArg}}', 'oneArg=aaa', tVal, true],
  ['bug16k', '{{"aaa"|printf }}', 'aaa', tVal, true],
  // More variadic function corner cases. Some runes would get evaluated as constant floats
  // instead of ints. Issue 34483. (The data is a rune, an int32; an int here.)
  ['bug18a', "{{eq . '.'}}", 'true', 46n, true],
  ['bug18b', "{{eq . 'e'}}", 'true', 101n, true],
  ['bug18c', "{{eq . 'P'}}", 'true', 80n, true],

  ['issue56490', '{{$i := 0}}{{$x := 0}}{{range $i = .AI}}{{end}}{{$i}}', '5', tVal, true],
  ['issue60801', '{{$k := 0}}{{$v := 0}}{{range $k, $v = .AI}}{{$k}}={{$v}} {{end}}', '0=3 1=4 2=5 ', tVal, true],
];

function exec(name: string, input: string, data: GoValue, fns: Record<string, GoFunc> = funcs) {
  const p = parseTemplate(name, input, { funcs: fns });
  if (!p.ok) throw new Error(`${name}: parse error: ${p.error.message}`);
  return p.template.execute(data);
}

test(`execTests: ${execTests.length} cases (output, partial output on error, ok)`, () => {
  for (const [name, input, output, data, ok] of execTests) {
    const r = exec(name, input, data);
    assert.equal(r.ok, ok, `${name}: ${r.ok ? 'expected error; got none' : 'unexpected execute error: ' + r.error.message}`);
    assert.equal(r.output, output, name);
  }
});

// cmpTests: [expr, truth, ok]; the data is Go's cmpStruct, less the unsigned, pointer, map,
// struct and interface fields (31 cases left out for that reason).
const cmpTests: [string, string, boolean][] = [
  ['eq true true', 'true', true],
  ['eq true false', 'false', true],
  ['eq 1+2i 1+2i', 'true', true],
  ['eq 1+2i 1+3i', 'false', true],
  ['eq 1.5 1.5', 'true', true],
  ['eq 1.5 2.5', 'false', true],
  ['eq 1 1', 'true', true],
  ['eq 1 2', 'false', true],
  ['eq `xy` `xy`', 'true', true],
  ['eq `xy` `xyz`', 'false', true],
  ['eq 3 4 5 6 3', 'true', true],
  ['eq 3 4 5 6 7', 'false', true],
  ['ne true true', 'false', true],
  ['ne true false', 'true', true],
  ['ne 1+2i 1+2i', 'false', true],
  ['ne 1+2i 1+3i', 'true', true],
  ['ne 1.5 1.5', 'false', true],
  ['ne 1.5 2.5', 'true', true],
  ['ne 1 1', 'false', true],
  ['ne 1 2', 'true', true],
  ['ne `xy` `xy`', 'false', true],
  ['ne `xy` `xyz`', 'true', true],
  ['lt 1.5 1.5', 'false', true],
  ['lt 1.5 2.5', 'true', true],
  ['lt 1 1', 'false', true],
  ['lt 1 2', 'true', true],
  ['lt `xy` `xy`', 'false', true],
  ['lt `xy` `xyz`', 'true', true],
  ['le 1.5 1.5', 'true', true],
  ['le 1.5 2.5', 'true', true],
  ['le 2.5 1.5', 'false', true],
  ['le 1 1', 'true', true],
  ['le 1 2', 'true', true],
  ['le 2 1', 'false', true],
  ['le `xy` `xy`', 'true', true],
  ['le `xy` `xyz`', 'true', true],
  ['le `xyz` `xy`', 'false', true],
  ['gt 1.5 1.5', 'false', true],
  ['gt 1.5 2.5', 'false', true],
  ['gt 1 1', 'false', true],
  ['gt 2 1', 'true', true],
  ['gt 1 2', 'false', true],
  ['gt `xy` `xy`', 'false', true],
  ['gt `xy` `xyz`', 'false', true],
  ['ge 1.5 1.5', 'true', true],
  ['ge 1.5 2.5', 'false', true],
  ['ge 2.5 1.5', 'true', true],
  ['ge 1 1', 'true', true],
  ['ge 1 2', 'false', true],
  ['ge 2 1', 'true', true],
  ['ge `xy` `xy`', 'true', true],
  ['ge `xy` `xyz`', 'false', true],
  ['ge `xyz` `xy`', 'true', true],
  ['eq .NegOne .Three', 'false', true],
  ['lt .NegOne .Three', 'true', true],
  ["eq (index `x` 0) 'x'", 'true', true], // The example that triggered this rule.
  ["eq (index `x` 0) 'y'", 'false', true],
  // Errors
  ['eq `xy` 1', '', false], // Different types.
  ['eq 2 2.0', '', false], // Different types.
  ['lt true true', '', false], // Unordered types.
  ['lt 1+0i 1+0i', '', false], // Unordered types.
];

test(`cmpTests: ${cmpTests.length} comparisons`, () => {
  const data = m({ NegOne: -1n, Three: 3n });
  for (const [expr, truth, ok] of cmpTests) {
    const r = exec('empty', `{{if ${expr}}}true{{else}}false{{end}}`, data, {});
    assert.equal(r.ok, ok, `${expr}: ${r.ok ? 'did not error' : r.error.message}`);
    assert.equal(r.output, truth, expr);
  }
});

test('TestExecError: an error from a nested template has all the relevant information', () => {
  const text = 'line 1\nline 2\nline 3\n{{template "one" .}}\n{{define "one"}}{{template "two" .}}{{end}}\n{{define "two"}}{{template "three" .}}{{end}}\n{{define "three"}}{{index "hi" $}}{{end}}';
  const r = exec('top', text, 5n); // 5 is out of range indexing "hi"
  assert.ok(!r.ok);
  assert.equal(r.error.message, 'template: top:7:20: executing "three" at <index "hi" $>: error calling index: index out of range: 5');
  assert.equal(r.error.templateName, 'three');
  assert.equal(r.error.line, 7);
  assert.equal(r.error.column, 21);
});

test('TestMissingMapKey', () => {
  const data = m({ x: 99n });
  const run = (missingKey: 'default' | 'zero' | 'error', d: GoValue) => {
    const p = parseTemplate('t1', '{{.x}} {{.y}}', { missingKey });
    assert.ok(p.ok);
    return p.template.execute(d);
  };
  assert.deepEqual(run('default', data), { ok: true, output: '99 <no value>' });
  // Go prints 0 here for its map[string]int; the zero value of a map[string]any element is nil.
  assert.deepEqual(run('zero', data), { ok: true, output: '99 <no value>' });
  const e = run('error', data);
  assert.ok(!e.ok && e.error.message.endsWith('map has no entry for key "y"'));
  const n = run('error', null);
  assert.ok(!n.ok && n.error.message.endsWith('nil data; no entry for key "x"'));
});

test('TestUnterminatedStringError: the line is that of the opening quote', () => {
  const p = parseTemplate('X', 'hello\n\n{{`unterminated\n\n\n\n}}\n some more\n\n');
  assert.ok(!p.ok);
  assert.ok(p.error.message.includes('X:3: unterminated raw quoted string'), p.error.message);
  assert.equal(p.error.line, 3);
});

test('TestExecuteGivesExecError', () => {
  const r = exec('X', 'hello, {{.X.Y}}', 0n);
  assert.ok(!r.ok);
  assert.equal(r.error.kind, 'exec');
  assert.ok(r.error.message.includes('field X in type int'));
  assert.equal(r.output, 'hello, ');
});

test('TestFinalForPrintf', () => {
  assert.deepEqual(exec('', '{{"x" | printf}}', 0n), { ok: true, output: 'x' });
});

test('TestBlock', () => {
  assert.deepEqual(exec('outer', 'a({{block "inner" .}}bar({{.}})baz{{end}})b', 'hello'), { ok: true, output: 'a(bar(hello)baz)b' });
});

test('TestMaxExecDepth: recursion stops with Go\'s message (at our default depth, Go\'s wasm value)', () => {
  const r = exec('tmpl', '{{template "tmpl" .}}', null);
  assert.ok(!r.ok);
  assert.ok(r.error.message.includes('exceeded maximum template depth (1000)'), r.error.message);
});

test('TestInterfaceValues', () => {
  const tests: [string, string][] = [
    ['{{index .Nil 1}}', 'ERROR: index of untyped nil'],
    ['{{index .Slice 2}}', '2'],
    ['{{index .Slice .Two}}', '2'],
    ['{{call .Nil 1}}', 'ERROR: call of nil'],
    ['{{and (index .Slice 0) true}}', '0'],
    ['{{and .Zero true}}', '0'],
    ['{{and (index .Slice 1) false}}', 'false'],
    ['{{and .One false}}', 'false'],
    ['{{or (index .Slice 0) false}}', 'false'],
    ['{{or .Zero false}}', 'false'],
    ['{{or (index .Slice 1) true}}', '1'],
    ['{{or .One true}}', '1'],
    ['{{not (index .Slice 0)}}', 'true'],
    ['{{not .Zero}}', 'true'],
    ['{{not (index .Slice 1)}}', 'false'],
    ['{{not .One}}', 'false'],
    ['{{eq (index .Slice 0) .Zero}}', 'true'],
    ['{{eq (index .Slice 1) .One}}', 'true'],
    ['{{ne (index .Slice 0) .Zero}}', 'false'],
    ['{{ne (index .Slice 1) .One}}', 'false'],
    ['{{ge (index .Slice 0) .One}}', 'false'],
    ['{{ge (index .Slice 1) .Zero}}', 'true'],
    ['{{gt (index .Slice 0) .One}}', 'false'],
    ['{{gt (index .Slice 1) .Zero}}', 'true'],
    ['{{le (index .Slice 0) .One}}', 'true'],
    ['{{le (index .Slice 1) .Zero}}', 'false'],
    ['{{lt (index .Slice 0) .One}}', 'true'],
    ['{{lt (index .Slice 1) .Zero}}', 'false'],
  ];
  const data = m({ Slice: [0n, 1n, 2n, 3n], One: 1n, Two: 2n, Nil: null, Zero: 0n });
  for (const [text, out] of tests) {
    const r = exec('tmpl', text, data);
    if (out.startsWith('ERROR:')) {
      assert.ok(!r.ok && r.error.message.includes(out.slice('ERROR:'.length).trim()), text);
      continue;
    }
    assert.deepEqual(r, { ok: true, output: out }, text);
  }
});

test('TestExecutePanicDuringCall: a throwing function is Go\'s panicking function', () => {
  const fns: Record<string, GoFunc> = { doPanic: { params: [], fn: () => { throw new Error('custom panic string'); } } };
  const direct = exec('t', '{{doPanic}}', null, fns);
  assert.ok(!direct.ok && direct.error.message.includes('template: t:1:2: executing "t" at <doPanic>: error calling doPanic: custom panic string'));
  const indirect = exec('t', '{{call doPanic}}', null, fns);
  assert.ok(!indirect.ok && indirect.error.message.includes('template: t:1:7: executing "t" at <doPanic>: error calling doPanic: custom panic string'));
});

test('TestFunctionCheckDuringCall', () => {
  const tests: [string, GoValue, string][] = [
    ['{{call}}', tVal, 'wrong number of args for call: want at least 1 got 0'],
    ['{{call .True}}', tVal, 'error calling call: non-function .True of type bool'],
    ['{{call (len "test")}}', null, 'error calling call: non-function len "test" of type int'],
  ];
  for (const [input, data, want] of tests) {
    const r = exec('t', input, data, {});
    assert.ok(!r.ok && r.error.message.includes(want), `${input}: ${r.ok ? 'no error' : r.error.message}`);
  }
});

test('TestIssue31810: a parenthesized value with no arguments is fine', () => {
  assert.deepEqual(exec('', '{{ (.)  }}', 'result'), { ok: true, output: 'result' });
});
