/**
 * Port of Go's text/template/parse/node.go (Go 1.24), part 2: control nodes.
 */
import { quote } from '../strconv.ts';
import type { Pos } from './lex.ts';
import { BaseNode, NodeType, nodeType, type Builder, type ListNode, type PipeNode } from './node.ts';
import type { Tree } from './parse.ts';

/** BranchNode is the common representation of if, range, and with. */
export abstract class BranchNode extends BaseNode {
  declare readonly Line: number;
  declare readonly Pipe: PipeNode; // The pipeline to be evaluated.
  declare readonly List: ListNode; // What to execute if the value is non-empty.
  declare readonly ElseList: ListNode | undefined; // What to execute if the value is empty (undefined if absent).
  constructor(tr: Tree | undefined, pos: Pos, line: number, pipe: PipeNode, list: ListNode, elseList: ListNode | undefined) {
    super(tr, pos);
    this.Line = line;
    this.Pipe = pipe;
    this.List = list;
    this.ElseList = elseList;
  }
  protected abstract keyword(): string;
  writeTo(sb: Builder): void {
    sb.s += '{{' + this.keyword() + ' ';
    this.Pipe.writeTo(sb);
    sb.s += '}}';
    this.List.writeTo(sb);
    if (this.ElseList) {
      sb.s += '{{else}}';
      this.ElseList.writeTo(sb);
    }
    sb.s += '{{end}}';
  }
}

/** IfNode represents an {{if}} action and its commands. */
export class IfNode extends BranchNode {
  declare readonly type: NodeType.NodeIf;
  protected keyword(): string {
    return 'if';
  }
}

/** RangeNode represents a {{range}} action and its commands. */
export class RangeNode extends BranchNode {
  declare readonly type: NodeType.NodeRange;
  protected keyword(): string {
    return 'range';
  }
}

/** WithNode represents a {{with}} action and its commands. */
export class WithNode extends BranchNode {
  declare readonly type: NodeType.NodeWith;
  protected keyword(): string {
    return 'with';
  }
}

/** BreakNode represents a {{break}} action. */
export class BreakNode extends BaseNode {
  declare readonly type: NodeType.NodeBreak;
  declare readonly Line: number;
  constructor(tr: Tree | undefined, pos: Pos, line: number) {
    super(tr, pos);
    this.Line = line;
  }
  override String(): string {
    return '{{break}}';
  }
  writeTo(sb: Builder): void {
    sb.s += '{{break}}';
  }
}

/** ContinueNode represents a {{continue}} action. */
export class ContinueNode extends BaseNode {
  declare readonly type: NodeType.NodeContinue;
  declare readonly Line: number;
  constructor(tr: Tree | undefined, pos: Pos, line: number) {
    super(tr, pos);
    this.Line = line;
  }
  override String(): string {
    return '{{continue}}';
  }
  writeTo(sb: Builder): void {
    sb.s += '{{continue}}';
  }
}

/** TemplateNode represents a {{template}} action. */
export class TemplateNode extends BaseNode {
  declare readonly type: NodeType.NodeTemplate;
  declare readonly Line: number;
  declare readonly Name: string; // The name of the template (unquoted).
  declare readonly Pipe: PipeNode | undefined; // The command to evaluate as dot for the template.
  constructor(tr: Tree | undefined, pos: Pos, line: number, name: string, pipe: PipeNode | undefined) {
    super(tr, pos);
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
