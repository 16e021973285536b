/**
 * Port of Go's text/template/funcs.go (Go 1.24): the builtin function table and the
 * builtins themselves (and, or, not, len, index, slice, eq, ne, lt, le, gt, ge, print,
 * printf, println, html, js, urlquery, call).
 *
 * A function is described by its Go signature (parameter types, variadic) so that
 * evalCall can check argument counts and evaluate arguments exactly as Go does.
 */
import type { GoValue } from '../values/go-value.ts';
import { htmlEscaper, jsEscaper, urlQueryEscaper } from './escape.ts';
import { sprint, sprintf, sprintln } from './fmt/index.ts';
import {
  compareGoStrings,
  elem,
  GoComplex,
  goByteAt,
  goLen,
  goSliceString,
  GoUint8,
  Iface,
  indirect,
  indirectInterface,
  isTrue,
  kindOf,
  NIL_IFACE,
  type RV,
  toGo,
  typeString,
} from './value.ts';

/** A parameter's Go type: reflect.Value, interface{}, or a basic type. */
export type ParamType = 'value' | 'any' | 'string' | 'int' | 'uint' | 'float64' | 'bool';

export const paramTypeString: Record<ParamType, string> = {
  value: 'reflect.Value',
  any: 'interface {}',
  string: 'string',
  int: 'int',
  uint: 'uint',
  float64: 'float64',
  bool: 'bool',
};

export interface FuncDef {
  params: readonly ParamType[];
  variadic: boolean;
  /** Receives the evaluated arguments; throws FuncError for a non-nil error result. */
  call: (args: RV[]) => RV;
}

/**
 * The error a function returns (or panics with); evalCall reports "error calling NAME: <message>".
 * Not an Error subclass, like the engine's other errors (see errors.ts): it never leaves the engine.
 */
export class FuncError {
  constructor(readonly message: string) {}
}

/** A function supplied by the caller (the operator's randBase62, tests' helpers). */
export type GoFunc = ((args: GoValue[]) => GoValue) | { params: readonly Exclude<ParamType, 'value'>[]; variadic?: boolean; fn: (args: GoValue[]) => GoValue };

export function wrapGoFunc(f: GoFunc): FuncDef {
  const fn = typeof f === 'function' ? f : f.fn;
  const params: readonly ParamType[] = typeof f === 'function' ? ['any'] : f.params;
  const variadic = typeof f === 'function' ? true : (f.variadic ?? false);
  return {
    params,
    variadic,
    call: (args) => {
      const goArgs = args.map((a) => {
        const g = toGo(a);
        if (g instanceof GoComplex) throw new FuncError('complex128 arguments are not supported');
        return g;
      });
      let r: GoValue;
      try {
        r = fn(goArgs);
      } catch (e) {
        throw new FuncError(e instanceof Error ? e.message : String(e));
      }
      return r === null ? NIL_IFACE : r;
    },
  };
}

// ---- Printing ----

/** Formats a complex128 as fmt's %v does: (re+imi). */
function formatComplex(c: GoComplex): string {
  let im = sprint([c.im]);
  if (im[0] !== '+' && im[0] !== '-') im = '+' + im;
  return '(' + sprint([c.re]) + im + 'i)';
}

/** fmt.Sprint / fmt.Sprintln over template values (complex128 handled here, the rest by fmt). */
export function printArgs(args: readonly RV[], ln: boolean): string {
  const g = args.map(toGo);
  if (!g.some((a) => a instanceof GoComplex)) return ln ? sprintln(g as GoValue[]) : sprint(g as GoValue[]);
  let out = '';
  for (let i = 0; i < g.length; i++) {
    const a = g[i];
    const isStr = typeof a === 'string';
    if (i > 0 && (ln || (!isStr && typeof g[i - 1] !== 'string'))) out += ' ';
    out += a instanceof GoComplex ? formatComplex(a) : sprint([a]);
  }
  return ln ? out + '\n' : out;
}

