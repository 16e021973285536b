/**
 * Port of Go's text/template/parse/node.go (Go 1.24), part 1: NodeType and the simple
 * nodes. Control nodes (if/range/with/template/break/continue) are in node-control.ts,
 * NumberNode's constant parsing (newNumber) in number.ts.
 *
 * Every node has String(), which prints it back as Go does; parse tests assert on it.
 */
import { quote } from '../strconv.ts';
import type { Pos } from './lex.ts';
import type { BranchNode, BreakNode, ContinueNode, IfNode, RangeNode, TemplateNode, WithNode } from './node-control.ts';
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
 * Common base: position (UTF-16 index into the full template text) and owning tree.
 * Fields are declared and assigned in constructors, and `type` lives on each class's
 * prototype (see nodeType): class-field initializers cost a third of parse time in V8.
 */
export abstract class BaseNode {
  declare readonly type: NodeType;
  declare readonly tr: Tree | undefined;
  declare pos: Pos;
  constructor(tr: Tree | undefined, pos: Pos) {
    this.tr = tr;
    this.pos = pos;
  }
  Type(): NodeType {
    return this.type;
  }
  Position(): Pos {
    return this.pos;
  }
  String(): string {
    const sb: Builder = { s: '' };
    this.writeTo(sb);
    return sb.s;
  }
  abstract writeTo(sb: Builder): void;
}

/** Puts a node class's NodeType on its prototype. */
export function nodeType(cls: abstract new (...args: never[]) => BaseNode, t: NodeType): void {
  Object.defineProperty(cls.prototype, 'type', { value: t, writable: false, enumerable: false, configurable: false });
}

/** textFormat is "%s" in Go, changed to "%q" in Go's parse tests for better messages. */
let quoteText = false;
export function setTextFormatQuoted(q: boolean): void {
  quoteText = q;
}

