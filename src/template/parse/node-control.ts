/**
 * Port of Go's text/template/parse/node.go (Go 1.24), part 2: control nodes.
 */
import { quote } from '../strconv.ts';
import type { Pos } from './lex.ts';
import { type BaseNode, NodeType, nodeType, type Builder, type ListNode, type PipeNode } from './node.ts';
import type { Tree } from './parse.ts';

/** BranchNode is the common representation of if, range, and with. */
export type BranchNode = IfNode | RangeNode | WithNode;

/** The fields of an if, range or with (Go's BranchNode struct; see BaseNode on why no base class). */
interface branch extends BaseNode {
  readonly Line: number;
  readonly Pipe: PipeNode; // The pipeline to be evaluated.
  readonly List: ListNode; // What to execute if the value is non-empty.
  readonly ElseList: ListNode | undefined; // What to execute if the value is empty (undefined if absent).
}

/** BranchNode.writeTo; keyword is "if", "range" or "with". */
function writeBranch(b: branch, keyword: string, sb: Builder): void {
  sb.s += '{{' + keyword + ' ';
  b.Pipe.writeTo(sb);
  sb.s += '}}';
  b.List.writeTo(sb);
  if (b.ElseList) {
    sb.s += '{{else}}';
    b.ElseList.writeTo(sb);
  }
  sb.s += '{{end}}';
}

/** IfNode represents an {{if}} action and its commands. */
export interface IfNode extends branch {}
export class IfNode {
  declare readonly type: NodeType.NodeIf;
  declare readonly tr: Tree | undefined;
  declare pos: Pos;
  declare readonly Line: number;
  declare readonly Pipe: PipeNode;
  declare readonly List: ListNode;
  declare readonly ElseList: ListNode | undefined;
  constructor(tr: Tree | undefined, pos: Pos, line: number, pipe: PipeNode, list: ListNode, elseList: ListNode | undefined) {
    this.tr = tr;
    this.pos = pos;
    this.Line = line;
    this.Pipe = pipe;
    this.List = list;
    this.ElseList = elseList;
  }
  writeTo(sb: Builder): void {
    writeBranch(this, 'if', sb);
  }
}

/** RangeNode represents a {{range}} action and its commands. */
export interface RangeNode extends branch {}
export class RangeNode {
  declare readonly type: NodeType.NodeRange;
  declare readonly tr: Tree | undefined;
  declare pos: Pos;
  declare readonly Line: number;
  declare readonly Pipe: PipeNode;
  declare readonly List: ListNode;
  declare readonly ElseList: ListNode | undefined;
  constructor(tr: Tree | undefined, pos: Pos, line: number, pipe: PipeNode, list: ListNode, elseList: ListNode | undefined) {
    this.tr = tr;
    this.pos = pos;
    this.Line = line;
    this.Pipe = pipe;
    this.List = list;
    this.ElseList = elseList;
  }
  writeTo(sb: Builder): void {
    writeBranch(this, 'range', sb);
  }
}

/** WithNode represents a {{with}} action and its commands. */
export interface WithNode extends branch {}
export class WithNode {
  declare readonly type: NodeType.NodeWith;
  declare readonly tr: Tree | undefined;
  declare pos: Pos;
  declare readonly Line: number;
  declare readonly Pipe: PipeNode;
  declare readonly List: ListNode;
  declare readonly ElseList: ListNode | undefined;
  constructor(tr: Tree | undefined, pos: Pos, line: number, pipe: PipeNode, list: ListNode, elseList: ListNode | undefined) {
    this.tr = tr;
    this.pos = pos;
    this.Line = line;
    this.Pipe = pipe;
    this.List = list;
    this.ElseList = elseList;
  }
  writeTo(sb: Builder): void {
    writeBranch(this, 'with', sb);
  }
}

/** BreakNode represents a {{break}} action. */
export interface BreakNode extends BaseNode {}
export class BreakNode {
  declare readonly tr: Tree | undefined;
  declare pos: Pos;
  declare readonly type: NodeType.NodeBreak;
  declare readonly Line: number;
  constructor(tr: Tree | undefined, pos: Pos, line: number) {
    this.tr = tr;
    this.pos = pos;
    this.Line = line;
  }
  String(): string {
    return '{{break}}';
  }
  writeTo(sb: Builder): void {
    sb.s += '{{break}}';
  }
}

/** ContinueNode represents a {{continue}} action. */
export interface ContinueNode extends BaseNode {}
export class ContinueNode {
  declare readonly tr: Tree | undefined;
  declare pos: Pos;
  declare readonly type: NodeType.NodeContinue;
  declare readonly Line: number;
  constructor(tr: Tree | undefined, pos: Pos, line: number) {
    this.tr = tr;
    this.pos = pos;
    this.Line = line;
  }
  String(): string {
    return '{{continue}}';
  }
  writeTo(sb: Builder): void {
    sb.s += '{{continue}}';
  }
}

/** TemplateNode represents a {{template}} action. */
export interface TemplateNode extends BaseNode {}
export class TemplateNode {
  declare readonly tr: Tree | undefined;
  declare pos: Pos;
  declare readonly type: NodeType.NodeTemplate;
  declare readonly Line: number;
  declare readonly Name: string; // The name of the template (unquoted).
  declare readonly Pipe: PipeNode | undefined; // The command to evaluate as dot for the template.
  constructor(tr: Tree | undefined, pos: Pos, line: number, name: string, pipe: PipeNode | undefined) {
    this.tr = tr;
    this.pos = pos;
    this.Line = line;
    this.Name = name;
    this.Pipe = pipe;
  }
  writeTo(sb: Builder): void {
    sb.s += '{{template ' + quote(this.Name);
    if (this.Pipe) {
      sb.s += ' ';
      this.Pipe.writeTo(sb);
    }
    sb.s += '}}';
  }
}

nodeType(IfNode, NodeType.NodeIf);
nodeType(RangeNode, NodeType.NodeRange);
nodeType(WithNode, NodeType.NodeWith);
nodeType(BreakNode, NodeType.NodeBreak);
nodeType(ContinueNode, NodeType.NodeContinue);
nodeType(TemplateNode, NodeType.NodeTemplate);