/** The GoValues a ...any function such as html receives; complex128 values are pre-formatted. */
function escaperArgs(args: readonly RV[]): GoValue[] {
  const g = args.map(toGo);
  if (!g.some((a) => a instanceof GoComplex)) return g as GoValue[];
  return [
    printArgs(
      args.map((a) => (toGo(a) === null ? '<no value>' : a)),
      false,
    ),
  ];
}

// ---- Indexing ----

/** indexArg checks if a value can be used as an index, and converts it to int if possible. */
function indexArg(index: RV, cap: number): number {
  let x: bigint;
  if (typeof index === 'bigint') x = index;
  else if (index instanceof GoUint8) x = BigInt(index.v);
  else if (index === undefined) throw new FuncError('cannot index slice/array with nil');
  else if (index instanceof Iface) throw new FuncError('cannot index slice/array with type interface {}');
  else throw new FuncError(`cannot index slice/array with type ${typeString(index)}`);
  if (x < 0n || x > BigInt(cap)) throw new FuncError(`index out of range: ${x}`);
  return Number(x);
}

/** prepareArg for a map[string]any key. */
function mapKey(index: RV): string {
  if (index === undefined) throw new FuncError('value is nil; should be of type string');
  if (typeof index === 'string') return index;
  throw new FuncError(`value has type ${typeString(index)}; should be string`);
}

/** index returns the result of indexing its first argument by the following arguments. */
function index(args: RV[]): RV {
  let item = indirectInterface(args[0]);
  if (item === undefined) throw new FuncError('index of untyped nil');
  for (let k = 1; k < args.length; k++) {
    const ix = indirectInterface(args[k]);
    const [it, isNil] = indirect(item);
    if (isNil) throw new FuncError('index of nil pointer');
    if (typeof it === 'string') {
      const n = goLen(it);
      const x = indexArg(ix, n);
      if (x >= n) throw new FuncError('reflect: string index out of range');
      item = new GoUint8(goByteAt(it, x));
    } else if (Array.isArray(it)) {
      const x = indexArg(ix, it.length);
      if (x >= it.length) throw new FuncError('reflect: slice index out of range');
      item = elem(it[x]);
    } else if (it instanceof Map) {
      const key = mapKey(ix);
      const v = it.get(key);
      item = v === undefined ? NIL_IFACE : elem(v);
    } else {
      throw new FuncError(`can't index item of type ${typeString(it)}`);
    }
  }
  return item;
}

/** slice returns the result of slicing its first argument by the remaining arguments. */
function slice(args: RV[]): RV {
  const item = indirectInterface(args[0]);
  if (item === undefined) throw new FuncError('slice of untyped nil');
  const indexes = args.length - 1;
  if (indexes > 3) throw new FuncError(`too many slice indexes: ${indexes}`);
  let cap: number;
  let len: number;
  if (typeof item === 'string') {
    if (indexes === 3) throw new FuncError('cannot 3-index slice a string');
    cap = len = goLen(item);
  } else if (Array.isArray(item)) {
    // Arrays decoded from data have cap == len (documented: slicing past len into cap is not modelled).
    cap = len = item.length;
  } else {
    throw new FuncError(`can't slice item of type ${typeString(item)}`);
  }
  const idx = [0, len, 0];
  // Unlike index, Go's slice does not look inside interface values for its indexes.
  for (let i = 0; i < indexes; i++) idx[i] = indexArg(args[i + 1], cap);
  if (idx[0] > idx[1]) throw new FuncError(`invalid slice index: ${idx[0]} > ${idx[1]}`);
  if (indexes === 3 && idx[1] > idx[2]) throw new FuncError(`invalid slice index: ${idx[1]} > ${idx[2]}`);
  if (typeof item === 'string') return goSliceString(item, idx[0], idx[1]);
  return item.slice(idx[0], idx[1]);
}

