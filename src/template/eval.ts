/**
 * Port of Go's text/template/exec.go (Go 1.24), part 2: the eval functions, which evaluate
 * pipelines, commands and their elements and extract values from the data (evalPipeline,
 * evalCommand, evalField, evalCall, evalArg, validateType, idealConstant...).
 */
import type { state } from './exec.ts';
import { builtins, callBuiltin, type FuncDef, FuncError, type ParamType, paramTypeString, truth } from './funcs.ts';
import type { ChainNode, FieldNode, IdentifierNode, VariableNode } from './parse/node-args.ts';
import type { CommandNode, Node, PipeNode } from './parse/node.ts';
import { NodeType } from './parse/node.ts';
import type { NumberNode } from './parse/number.ts';
import { quote } from './strconv.ts';
import { elem, GoComplex, Iface, indirect, NIL_IFACE, type RV, typeString } from './value.ts';

/** missingVal marks "no final value" (the first command of a pipeline). */
class Missing {}
const missingVal = new Missing();
type Final = RV | Missing;

/**
 * evalPipeline returns the value acquired by evaluating a pipeline. If the pipeline has a
 * variable declaration, the variable will be pushed on the stack.
 */
export function evalPipeline(s: state, dot: RV, pipe: PipeNode | undefined): RV {
  if (pipe === undefined) return undefined;
  s.at(pipe);
  let value: Final = missingVal;
  for (const cmd of pipe.Cmds) {
    value = evalCommand(s, dot, cmd, value); // previous value is this one's final arg.
    // If the object has type interface{}, dig down one level to the thing inside.
    if (value instanceof Iface) value = value.v === null ? undefined : value.v;
  }
  const v = value as RV;
  for (const variable of pipe.Decl) {
    if (pipe.IsAssign) s.setVar(variable.Ident[0], v);
    else s.push(variable.Ident[0], v);
  }
  return v;
}

function notAFunction(s: state, args: readonly Node[] | undefined, final: Final): void {
  if ((args !== undefined && args.length > 1) || final !== missingVal) {
    s.errorf(`can't give argument to non-function ${args![0].String()}`);
  }
}

function evalCommand(s: state, dot: RV, cmd: CommandNode, final: Final): RV {
  const firstWord = cmd.Args[0];
  switch (firstWord.type) {
    case NodeType.NodeField:
      return evalFieldNode(s, dot, firstWord, cmd.Args, final);
    case NodeType.NodeChain:
      return evalChainNode(s, dot, firstWord, cmd.Args, final);
    case NodeType.NodeIdentifier:
      // Must be a function.
      return evalFunction(s, dot, firstWord, cmd, cmd.Args, final);
    case NodeType.NodePipe:
      // Parenthesized pipeline. The arguments are all inside the pipeline; final must be absent.
      notAFunction(s, cmd.Args, final);
      return evalPipeline(s, dot, firstWord);
    case NodeType.NodeVariable:
      return evalVariableNode(s, dot, firstWord, cmd.Args, final);
  }
  s.at(firstWord);
  notAFunction(s, cmd.Args, final);
  switch (firstWord.type) {
    case NodeType.NodeBool:
      return firstWord.True;
    case NodeType.NodeDot:
      return dot;
    case NodeType.NodeNil:
      s.errorf('nil is not a command');
    case NodeType.NodeNumber:
      return idealConstant(s, firstWord);
    case NodeType.NodeString:
      return firstWord.Text;
  }
  s.errorf(`can't evaluate command ${quote(firstWord.String())}`);
}

/**
 * idealConstant is called to return the value of a number in a context where we don't know
 * the type. The syntax of the number tells us its type, and we use Go rules to resolve.
 */
function idealConstant(s: state, constant: NumberNode): RV {
  s.at(constant);
  const text = constant.Text;
  if (constant.IsComplex) return new GoComplex(constant.Complex128.re, constant.Complex128.im);
  if (constant.IsFloat && !isHexInt(text) && !isRuneInt(text) && /[.eEpP]/.test(text)) return constant.Float64;
  if (constant.IsInt) return constant.Int64;
  if (constant.IsUint) s.errorf(`${text} overflows int`);
  return undefined;
}

