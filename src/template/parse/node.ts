/**
 * Port of Go's text/template/parse/node.go (Go 1.24), part 1: NodeType and the structural
 * nodes (list, text, comment, pipe, action, command, end, else). The nodes a command's
 * arguments are made of are in node-args.ts, control nodes (if/range/with/template/break/
 * continue) in node-control.ts, NumberNode and its constant parsing (newNumber) in number.ts.
 *
 * Every node has String(), which prints it back as Go does; parse tests assert on it.
 */
import { quote } from '../strconv.ts';
import type { Pos } from './lex.ts';
import type { BranchNode, BreakNode, ContinueNode, IfNode, RangeNode, TemplateNode, WithNode } from './node-control.ts';
import type { BoolNode, ChainNode, DotNode, FieldNode, IdentifierNode, NilNode, StringNode, VariableNode } from './node-args.ts';
import type { NumberNode } from './number.ts';
import type { Tree } from './parse.ts';

export enum NodeType {
  NodeText, // Plain text.
  NodeAction, // A non-control action such as a field evaluation.
  NodeBool, // A boolean constant.
  NodeChain, // A sequence of field accesses.
  NodeCommand, // An element of a pipeline.
  NodeDot, // The cursor, dot.
  nodeElse, // An else action. Not added to tree.
  nodeEnd, // An end action. Not added to tree.
  NodeField, // A field or method name.
  NodeIdentifier, // An identifier; always a function name.
  NodeIf, // An if action.
  NodeList, // A list of Nodes.
  NodeNil, // An untyped nil constant.
  NodeNumber, // A numerical constant.
  NodePipe, // A pipeline of commands.
  NodeRange, // A range action.
  NodeString, // A string constant.
  NodeTemplate, // A template invocation action.
  NodeVariable, // A $ variable.
  NodeWith, // A with action.
  NodeComment, // A comment.
  NodeBreak, // A break action.
  NodeContinue, // A continue action.
}

/** Accumulator standing in for Go's strings.Builder. */
export interface Builder {
  s: string;
}

/** Every node: the tagged union the parser builds and the executor walks. */
export type Node =
  | ListNode
  | TextNode
  | CommentNode
  | PipeNode
  | ActionNode
  | CommandNode
  | IdentifierNode
  | VariableNode
  | DotNode
  | NilNode
  | FieldNode
  | ChainNode
  | BoolNode
  | NumberNode
  | StringNode
  | endNode
  | elseNode
  | IfNode
  | RangeNode
  | WithNode
  | BreakNode
  | ContinueNode
  | TemplateNode;

/**
 * What every node has (Go's Node interface): its NodeType, position (UTF-16 index into the
 * full template text) and owning tree, and String(), which prints it back.
 *
 * Node classes do not inherit from a common class: tsx (esbuild's keepNames, used by the tests
 * and the benchmark) redefines each class's `name`, and V8 then constructs instances of a
 * renamed *derived* class about 30 times slower. Each class declares the common fields and
 * assigns them in its constructor; `type`, Type(), Position() and, unless the class has its
 * own, String() are put on the prototype by nodeType. (Class-field initializers would cost a
 * third of parse time in V8, hence `declare`.)
 */
export interface BaseNode {
  readonly type: NodeType;
  readonly tr: Tree | undefined;
  pos: Pos;
  Type(): NodeType;
  Position(): Pos;
  String(): string;
  writeTo(sb: Builder): void;
}

const baseMethods: Record<string, (this: BaseNode) => unknown> = {
  Type(this: BaseNode): NodeType {
    return this.type;
  },
  Position(this: BaseNode): Pos {
    return this.pos;
  },
  String(this: BaseNode): string {
    const sb: Builder = { s: '' };
    this.writeTo(sb);
    return sb.s;
  },
};

/** Puts a node class's NodeType and the common methods on its prototype. */
export function nodeType(cls: abstract new (...args: never[]) => Pick<BaseNode, 'writeTo'>, t: NodeType): void {
  const proto = cls.prototype as object;
  Object.defineProperty(proto, 'type', { value: t, writable: false, enumerable: false, configurable: false });
  for (const [k, f] of Object.entries(baseMethods)) {
    if (!Object.prototype.hasOwnProperty.call(proto, k)) Object.defineProperty(proto, k, { value: f, writable: true, enumerable: false, configurable: true });
  }
}

/** textFormat is "%s" in Go, changed to "%q" in Go's parse tests for better messages. */
let quoteText = false;
export function setTextFormatQuoted(q: boolean): void {
  quoteText = q;
}

/** ListNode holds a sequence of nodes. */
export interface ListNode extends BaseNode {}
export class ListNode {
  declare readonly tr: Tree | undefined;
  declare pos: Pos;
  declare readonly type: NodeType.NodeList;
  declare Nodes: Node[];
  constructor(tr: Tree | undefined, pos: Pos) {
    this.tr = tr;
    this.pos = pos;
    this.Nodes = [];
  }
  append(n: Node): void {
    this.Nodes.push(n);
  }
  writeTo(sb: Builder): void {
    for (const n of this.Nodes) n.writeTo(sb);
  }
}

