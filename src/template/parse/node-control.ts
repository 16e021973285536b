/**
 * Port of Go's text/template/parse/node.go (Go 1.24), part 2: control nodes.
 */
import { quote } from '../strconv.ts';
import type { Pos } from './lex.ts';
import { BaseNode, NodeType, type Builder, type ListNode, type PipeNode } from './node.ts';
import type { Tree } from './parse.ts';

/** BranchNode is the common representation of if, range, and with. */
export abstract class BranchNode extends BaseNode {
  constructor(
    tr: Tree | undefined,
    pos: Pos,
    readonly Line: number,
    readonly Pipe: PipeNode, // The pipeline to be evaluated.
    readonly List: ListNode, // What to execute if the value is non-empty.
    readonly ElseList: ListNode | undefined, // What to execute if the value is empty (undefined if absent).
  ) {
    super(tr, pos);
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
  readonly type = NodeType.NodeIf;
  protected keyword(): string {
    return 'if';
  }
}

/** RangeNode represents a {{range}} action and its commands. */
export class RangeNode extends BranchNode {
  readonly type = NodeType.NodeRange;
  protected keyword(): string {
    return 'range';
  }
}

/** WithNode represents a {{with}} action and its commands. */
export class WithNode extends BranchNode {
  readonly type = NodeType.NodeWith;
  protected keyword(): string {
    return 'with';
  }
}

/** BreakNode represents a {{break}} action. */
export class BreakNode extends BaseNode {
  readonly type = NodeType.NodeBreak;
  constructor(tr: Tree | undefined, pos: Pos, readonly Line: number) {
    super(tr, pos);
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
  readonly type = NodeType.NodeContinue;
  constructor(tr: Tree | undefined, pos: Pos, readonly Line: number) {
    super(tr, pos);
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
  readonly type = NodeType.NodeTemplate;
  constructor(
    tr: Tree | undefined,
    pos: Pos,
    readonly Line: number,
    readonly Name: string, // The name of the template (unquoted).
    readonly Pipe: PipeNode | undefined, // The command to evaluate as dot for the template.
  ) {
    super(tr, pos);
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