const isRuneInt = (t: string): boolean => t.length > 0 && t[0] === "'";
const isHexInt = (t: string): boolean => t.length > 2 && t[0] === '0' && (t[1] === 'x' || t[1] === 'X') && !/[pP]/.test(t);

function evalFieldNode(s: state, dot: RV, field: FieldNode, args: readonly Node[] | undefined, final: Final): RV {
  s.at(field);
  return evalFieldChain(s, dot, dot, field, field.Ident, args, final);
}

function evalChainNode(s: state, dot: RV, chain: ChainNode, args: readonly Node[] | undefined, final: Final): RV {
  s.at(chain);
  if (chain.Field.length === 0) s.errorf('internal error: no fields in evalChainNode');
  if (chain.Node.type === NodeType.NodeNil) s.errorf(`indirection through explicit nil in ${chain.String()}`);
  // (pipe).Field1.Field2 has pipe as .Node, fields as .Field. Eval the pipeline, then the fields.
  const pipe = evalArg(s, dot, undefined, chain.Node);
  return evalFieldChain(s, dot, pipe, chain, chain.Field, args, final);
}

function evalVariableNode(s: state, dot: RV, variable: VariableNode, args: readonly Node[] | undefined, final: Final): RV {
  // $x.Field has $x as the first ident, Field as the second. Eval the var, then the fields.
  s.at(variable);
  const value = s.varValue(variable.Ident[0]);
  if (variable.Ident.length === 1) {
    notAFunction(s, args, final);
    return value;
  }
  return evalFieldChain(s, dot, value, variable, variable.Ident.slice(1), args, final);
}

/**
 * evalFieldChain evaluates .X.Y.Z possibly followed by arguments. dot is the environment in
 * which to evaluate arguments, while receiver is the value being walked along the chain.
 */
function evalFieldChain(s: state, dot: RV, receiver: RV, node: Node, ident: readonly string[], args: readonly Node[] | undefined, final: Final): RV {
  const n = ident.length;
  for (let i = 0; i < n - 1; i++) receiver = evalField(s, dot, ident[i], node, undefined, missingVal, receiver);
  // Now if it's a method, it gets the arguments.
  return evalField(s, dot, ident[n - 1], node, args, final, receiver);
}

function evalFunction(s: state, dot: RV, node: IdentifierNode, cmd: Node, args: readonly Node[] | undefined, final: Final): RV {
  s.at(node);
  const name = node.Ident;
  const user = s.ctx.set.funcs.get(name);
  const fn = user ?? builtins.get(name);
  if (fn === undefined) s.errorf(`${quote(name)} is not a defined function`);
  return evalCall(s, dot, fn, user === undefined, cmd, name, args, final);
}

/**
 * evalField evaluates an expression like (.Field) or (.Field arg1 arg2). The 'final' argument
 * represents the return value from the preceding value of the pipeline, if any.
 */
function evalField(s: state, dot: RV, fieldName: string, node: Node, args: readonly Node[] | undefined, final: Final, receiver: RV): RV {
  if (receiver === undefined) {
    if (s.ctx.set.missingKey === 'error') s.errorf(`nil data; no entry for key ${quote(fieldName)}`); // Treat invalid value as missing map key.
    return undefined;
  }
  const typ = typeString(receiver);
  const [recv, isNil] = indirect(receiver);
  if (isNil) s.errorf(`nil pointer evaluating ${typ}.${fieldName}`); // a nil interface
  const hasArgs = (args !== undefined && args.length > 1) || final !== missingVal;
  // It's not a method (our data have none); must be an element of a map.
  if (recv instanceof Map) {
    if (hasArgs) s.errorf(`${fieldName} is not a method but has arguments`);
    const result = recv.get(fieldName);
    if (result === undefined) {
      switch (s.ctx.set.missingKey) {
        case 'default':
          return undefined;
        case 'zero':
          return NIL_IFACE;
        case 'error':
          s.errorf(`map has no entry for key ${quote(fieldName)}`);
      }
    }
    return elem(result);
  }
  s.errorf(`can't evaluate field ${fieldName} in type ${typ}`);
}