/** ListNode holds a sequence of nodes. */
export class ListNode extends BaseNode {
  declare readonly type: NodeType.NodeList;
  declare Nodes: Node[];
  constructor(tr: Tree | undefined, pos: Pos) {
    super(tr, pos);
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
export class TextNode extends BaseNode {
  declare readonly type: NodeType.NodeText;
  declare readonly Text: string;
  constructor(tr: Tree | undefined, pos: Pos, text: string) {
    super(tr, pos);
    this.Text = text;
  }
  override String(): string {
    return quoteText ? quote(this.Text) : this.Text;
  }
  writeTo(sb: Builder): void {
    sb.s += this.String();
  }
}

/** CommentNode holds a comment. */
export class CommentNode extends BaseNode {
  declare readonly type: NodeType.NodeComment;
  declare readonly Text: string;
  constructor(tr: Tree | undefined, pos: Pos, text: string) {
    super(tr, pos);
    this.Text = text;
  }
  writeTo(sb: Builder): void {
    sb.s += '{{' + this.Text + '}}';
  }
}

/** PipeNode holds a pipeline with optional declaration. */
export class PipeNode extends BaseNode {
  declare readonly type: NodeType.NodePipe;
  declare IsAssign: boolean; // The variables are being assigned, not declared.
  declare Decl: VariableNode[]; // Variables in lexical order.
  declare Cmds: CommandNode[]; // The commands in lexical order.
  declare readonly Line: number;
  constructor(tr: Tree | undefined, pos: Pos, line: number) {
    super(tr, pos);
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
export class ActionNode extends BaseNode {
  declare readonly type: NodeType.NodeAction;
  declare readonly Line: number;
  declare readonly Pipe: PipeNode;
  constructor(tr: Tree | undefined, pos: Pos, line: number, pipe: PipeNode) {
    super(tr, pos);
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
export class CommandNode extends BaseNode {
  declare readonly type: NodeType.NodeCommand;
  declare Args: Node[]; // Arguments in lexical order: Identifier, field, or constant.
  constructor(tr: Tree | undefined, pos: Pos) {
    super(tr, pos);
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

/** IdentifierNode holds an identifier (always a function name). */
export class IdentifierNode extends BaseNode {
  declare readonly type: NodeType.NodeIdentifier;
  declare readonly Ident: string;
  constructor(tr: Tree | undefined, pos: Pos, ident: string) {
    super(tr, pos);
    this.Ident = ident;
  }
  override String(): string {
    return this.Ident;
  }
  writeTo(sb: Builder): void {
    sb.s += this.Ident;
  }
}

/** VariableNode holds a list of variable names, possibly with chained field accesses ($x.a.b). */
export class VariableNode extends BaseNode {
  declare readonly type: NodeType.NodeVariable;
  declare readonly Ident: string[];
  constructor(tr: Tree | undefined, pos: Pos, ident: string) {
    super(tr, pos);
    this.Ident = ident.split('.');
  }
  writeTo(sb: Builder): void {
    sb.s += this.Ident.join('.');
  }
}

/** DotNode holds the special identifier '.'. */
export class DotNode extends BaseNode {
  declare readonly type: NodeType.NodeDot;
  override String(): string {
    return '.';
  }
  writeTo(sb: Builder): void {
    sb.s += '.';
  }
}

/** NilNode holds the special identifier 'nil' representing an untyped nil constant. */
export class NilNode extends BaseNode {
  declare readonly type: NodeType.NodeNil;
  override String(): string {
    return 'nil';
  }
  writeTo(sb: Builder): void {
    sb.s += 'nil';
  }
}

/** FieldNode holds a field (identifier starting with '.'). The period is dropped from each ident. */
export class FieldNode extends BaseNode {
  declare readonly type: NodeType.NodeField;
  declare readonly Ident: string[];
  constructor(tr: Tree | undefined, pos: Pos, ident: string) {
    super(tr, pos);
    this.Ident = ident.slice(1).split('.'); // [1:] to drop leading period
  }
  writeTo(sb: Builder): void {
    for (const id of this.Ident) sb.s += '.' + id;
  }
}

/** ChainNode holds a term followed by a chain of field accesses (identifier starting with '.'). */
export class ChainNode extends BaseNode {
  declare readonly type: NodeType.NodeChain;
  declare Field: string[]; // The identifiers in lexical order.
  declare readonly Node: Node;
  constructor(tr: Tree | undefined, pos: Pos, node: Node) {
    super(tr, pos);
    this.Node = node;
    this.Field = [];
  }
  /** Add adds the named field (which should start with a period) to the end of the chain. */
  Add(field: string): void {
    if (field.length === 0 || field[0] !== '.') throw new Error('no dot in field');
    field = field.slice(1);
    if (field === '') throw new Error('empty field');
    this.Field.push(field);
  }
  writeTo(sb: Builder): void {
    if (this.Node.type === NodeType.NodePipe) {
      sb.s += '(';
      this.Node.writeTo(sb);
      sb.s += ')';
    } else this.Node.writeTo(sb);
    for (const f of this.Field) sb.s += '.' + f;
  }
}

/** BoolNode holds a boolean constant. */
export class BoolNode extends BaseNode {
  declare readonly type: NodeType.NodeBool;
  declare readonly True: boolean;
  constructor(tr: Tree | undefined, pos: Pos, truth: boolean) {
    super(tr, pos);
    this.True = truth;
  }
  override String(): string {
    return this.True ? 'true' : 'false';
  }
  writeTo(sb: Builder): void {
    sb.s += this.String();
  }
}

/** StringNode holds a string constant. The value has been "unquoted". */
export class StringNode extends BaseNode {
  declare readonly type: NodeType.NodeString;
  declare readonly Quoted: string;
  declare readonly Text: string;
  constructor(tr: Tree | undefined, pos: Pos, quoted: string, text: string) {
    super(tr, pos);
    this.Quoted = quoted;
    this.Text = text;
  }
  override String(): string {
    return this.Quoted;
  }
  writeTo(sb: Builder): void {
    sb.s += this.Quoted;
  }
}

/** endNode represents an {{end}} action. It does not appear in the final parse tree. */
export class endNode extends BaseNode {
  declare readonly type: NodeType.nodeEnd;
  override String(): string {
    return '{{end}}';
  }
  writeTo(sb: Builder): void {
    sb.s += '{{end}}';
  }
}

/** elseNode represents an {{else}} action. Does not appear in the final tree. */
export class elseNode extends BaseNode {
  declare readonly type: NodeType.nodeElse;
  declare readonly Line: number;
  constructor(tr: Tree | undefined, pos: Pos, line: number) {
    super(tr, pos);
    this.Line = line;
  }
  override String(): string {
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
nodeType(IdentifierNode, NodeType.NodeIdentifier);
nodeType(VariableNode, NodeType.NodeVariable);
nodeType(DotNode, NodeType.NodeDot);
nodeType(NilNode, NodeType.NodeNil);
nodeType(FieldNode, NodeType.NodeField);
nodeType(ChainNode, NodeType.NodeChain);
nodeType(BoolNode, NodeType.NodeBool);
nodeType(StringNode, NodeType.NodeString);
nodeType(endNode, NodeType.nodeEnd);
nodeType(elseNode, NodeType.nodeElse);