/** TextNode holds plain text. */
export interface TextNode extends BaseNode {}
export class TextNode {
  declare readonly tr: Tree | undefined;
  declare pos: Pos;
  declare readonly type: NodeType.NodeText;
  declare readonly Text: string;
  constructor(tr: Tree | undefined, pos: Pos, text: string) {
    this.tr = tr;
    this.pos = pos;
    this.Text = text;
  }
  String(): string {
    return quoteText ? quote(this.Text) : this.Text;
  }
  writeTo(sb: Builder): void {
    sb.s += this.String();
  }
}

/** CommentNode holds a comment. */
export interface CommentNode extends BaseNode {}
export class CommentNode {
  declare readonly tr: Tree | undefined;
  declare pos: Pos;
  declare readonly type: NodeType.NodeComment;
  declare readonly Text: string;
  constructor(tr: Tree | undefined, pos: Pos, text: string) {
    this.tr = tr;
    this.pos = pos;
    this.Text = text;
  }
  writeTo(sb: Builder): void {
    sb.s += '{{' + this.Text + '}}';
  }
}

/** PipeNode holds a pipeline with optional declaration. */
export interface PipeNode extends BaseNode {}
export class PipeNode {
  declare readonly tr: Tree | undefined;
  declare pos: Pos;
  declare readonly type: NodeType.NodePipe;
  declare IsAssign: boolean; // The variables are being assigned, not declared.
  declare Decl: VariableNode[]; // Variables in lexical order.
  declare Cmds: CommandNode[]; // The commands in lexical order.
  declare readonly Line: number;
  constructor(tr: Tree | undefined, pos: Pos, line: number) {
    this.tr = tr;
    this.pos = pos;
    this.Line = line;
    this.IsAssign = false;
    this.Decl = [];
    this.Cmds = [];
  }
  append(c: CommandNode): void {
    this.Cmds.push(c);
  }
  writeTo(sb: Builder): void {
    if (this.Decl.length > 0) {
      this.Decl.forEach((v, i) => {
        if (i > 0) sb.s += ', ';
        v.writeTo(sb);
      });
      sb.s += this.IsAssign ? ' = ' : ' := ';
    }
    this.Cmds.forEach((c, i) => {
      if (i > 0) sb.s += ' | ';
      c.writeTo(sb);
    });
  }
}

/** ActionNode holds an action (something bounded by delimiters). */
export interface ActionNode extends BaseNode {}
export class ActionNode {
  declare readonly tr: Tree | undefined;
  declare pos: Pos;
  declare readonly type: NodeType.NodeAction;
  declare readonly Line: number;
  declare readonly Pipe: PipeNode;
  constructor(tr: Tree | undefined, pos: Pos, line: number, pipe: PipeNode) {
    this.tr = tr;
    this.pos = pos;
    this.Line = line;
    this.Pipe = pipe;
  }
  writeTo(sb: Builder): void {
    sb.s += '{{';
    this.Pipe.writeTo(sb);
    sb.s += '}}';
  }
}

/** CommandNode holds a command (a pipeline inside an evaluating action). */
export interface CommandNode extends BaseNode {}
export class CommandNode {
  declare readonly tr: Tree | undefined;
  declare pos: Pos;
  declare readonly type: NodeType.NodeCommand;
  declare Args: Node[]; // Arguments in lexical order: Identifier, field, or constant.
  constructor(tr: Tree | undefined, pos: Pos) {
    this.tr = tr;
    this.pos = pos;
    this.Args = [];
  }
  append(arg: Node): void {
    this.Args.push(arg);
  }
  writeTo(sb: Builder): void {
    this.Args.forEach((arg, i) => {
      if (i > 0) sb.s += ' ';
      if (arg.type === NodeType.NodePipe) {
        sb.s += '(';
        arg.writeTo(sb);
        sb.s += ')';
        return;
      }
      arg.writeTo(sb);
    });
  }
}

/** endNode represents an {{end}} action. It does not appear in the final parse tree. */
export interface endNode extends BaseNode {}
export class endNode {
  declare readonly tr: Tree | undefined;
  declare pos: Pos;
  declare readonly type: NodeType.nodeEnd;
  constructor(tr: Tree | undefined, pos: Pos) {
    this.tr = tr;
    this.pos = pos;
  }
  String(): string {
    return '{{end}}';
  }
  writeTo(sb: Builder): void {
    sb.s += '{{end}}';
  }
}

/** elseNode represents an {{else}} action. Does not appear in the final tree. */
export interface elseNode extends BaseNode {}
export class elseNode {
  declare readonly tr: Tree | undefined;
  declare pos: Pos;
  declare readonly type: NodeType.nodeElse;
  declare readonly Line: number;
  constructor(tr: Tree | undefined, pos: Pos, line: number) {
    this.tr = tr;
    this.pos = pos;
    this.Line = line;
  }
  String(): string {
    return '{{else}}';
  }
  writeTo(sb: Builder): void {
    sb.s += '{{else}}';
  }
}

export type { BranchNode };

nodeType(ListNode, NodeType.NodeList);
nodeType(TextNode, NodeType.NodeText);
nodeType(CommentNode, NodeType.NodeComment);
nodeType(PipeNode, NodeType.NodePipe);
nodeType(ActionNode, NodeType.NodeAction);
nodeType(CommandNode, NodeType.NodeCommand);
nodeType(endNode, NodeType.nodeEnd);
nodeType(elseNode, NodeType.nodeElse);
