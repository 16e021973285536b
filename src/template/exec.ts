/**
 * Port of Go's text/template/exec.go (Go 1.24), part 1: execution state, errors, and the
 * walk functions (walk, walkIfOrWith, walkRange, walkTemplate, printValue). Evaluation of
 * pipelines, commands and arguments is in eval.ts.
 *
 * Go unwinds {{break}}/{{continue}} with panics; here walk returns a signal instead.
 * Go's maxExecDepth (100000, or 1000 on wasm) is a configurable limit, 1000 by default
 * because V8's default stack is about as deep as wasm's; render sets Go's 100000 and runs
 * deeper recursion on a large stack (runtime/deep-stack.ts). Two limits of our own bound the output
 * size and the number of steps (a range over a huge integer must not hang).
 */
import { ExecError, type TemplateErrorKind } from './errors.ts';
import { evalPipeline } from './eval.ts';
import { type FuncDef, printArgs } from './funcs.ts';
import type { Node, ListNode, PipeNode } from './parse/node.ts';
import { NodeType } from './parse/node.ts';
import type { RangeNode, TemplateNode } from './parse/node-control.ts';
import type { Tree } from './parse/parse.ts';
import { quote, utf8Len } from './strconv.ts';
import { compareGoStrings, elem, GoUint8, indirect, indirectInterface, isTrue, type RV } from './value.ts';

export type MissingKey = 'default' | 'zero' | 'error';

/** The templates and functions one parse produced (Go's common). */
export interface TemplateSet {
  readonly trees: ReadonlyMap<string, Tree>;
  readonly funcs: ReadonlyMap<string, FuncDef>;
  readonly missingKey: MissingKey;
}

export interface ExecLimits {
  maxOutputBytes: number;
  maxSteps: number;
  maxExecDepth: number;
}

export const defaultLimits: ExecLimits = { maxOutputBytes: 1 << 20, maxSteps: 1_000_000, maxExecDepth: 1000 };

/** State shared by all the (nested) template invocations of one execution. */
export class ExecContext {
  out = '';
  outBytes = 0;
  steps = 0;
  constructor(
    readonly set: TemplateSet,
    readonly limits: ExecLimits,
  ) {}
}

/** variable holds the dynamic value of a variable such as $, $x etc. */
interface variable {
  name: string;
  value: RV;
}

export enum signal {
  none,
  breakLoop,
  continueLoop,
}

/** state represents the state of an execution of one template. */
export class state {
  node: Node | undefined; // current node, for errors
  vars: variable[]; // push-down stack of variable values.
  constructor(
    readonly ctx: ExecContext,
    readonly tmplName: string, // the template being executed
    readonly depth: number, // the height of the stack of executing templates.
    dot: RV,
  ) {
    this.vars = [{ name: '$', value: dot }];
  }

  push(name: string, value: RV): void {
    this.vars.push({ name, value });
  }
  mark(): number {
    return this.vars.length;
  }
  pop(mark: number): void {
    if (this.vars.length !== mark) this.vars.length = mark; // setting length is a runtime call
  }
  /** setVar overwrites the last declared variable with the given name. */
  setVar(name: string, value: RV): void {
    for (let i = this.vars.length - 1; i >= 0; i--) {
      if (this.vars[i].name === name) {
        this.vars[i].value = value;
        return;
      }
    }
    this.errorf(`undefined variable: ${name}`);
  }
  /** setTopVar overwrites the top-nth variable on the stack. Used by range iterations. */
  setTopVar(n: number, value: RV): void {
    this.vars[this.vars.length - n].value = value;
  }
  /** varValue returns the value of the named variable. */
  varValue(name: string): RV {
    for (let i = this.vars.length - 1; i >= 0; i--) if (this.vars[i].name === name) return this.vars[i].value;
    this.errorf(`undefined variable: ${name}`);
  }
  /** at marks the state to be on node n, for error reporting. */
  at(node: Node): void {
    this.node = node;
  }

  /** errorf records an ExecError and terminates processing. */
  errorf(msg: string, kind: TemplateErrorKind = 'exec'): never {
    const name = this.tmplName;
    if (this.node === undefined) throw ExecError(`template: ${name}: ${msg}`, name, 0, kind);
    const [location, context] = ErrorContext(this.node);
    throw ExecError(`template: ${location}: executing ${quote(name)} at <${context}>: ${msg}`, name, this.node.pos, kind);
  }

  step(): void {
    if (++this.ctx.steps > this.ctx.limits.maxSteps) {
      this.errorf(
        `execution exceeded the limit of ${this.ctx.limits.maxSteps} steps (a limit of forkspacer-def: Go's text/template has none, and the operator would not finish)`,
        'limit',
      );
    }
  }

  write(s: string): void {
    const ctx = this.ctx;
    ctx.out += s;
    ctx.outBytes += utf8Len(s);
    if (ctx.outBytes > ctx.limits.maxOutputBytes) {
      this.errorf(`output exceeds the limit of ${ctx.limits.maxOutputBytes} bytes (a limit of forkspacer-def; Go's text/template has none)`, 'limit');
    }
  }

