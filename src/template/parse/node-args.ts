/**
 * Port of Go's text/template/parse/node.go (Go 1.24), part 4: the nodes a command's arguments
 * are made of (identifier, variable, dot, nil, field, chain, bool, string). See node.ts for
 * why they declare their common fields themselves.
 */
import type { Pos } from './lex.ts';
import { type BaseNode, type Builder, type Node, NodeType, nodeType } from './node.ts';
import type { Tree } from './parse.ts';

/** IdentifierNode holds an identifier (always a function name). */
export interface IdentifierNode extends BaseNode {}
export class IdentifierNode {
  declare readonly tr: Tree | undefined;
  declare pos: Pos;
  declare readonly type: NodeType.NodeIdentifier;
  declare readonly Ident: string;
  constructor(tr: Tree | undefined, pos: Pos, ident: string) {
    this.tr = tr;
    this.pos = pos;
    this.Ident = ident;
  }
  String(): string {
    return this.Ident;
  }
  writeTo(sb: Builder): void {
    sb.s += this.Ident;
  }
}

/** VariableNode holds a list of variable names, possibly with chained field accesses ($x.a.b). */
export interface VariableNode extends BaseNode {}
export class VariableNode {
  declare readonly tr: Tree | undefined;
  declare pos: Pos;
  declare readonly type: NodeType.NodeVariable;
  declare readonly Ident: string[];
  constructor(tr: Tree | undefined, pos: Pos, ident: string) {
    this.tr = tr;
    this.pos = pos;
    this.Ident = ident.split('.');
  }
  writeTo(sb: Builder): void {
    sb.s += this.Ident.join('.');
  }
}

/** DotNode holds the special identifier '.'. */
export interface DotNode extends BaseNode {}
export class DotNode {
  declare readonly tr: Tree | undefined;
  declare pos: Pos;
  declare readonly type: NodeType.NodeDot;
  constructor(tr: Tree | undefined, pos: Pos) {
    this.tr = tr;
    this.pos = pos;
  }
  String(): string {
    return '.';
  }
  writeTo(sb: Builder): void {
    sb.s += '.';
  }
}

/** NilNode holds the special identifier 'nil' representing an untyped nil constant. */
export interface NilNode extends BaseNode {}
export class NilNode {
  declare readonly tr: Tree | undefined;
  declare pos: Pos;
  declare readonly type: NodeType.NodeNil;
  constructor(tr: Tree | undefined, pos: Pos) {
    this.tr = tr;
    this.pos = pos;
  }
  String(): string {
    return 'nil';
  }
  writeTo(sb: Builder): void {
    sb.s += 'nil';
  }
}

/** FieldNode holds a field (identifier starting with '.'). The period is dropped from each ident. */
export interface FieldNode extends BaseNode {}
export class FieldNode {
  declare readonly tr: Tree | undefined;
  declare pos: Pos;
  declare readonly type: NodeType.NodeField;
  declare readonly Ident: string[];
  constructor(tr: Tree | undefined, pos: Pos, ident: string) {
    this.tr = tr;
    this.pos = pos;
    this.Ident = ident.slice(1).split('.'); // [1:] to drop leading period
  }
  writeTo(sb: Builder): void {
    for (const id of this.Ident) sb.s += '.' + id;
  }
}

/** ChainNode holds a term followed by a chain of field accesses (identifier starting with '.'). */
export interface ChainNode extends BaseNode {}
export class ChainNode {
  declare readonly tr: Tree | undefined;
  declare pos: Pos;
  declare readonly type: NodeType.NodeChain;
  declare Field: string[]; // The identifiers in lexical order.
  declare readonly Node: Node;
  constructor(tr: Tree | undefined, pos: Pos, node: Node) {
    this.tr = tr;
    this.pos = pos;
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
export interface BoolNode extends BaseNode {}
export class BoolNode {
  declare readonly tr: Tree | undefined;
  declare pos: Pos;
  declare readonly type: NodeType.NodeBool;
  declare readonly True: boolean;
  constructor(tr: Tree | undefined, pos: Pos, truth: boolean) {
    this.tr = tr;
    this.pos = pos;
    this.True = truth;
  }
  String(): string {
    return this.True ? 'true' : 'false';
  }
  writeTo(sb: Builder): void {
    sb.s += this.String();
  }
}

/** StringNode holds a string constant. The value has been "unquoted". */
export interface StringNode extends BaseNode {}
export class StringNode {
  declare readonly tr: Tree | undefined;
  declare pos: Pos;
  declare readonly type: NodeType.NodeString;
  declare readonly Quoted: string;
  declare readonly Text: string;
  constructor(tr: Tree | undefined, pos: Pos, quoted: string, text: string) {
    this.tr = tr;
    this.pos = pos;
    this.Quoted = quoted;
    this.Text = text;
  }
  String(): string {
    return this.Quoted;
  }
  writeTo(sb: Builder): void {
    sb.s += this.Quoted;
  }
}

nodeType(IdentifierNode, NodeType.NodeIdentifier);
nodeType(VariableNode, NodeType.NodeVariable);
nodeType(DotNode, NodeType.NodeDot);
nodeType(NilNode, NodeType.NodeNil);
nodeType(FieldNode, NodeType.NodeField);
nodeType(ChainNode, NodeType.NodeChain);
nodeType(BoolNode, NodeType.NodeBool);
nodeType(StringNode, NodeType.NodeString);