/** finalString is reflect.Value.String() of a pipeline value. */
function finalString(v: RV): string {
  if (typeof v === 'string') return v;
  if (v === undefined) return '<invalid Value>';
  return `<${typeString(v)} Value>`;
}

/**
 * evalCall executes a function call. If the arg list is nonempty, it includes arg[0] as the
 * function itself, in the manner of a shell.
 */
/** Longest string a function may return: doubling a string in a loop must fail fast. */
const MAX_STRING_CHARS = 64 << 20;

function evalCall(s: state, dot: RV, fun: FuncDef, isBuiltin: boolean, node: Node, name: string, argNodes: readonly Node[] | undefined, final: Final): RV {
  const args = argNodes === undefined ? [] : argNodes.slice(1); // Zeroth arg is function name/node; not passed to function.
  const NumIn = fun.params.length;
  const numIn = args.length + (final !== missingVal ? 1 : 0);
  let numFixed = args.length;
  if (fun.variadic) {
    numFixed = NumIn - 1; // last arg is the variadic one.
    if (numIn < numFixed) s.errorf(`wrong number of args for ${name}: want at least ${NumIn - 1} got ${args.length}`);
  } else if (numIn !== NumIn) {
    s.errorf(`wrong number of args for ${name}: want ${NumIn} got ${numIn}`);
  }

  // Special case for builtin and/or, which short-circuit.
  if (isBuiltin && (name === 'and' || name === 'or')) {
    let v: RV = undefined;
    for (const arg of args) {
      v = evalArg(s, dot, 'value', arg);
      if (truth(v) === (name === 'or')) return v;
    }
    if (final !== missingVal) v = validateType(s, final as RV, 'value');
    return v;
  }

  // Build the arg list. Args must be evaluated. Fixed args first.
  const argv = new Array<RV>(numIn);
  let i = 0;
  for (; i < numFixed && i < args.length; i++) argv[i] = evalArg(s, dot, fun.params[i], args[i]);
  // Now the ... args.
  if (fun.variadic) {
    const argType = fun.params[NumIn - 1];
    for (; i < args.length; i++) argv[i] = evalArg(s, dot, argType, args[i]);
  }
  // Add final value if necessary.
  if (final !== missingVal) {
    let t = fun.params[NumIn - 1];
    if (fun.variadic && numIn - 1 < numFixed) t = fun.params[numIn - 1];
    argv[i] = validateType(s, final as RV, t);
  }

  try {
    // Special case for the "call" builtin: the callee's name is its first argument.
    if (isBuiltin && name === 'call') {
      const calleeName = args.length === 0 ? finalString(final as RV) : args[0].String();
      callBuiltin(calleeName, argv[0]);
    }
    const result = fun.call(argv);
    if (typeof result === 'string' && result.length > MAX_STRING_CHARS) {
      s.at(node);
      s.errorf(
        `${name} returned a string of ${result.length} characters, over the limit of ${MAX_STRING_CHARS} (a limit of forkspacer-def: Go's text/template has none and would exhaust the operator's memory)`,
        'limit',
      );
    }
    return result;
  } catch (e) {
    if (!(e instanceof FuncError)) throw e;
    s.at(node);
    s.errorf(`error calling ${name}: ${e.message}`);
  }
}

const canBeNil = (typ: ParamType): boolean => typ === 'value' || typ === 'any';
const zeroOf = (typ: ParamType): RV => (typ === 'any' ? NIL_IFACE : undefined);

function assignable(v: RV, typ: ParamType): boolean {
  switch (typ) {
    case 'any':
    case 'value':
      return true;
    case 'string':
      return typeof v === 'string';
    case 'int':
      return typeof v === 'bigint';
    case 'uint':
      // No value a template sees (config, release name) has a Go uint type.
      return false;
    case 'float64':
      return typeof v === 'number';
    case 'bool':
      return typeof v === 'boolean';
  }
}