/** length returns the length of the item, with an error if it has no defined length. */
function length(args: RV[]): RV {
  const [item, isNil] = indirect(args[0]);
  if (isNil) throw new FuncError('len of nil pointer');
  if (typeof item === 'string') return BigInt(goLen(item));
  if (Array.isArray(item)) return BigInt(item.length);
  if (item instanceof Map) return BigInt(item.size);
  if (item === undefined) throw new FuncError('reflect: call of reflect.Value.Type on zero Value');
  throw new FuncError(`len of type ${typeString(item)}`);
}

// ---- Boolean logic ----

export const truth = (arg: RV): boolean => isTrue(indirectInterface(arg));

// ---- Comparison ----

const errBadComparisonType = 'invalid type for comparison';
const errBadComparison = 'incompatible types for comparison';
const errNoComparison = 'missing argument for comparison';

enum kind {
  invalidKind,
  boolKind,
  complexKind,
  intKind,
  floatKind,
  stringKind,
  uintKind,
}

function basicKind(v: RV): kind {
  switch (typeof v) {
    case 'boolean':
      return kind.boolKind;
    case 'bigint':
      return kind.intKind;
    case 'number':
      return kind.floatKind;
    case 'string':
      return kind.stringKind;
  }
  if (v instanceof GoUint8) return kind.uintKind;
  if (v instanceof GoComplex) return kind.complexKind;
  return kind.invalidKind;
}

const isNilValue = (v: RV): boolean => v === undefined || (v instanceof Iface && v.v === null);
const goFmt = (verb: string, v: RV): string => sprintf(verb, [toGo(v) as GoValue]);

/** eq evaluates the comparison a == b || a == c || ... */
function eq(args: RV[]): RV {
  const arg1 = indirectInterface(args[0]);
  if (args.length < 2) throw new FuncError(errNoComparison);
  const k1 = basicKind(arg1);
  for (let i = 1; i < args.length; i++) {
    const arg = indirectInterface(args[i]);
    const k2 = basicKind(arg);
    let t = false;
    if (k1 !== k2) {
      // Special case: Can compare integer values regardless of type's sign.
      if (k1 === kind.intKind && k2 === kind.uintKind) t = (arg1 as bigint) >= 0n && (arg1 as bigint) === BigInt((arg as GoUint8).v);
      else if (k1 === kind.uintKind && k2 === kind.intKind) t = (arg as bigint) >= 0n && BigInt((arg1 as GoUint8).v) === arg;
      else if (arg1 !== undefined && arg !== undefined) throw new FuncError(errBadComparison);
    } else {
      switch (k1) {
        case kind.boolKind:
        case kind.floatKind:
        case kind.intKind:
        case kind.stringKind:
          t = arg1 === arg;
          break;
        case kind.uintKind:
          t = (arg1 as GoUint8).v === (arg as GoUint8).v;
          break;
        case kind.complexKind:
          t = (arg1 as GoComplex).re === (arg as GoComplex).re && (arg1 as GoComplex).im === (arg as GoComplex).im;
          break;
        default: {
          const ka = kindOf(arg1);
          const kb = kindOf(arg);
          if (!(ka === kb || ka === 'invalid' || kb === 'invalid')) {
            throw new FuncError(`non-comparable types ${goFmt('%s', arg1)}: ${typeString(arg1)}, ${typeString(arg)}: ${goFmt('%v', arg)}`);
          }
          if (isNilValue(arg1) || isNilValue(arg)) t = isNilValue(arg) === isNilValue(arg1);
          else throw new FuncError(`non-comparable type ${goFmt('%s', arg)}: ${typeString(arg)}`);
        }
      }
    }
    if (t) return true;
  }
  return false;
}

function ne(args: RV[]): RV {
  return !eq(args);
}