  /** walk steps through the major pieces of the template structure, generating output as it goes. */
  walk(dot: RV, node: Node): signal {
    this.at(node);
    this.step();
    switch (node.type) {
      case NodeType.NodeAction: {
        // Do not pop variables so they persist until next end.
        // Also, if the action declares variables, don't print the result.
        const val = evalPipeline(this, dot, node.Pipe);
        if (node.Pipe.Decl.length === 0) this.printValue(node, val);
        return signal.none;
      }
      case NodeType.NodeBreak:
        return signal.breakLoop;
      case NodeType.NodeComment:
        return signal.none;
      case NodeType.NodeContinue:
        return signal.continueLoop;
      case NodeType.NodeIf:
      case NodeType.NodeWith:
        return this.walkIfOrWith(node.type, dot, node.Pipe, node.List, node.ElseList);
      case NodeType.NodeList:
        for (const n of node.Nodes) {
          const sig = this.walk(dot, n);
          if (sig !== signal.none) return sig;
        }
        return signal.none;
      case NodeType.NodeRange:
        return this.walkRange(dot, node);
      case NodeType.NodeTemplate:
        this.walkTemplate(dot, node);
        return signal.none;
      case NodeType.NodeText:
        this.write(node.Text);
        return signal.none;
      default:
        this.errorf(`unknown node: ${node.String()}`);
    }
  }

  /** walkIfOrWith walks an 'if' or 'with' node. The two are identical except that 'with' sets dot. */
  walkIfOrWith(typ: NodeType, dot: RV, pipe: PipeNode, list: ListNode, elseList: ListNode | undefined): signal {
    const mark = this.mark();
    const val = evalPipeline(this, dot, pipe);
    const truth = isTrue(indirectInterface(val));
    let sig = signal.none;
    if (truth) sig = this.walk(typ === NodeType.NodeWith ? val : dot, list);
    else if (elseList) sig = this.walk(dot, elseList);
    this.pop(mark);
    return sig;
  }

  walkRange(dot: RV, r: RangeNode): signal {
    this.at(r);
    const outer = this.mark();
    const [val] = indirect(evalPipeline(this, dot, r.Pipe));
    // mark top of stack before any variables in the body are pushed.
    const mark = this.mark();
    const decl = r.Pipe.Decl;
    let ran = false;
    if (typeof val === 'bigint') {
      if (decl.length > 1) this.errorf(`can't use ${printArgs([val], false)} to iterate over more than one variable`);
      for (let v = 0n; v < val; v++) {
        ran = true;
        if (this.oneIteration(r, mark, undefined, v)) break;
      }
    } else if (val instanceof GoUint8) {
      if (decl.length > 1) this.errorf(`can't use ${printArgs([val], false)} to iterate over more than one variable`);
      for (let v = 0; v < val.v; v++) {
        ran = true;
        if (this.oneIteration(r, mark, undefined, new GoUint8(v))) break;
      }
    } else if (Array.isArray(val)) {
      for (let i = 0; i < val.length; i++) {
        ran = true;
        if (this.oneIteration(r, mark, decl.length > 1 ? BigInt(i) : undefined, elem(val[i]))) break; // the index is only read with two variables
      }
    } else if (val instanceof Map) {
      if (val.size > 0) {
        ran = true;
        const keys = [...val.keys()].sort(compareGoStrings);
        for (const k of keys) if (this.oneIteration(r, mark, k, elem(val.get(k)!))) break;
      }
    } else if (val !== undefined) {
      this.errorf(`range can't iterate over ${printArgs([val], false)}`);
    }
    if (!ran && r.ElseList) this.walk(dot, r.ElseList);
    this.pop(outer);
    return signal.none;
  }

  /** One iteration of walkRange (Go's oneIteration closure); true when the loop must stop ({{break}}). */
  oneIteration(r: RangeNode, mark: number, index: RV, el: RV): boolean {
    this.step();
    const decl = r.Pipe.Decl;
    if (decl.length > 0) {
      if (r.Pipe.IsAssign) {
        // With two variables, index comes first. With one, we use the element.
        this.setVar(decl[0].Ident[0], decl.length > 1 ? index : el);
      } else {
        // Set top var (lexically the second if there are two) to the element.
        this.setTopVar(1, el);
      }
    }
    if (decl.length > 1) {
      if (r.Pipe.IsAssign) this.setVar(decl[1].Ident[0], el);
      // Set next var (lexically the first if there are two) to the index.
      else this.setTopVar(2, index);
    }
    const sig = this.walk(el, r.List);
    this.pop(mark);
    return sig === signal.breakLoop;
  }

  walkTemplate(dot: RV, t: TemplateNode): void {
    this.at(t);
    const tree = this.ctx.set.trees.get(t.Name);
    if (tree === undefined) this.errorf(`template ${quote(t.Name)} not defined`);
    if (this.depth >= this.ctx.limits.maxExecDepth) {
      this.errorf(`exceeded maximum template depth (${this.ctx.limits.maxExecDepth})`);
    }
    // Variables declared by the pipeline persist.
    dot = evalPipeline(this, dot, t.Pipe);
    // No dynamic scoping: template invocations inherit no variables.
    const newState = new state(this.ctx, t.Name, this.depth + 1, dot);
    if (tree.Root === undefined) newState.errorf(`${quote(t.Name)} is an incomplete or empty template`);
    newState.walk(dot, tree.Root!);
  }

  /** printValue writes the textual representation of the value to the output. */
  printValue(n: Node, v: RV): void {
    this.at(n);
    this.write(v === undefined ? '<no value>' : printArgs([v], false));
  }
}

/**
 * ErrorContext returns a textual representation of the location of the node in the input
 * text: "name:line:col" with Go's byte column, and the node printed back.
 */
export function ErrorContext(n: Node): [location: string, context: string] {
  const pos = n.pos;
  const tree = n.tr!;
  const text = tree.text;
  const nl = pos === 0 ? -1 : text.lastIndexOf('\n', pos - 1);
  const byteNum = utf8Len(text, nl + 1, pos);
  let lineNum = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < pos; i = text.indexOf('\n', i + 1)) lineNum++;
  return [`${tree.ParseName}:${lineNum}:${byteNum}`, n.String()];
}