/** validateType guarantees that the value is valid and assignable to the type. */
function validateType(s: state, value: RV, typ: ParamType | undefined): RV {
  if (value === undefined) {
    if (typ === undefined) return undefined; // An untyped nil interface{}. Accept as a proper nil value.
    if (canBeNil(typ)) return zeroOf(typ);
    s.errorf(`invalid value; expected ${paramTypeString[typ]}`);
  }
  if (typ !== undefined && !assignable(value, typ)) {
    if (value instanceof Iface && value.v !== null) {
      value = value.v;
      if (assignable(value, typ)) return value;
    }
    s.errorf(`wrong type for value; expected ${paramTypeString[typ]}; got ${typeString(value)}`);
  }
  return value;
}

function evalArg(s: state, dot: RV, typ: ParamType | undefined, n: Node): RV {
  s.at(n);
  switch (n.type) {
    case NodeType.NodeDot:
      return validateType(s, dot, typ);
    case NodeType.NodeNil:
      if (typ !== undefined && canBeNil(typ)) return zeroOf(typ);
      s.errorf(`cannot assign nil to ${typ === undefined ? '<nil>' : paramTypeString[typ]}`);
    case NodeType.NodeField:
      return validateType(s, evalFieldNode(s, dot, n, [n], missingVal), typ);
    case NodeType.NodeVariable:
      return validateType(s, evalVariableNode(s, dot, n, undefined, missingVal), typ);
    case NodeType.NodePipe:
      return validateType(s, evalPipeline(s, dot, n), typ);
    case NodeType.NodeIdentifier:
      return validateType(s, evalFunction(s, dot, n, n, undefined, missingVal), typ);
    case NodeType.NodeChain:
      return validateType(s, evalChainNode(s, dot, n, undefined, missingVal), typ);
  }
  switch (typ) {
    case 'bool':
      if (n.type === NodeType.NodeBool) return n.True;
      s.errorf(`expected bool; found ${n.String()}`);
    case 'float64':
      if (n.type === NodeType.NodeNumber && n.IsFloat) return n.Float64;
      s.errorf(`expected float; found ${n.String()}`);
    case 'int':
      if (n.type === NodeType.NodeNumber && n.IsInt) return n.Int64;
      s.errorf(`expected integer; found ${n.String()}`);
    case 'uint':
      if (n.type === NodeType.NodeNumber && n.IsUint) return n.Uint64;
      s.errorf(`expected unsigned integer; found ${n.String()}`);
    case 'any':
    case 'value':
      return evalEmptyInterface(s, dot, n);
    case 'string':
      if (n.type === NodeType.NodeString) return n.Text;
      s.errorf(`expected string; found ${n.String()}`);
  }
  s.errorf(`can't handle ${n.String()} for arg of type <nil>`);
}

function evalEmptyInterface(s: state, dot: RV, n: Node): RV {
  s.at(n);
  switch (n.type) {
    case NodeType.NodeBool:
      return n.True;
    case NodeType.NodeDot:
      return dot;
    case NodeType.NodeField:
      return evalFieldNode(s, dot, n, undefined, missingVal);
    case NodeType.NodeIdentifier:
      return evalFunction(s, dot, n, n, undefined, missingVal);
    case NodeType.NodeNil:
      // NilNode is handled in evalArg, the only place that calls here.
      s.errorf("evalEmptyInterface: nil (can't happen)");
    case NodeType.NodeNumber:
      return idealConstant(s, n);
    case NodeType.NodeString:
      return n.Text;
    case NodeType.NodeVariable:
      return evalVariableNode(s, dot, n, undefined, missingVal);
    case NodeType.NodePipe:
      return evalPipeline(s, dot, n);
  }
  s.errorf(`can't handle assignment of ${n.String()} to empty interface argument`);
}