/** lt evaluates the comparison a < b. */
function ltv(a: RV, b: RV): boolean {
  const arg1 = indirectInterface(a);
  const k1 = basicKind(arg1);
  if (k1 === kind.invalidKind) throw new FuncError(errBadComparisonType);
  const arg2 = indirectInterface(b);
  const k2 = basicKind(arg2);
  if (k2 === kind.invalidKind) throw new FuncError(errBadComparisonType);
  if (k1 !== k2) {
    if (k1 === kind.intKind && k2 === kind.uintKind) return (arg1 as bigint) < 0n || (arg1 as bigint) < BigInt((arg2 as GoUint8).v);
    if (k1 === kind.uintKind && k2 === kind.intKind) return (arg2 as bigint) >= 0n && BigInt((arg1 as GoUint8).v) < (arg2 as bigint);
    throw new FuncError(errBadComparison);
  }
  switch (k1) {
    case kind.boolKind:
    case kind.complexKind:
      throw new FuncError(errBadComparisonType);
    case kind.floatKind:
    case kind.intKind:
      return (arg1 as number) < (arg2 as number);
    case kind.stringKind:
      return compareGoStrings(arg1 as string, arg2 as string) < 0;
    default:
      return (arg1 as GoUint8).v < (arg2 as GoUint8).v;
  }
}

const lt = (args: RV[]): RV => ltv(args[0], args[1]);
const le = (args: RV[]): RV => ltv(args[0], args[1]) || eq(args);
const gt = (args: RV[]): RV => !le(args);
const ge = (args: RV[]): RV => !ltv(args[0], args[1]);

const unreachable = (): RV => {
  throw new Error('unreachable');
};

/** call: the callee must be a function; data never holds one, so this reports Go's error. */
export function callBuiltin(calleeName: string, fn: RV): never {
  const f = indirectInterface(fn);
  if (f === undefined) throw new FuncError('call of nil');
  throw new FuncError(`non-function ${calleeName} of type ${typeString(f)}`);
}

const V = 'value' as const;
const A = 'any' as const;

/** builtins: Go's builtins() FuncMap, as signatures plus implementations. */
export const builtins: ReadonlyMap<string, FuncDef> = new Map<string, FuncDef>([
  ['and', { params: [V, V], variadic: true, call: unreachable }],
  ['call', { params: [V, V], variadic: true, call: unreachable }],
  ['html', { params: [A], variadic: true, call: (a) => htmlEscaper(escaperArgs(a)) }],
  ['index', { params: [V, V], variadic: true, call: index }],
  ['slice', { params: [V, V], variadic: true, call: slice }],
  ['js', { params: [A], variadic: true, call: (a) => jsEscaper(escaperArgs(a)) }],
  ['len', { params: [V], variadic: false, call: length }],
  ['not', { params: [V], variadic: false, call: (a) => !truth(a[0]) }],
  ['or', { params: [V, V], variadic: true, call: unreachable }],
  ['print', { params: [A], variadic: true, call: (a) => printArgs(a, false) }],
  ['printf', { params: ['string', A], variadic: true, call: printf }],
  ['println', { params: [A], variadic: true, call: (a) => printArgs(a, true) }],
  ['urlquery', { params: [A], variadic: true, call: (a) => urlQueryEscaper(escaperArgs(a)) }],
  // Comparisons
  ['eq', { params: [V, V], variadic: true, call: eq }],
  ['ge', { params: [V, V], variadic: false, call: ge }],
  ['gt', { params: [V, V], variadic: false, call: gt }],
  ['le', { params: [V, V], variadic: false, call: le }],
  ['lt', { params: [V, V], variadic: false, call: lt }],
  ['ne', { params: [V, V], variadic: false, call: ne }],
]);

function printf(args: RV[]): RV {
  const g = args.slice(1).map(toGo);
  if (g.some((a) => a instanceof GoComplex)) throw new FuncError('complex128 arguments to printf are not supported');
  return sprintf(args[0] as string, g as GoValue[]);
}
