/**
 * Port of Go's text/template/parse/parse.go (Go 1.24): Tree, the recursive-descent parser,
 * with Go's error strings word for word. Pipelines, commands and operands are in
 * parse-pipeline.ts.
 */
import { ParseError } from '../errors.ts';
import { quote, unquote } from '../strconv.ts';
import { type item, itemString, itemType, lex, type lexer, type Pos } from './lex.ts';
import { BreakNode, ContinueNode, IfNode, RangeNode, TemplateNode, WithNode } from './node-control.ts';
import { ActionNode, CommentNode, elseNode, endNode, ListNode, type Node, NodeType, PipeNode, TextNode } from './node.ts';
import { pipeline } from './parse-pipeline.ts';

/** A set of function names (Go's FuncMap keys); Map and Set both qualify. */
export interface FuncNames {
  has(name: string): boolean;
}

/** Mode flags. */
export const ParseComments = 1;
export const SkipFuncCheck = 2;

/**
 * maxStackDepth is the maximum depth permitted for nested parenthesized expressions. Go 1.24.5
 * (the operator's Go) has no such limit (Go 1.25 added one: 10000, 1000 on wasm), so none by
 * default; Go's parse tests set it (setMaxStackDepth). See README.
 */
export let maxStackDepth = Infinity;
/** maxPipelineCmds is the maximum number of commands permitted for a single pipeline. */
export const maxPipelineCmds = 100000;

export function setMaxStackDepth(n: number): void {
  maxStackDepth = n;
}

/** Tree is the representation of a single parsed template. */
export class Tree {
  Name: string; // name of the template represented by the tree.
  ParseName = ''; // name of the top-level template during parsing, for error messages.
  Root: ListNode | undefined; // top-level root of the tree.
  Mode = 0; // parsing mode.
  text = ''; // text parsed to create the template (or its parent)
  // Parsing only; cleared after parse.
  funcs: readonly FuncNames[] = [];
  lex: lexer | undefined;
  token: [item, item, item] = [eofItem(), eofItem(), eofItem()]; // three-token lookahead for parser.
  peekCount = 0;
  vars: string[] = []; // variables defined at the moment.
  treeSet: Map<string, Tree> | undefined;
  actionLine = 0; // line of left delim starting action
  rangeDepth = 0;
  stackDepth = 0; // depth of nested parenthesized expressions

  constructor(name: string, funcs: readonly FuncNames[] = []) {
    this.Name = name;
    this.funcs = funcs;
  }

  /** next returns the next token. */
  next(): item {
    if (this.peekCount > 0) this.peekCount--;
    else this.token[0] = this.lex!.nextItem();
    return this.token[this.peekCount];
  }

  /** backup backs the input stream up one token. */
  backup(): void {
    this.peekCount++;
  }

  /** backup2 backs the input stream up two tokens. The zeroth token is already there. */
  backup2(t1: item): void {
    this.token[1] = t1;
    this.peekCount = 2;
  }

  /** backup3 backs the input stream up three tokens. The zeroth token is already there. */
  backup3(t2: item, t1: item): void {
    this.token[1] = t1;
    this.token[2] = t2;
    this.peekCount = 3;
  }

  /** peek returns but does not consume the next token. */
  peek(): item {
    if (this.peekCount > 0) return this.token[this.peekCount - 1];
    this.peekCount = 1;
    this.token[0] = this.lex!.nextItem();
    return this.token[0];
  }

  /** nextNonSpace returns the next non-space token. */
  nextNonSpace(): item {
    let token: item;
    do token = this.next();
    while (token.typ === itemType.itemSpace);
    return token;
  }

  /** peekNonSpace returns but does not consume the next non-space token. */
  peekNonSpace(): item {
    const token = this.nextNonSpace();
    this.backup();
    return token;
  }

  /** errorf formats the error and terminates processing. */
  errorf(msg: string): never {
    this.Root = undefined;
    throw ParseError(`template: ${this.ParseName}:${this.token[0].line}: ${msg}`, this.ParseName, this.token[0].pos);
  }

  /** expect consumes the next token and guarantees it has the required type. */
  expect(expected: itemType, context: string): item {
    const token = this.nextNonSpace();
    if (token.typ !== expected) this.unexpected(token, context);
    return token;
  }

  /** expectOneOf consumes the next token and guarantees it has one of the required types. */
  expectOneOf(expected1: itemType, expected2: itemType, context: string): item {
    const token = this.nextNonSpace();
    if (token.typ !== expected1 && token.typ !== expected2) this.unexpected(token, context);
    return token;
  }

  /** unexpected complains about the token and terminates processing. */
  unexpected(token: item, context: string): never {
    if (token.typ === itemType.itemError) {
      let extra = '';
      if (this.actionLine !== 0 && this.actionLine !== token.line) {
        extra = ` in action started at ${this.ParseName}:${this.actionLine}`;
        if (token.val.endsWith(' action')) extra = extra.slice(' in action'.length); // avoid "action in action"
      }
      this.errorf(`${itemString(token)}${extra}`);
    }
    this.errorf(`unexpected ${itemString(token)} in ${context}`);
  }

  /** startParse initializes the parser, using the lexer. */
  startParse(funcs: readonly FuncNames[], l: lexer, treeSet: Map<string, Tree>): void {
    this.Root = undefined;
    this.lex = l;
    this.vars = ['$'];
    this.funcs = funcs;
    this.treeSet = treeSet;
    this.stackDepth = 0;
    l.options = {
      emitComment: (this.Mode & ParseComments) !== 0,
      breakOK: !this.hasFunction('break'),
      continueOK: !this.hasFunction('continue'),
    };
  }

  /** stopParse terminates parsing. */
  stopParse(): void {
    this.lex = undefined;
    this.vars = [];
    this.funcs = [];
    this.treeSet = undefined;
  }

  /**
   * Parse parses the template definition string to construct a representation of the
   * template for execution. Embedded template definitions are added to the treeSet map.
   */
  Parse(text: string, leftDelim: string, rightDelim: string, treeSet: Map<string, Tree>, funcs: readonly FuncNames[]): Tree {
    try {
      this.ParseName = this.Name;
      const l = lex(this.Name, text, leftDelim, rightDelim);
      this.startParse(funcs, l, treeSet);
      this.text = text;
      this.parse();
      this.add();
      this.stopParse();
      return this;
    } catch (e) {
      this.stopParse();
      throw e;
    }
  }

  /** add adds tree to t.treeSet. */
  add(): void {
    const tree = this.treeSet!.get(this.Name);
    if (tree === undefined || IsEmptyTree(tree.Root)) {
      this.treeSet!.set(this.Name, this);
      return;
    }
    if (!IsEmptyTree(this.Root)) this.errorf(`template: multiple definition of template ${quote(this.Name)}`);
  }

  /** parse is the top-level parser for a template; it also parses {{define}} actions. It runs to EOF. */
  parse(): void {
    this.Root = this.newList(this.peek().pos);
    while (this.peek().typ !== itemType.itemEOF) {
      if (this.peek().typ === itemType.itemLeftDelim) {
        const delim = this.next();
        if (this.nextNonSpace().typ === itemType.itemDefine) {
          const newT = new Tree('definition'); // name will be updated once we know it.
          newT.text = this.text;
          newT.Mode = this.Mode;
          newT.ParseName = this.ParseName;
          newT.startParse(this.funcs, this.lex!, this.treeSet!);
          newT.parseDefinition();
          continue;
        }
        this.backup2(delim);
      }
      const n = this.textOrAction();
      if (n.type === NodeType.nodeEnd || n.type === NodeType.nodeElse) this.errorf(`unexpected ${n.String()}`);
      else this.Root.append(n);
    }
  }

  /** parseDefinition parses a {{define}} ... {{end}} template definition and installs it in t.treeSet. */
  parseDefinition(): void {
    const context = 'define clause';
    const name = this.expectOneOf(itemType.itemString, itemType.itemRawString, context);
    const s = unquote(name.val);
    if (s === undefined) this.errorf('invalid syntax');
    this.Name = s;
    this.expect(itemType.itemRightDelim, context);
    const [list, end] = this.itemList();
    this.Root = list;
    if (end.type !== NodeType.nodeEnd) this.errorf(`unexpected ${end.String()} in ${context}`);
    this.add();
    this.stopParse();
  }

  /** itemList: textOrAction*. Terminates at {{end}} or {{else}}, returned separately. */
  itemList(): [ListNode, Node] {
    const list = this.newList(this.peekNonSpace().pos);
    while (this.peekNonSpace().typ !== itemType.itemEOF) {
      const n = this.textOrAction();
      if (n.type === NodeType.nodeEnd || n.type === NodeType.nodeElse) return [list, n];
      list.append(n);
    }
    this.errorf('unexpected EOF');
  }

  /** textOrAction: text | comment | action */
  textOrAction(): Node {
    const token = this.nextNonSpace();
    switch (token.typ) {
      case itemType.itemText:
        return new TextNode(this, token.pos, token.val);
      case itemType.itemLeftDelim:
        this.actionLine = token.line;
        try {
          return this.action();
        } finally {
          this.actionLine = 0;
        }
      case itemType.itemComment:
        return new CommentNode(this, token.pos, token.val);
      default:
        this.unexpected(token, 'input');
    }
  }

  /** action: control | command ("|" command)*. Left delim is past. */
  action(): Node {
    const token = this.nextNonSpace();
    switch (token.typ) {
      case itemType.itemBlock:
        return this.blockControl();
      case itemType.itemBreak:
        return this.breakControl(token.pos, token.line);
      case itemType.itemContinue:
        return this.continueControl(token.pos, token.line);
      case itemType.itemElse:
        return this.elseControl();
      case itemType.itemEnd:
        return this.endControl();
      case itemType.itemIf:
        return this.ifControl();
      case itemType.itemRange:
        return this.rangeControl();
      case itemType.itemTemplate:
        return this.templateControl();
      case itemType.itemWith:
        return this.withControl();
    }
    this.backup();
    const t = this.peek();
    // Do not pop variables; they persist until "end".
    return new ActionNode(this, t.pos, t.line, pipeline(this, 'command', itemType.itemRightDelim));
  }

  /** Break: {{break}}. Break keyword is past. */
  breakControl(pos: Pos, line: number): Node {
    const token = this.nextNonSpace();
    if (token.typ !== itemType.itemRightDelim) this.unexpected(token, '{{break}}');
    if (this.rangeDepth === 0) this.errorf('{{break}} outside {{range}}');
    return new BreakNode(this, pos, line);
  }

  /** Continue: {{continue}}. Continue keyword is past. */
  continueControl(pos: Pos, line: number): Node {
    const token = this.nextNonSpace();
    if (token.typ !== itemType.itemRightDelim) this.unexpected(token, '{{continue}}');
    if (this.rangeDepth === 0) this.errorf('{{continue}} outside {{range}}');
    return new ContinueNode(this, pos, line);
  }

  parseControl(context: string): [Pos, number, PipeNode, ListNode, ListNode | undefined] {
    const mark = this.vars.length;
    try {
      const pipe = pipeline(this, context, itemType.itemRightDelim);
      if (context === 'range') this.rangeDepth++;
      const [list, first] = this.itemList();
      let next = first;
      if (context === 'range') this.rangeDepth--;
      let elseList: ListNode | undefined;
      if (next.type === NodeType.nodeElse) {
        // Special case for "else if" and "else with": treat {{if a}}_{{else if b}}_{{end}}
        // as {{if a}}_{{else}}{{if b}}_{{end}}{{end}}.
        if (context === 'if' && this.peek().typ === itemType.itemIf) {
          this.next(); // Consume the "if" token.
          elseList = this.newList(next.Position());
          elseList.append(this.ifControl());
        } else if (context === 'with' && this.peek().typ === itemType.itemWith) {
          this.next();
          elseList = this.newList(next.Position());
          elseList.append(this.withControl());
        } else {
          [elseList, next] = this.itemList();
          if (next.type !== NodeType.nodeEnd) this.errorf(`expected end; found ${next.String()}`);
        }
      }
      return [pipe.Position(), pipe.Line, pipe, list, elseList];
    } finally {
      this.vars.length = mark; // popVars
    }
  }

  /** If: {{if pipeline}} itemList [{{else}} itemList] {{end}} */
  ifControl(): Node {
    const [pos, line, pipe, list, elseList] = this.parseControl('if');
    return new IfNode(this, pos, line, pipe, list, elseList);
  }

  /** Range: {{range pipeline}} itemList [{{else}} itemList] {{end}} */
  rangeControl(): Node {
    const [pos, line, pipe, list, elseList] = this.parseControl('range');
    return new RangeNode(this, pos, line, pipe, list, elseList);
  }

  /** With: {{with pipeline}} itemList [{{else}} itemList] {{end}} */
  withControl(): Node {
    const [pos, line, pipe, list, elseList] = this.parseControl('with');
    return new WithNode(this, pos, line, pipe, list, elseList);
  }

  /** End: {{end}}. End keyword is past. */
  endControl(): Node {
    return new endNode(this, this.expect(itemType.itemRightDelim, 'end').pos);
  }

  /** Else: {{else}}. Else keyword is past. */
  elseControl(): Node {
    const peek = this.peekNonSpace();
    // "{{else if ..." and "{{else with ..." are treated as "{{else}}{{if ..." and "{{else}}{{with ...".
    if (peek.typ === itemType.itemIf || peek.typ === itemType.itemWith) return new elseNode(this, peek.pos, peek.line);
    const token = this.expect(itemType.itemRightDelim, 'else');
    return new elseNode(this, token.pos, token.line);
  }

  /** Block: {{block stringValue pipeline}}. The pipeline is mandatory. */
  blockControl(): Node {
    const context = 'block clause';
    const token = this.nextNonSpace();
    const name = this.parseTemplateName(token, context);
    const pipe = pipeline(this, context, itemType.itemRightDelim);

    const block = new Tree(name); // name will be updated once we know it.
    block.text = this.text;
    block.Mode = this.Mode;
    block.ParseName = this.ParseName;
    block.startParse(this.funcs, this.lex!, this.treeSet!);
    const [root, end] = block.itemList();
    block.Root = root;
    if (end.type !== NodeType.nodeEnd) this.errorf(`unexpected ${end.String()} in ${context}`);
    block.add();
    block.stopParse();

    return new TemplateNode(this, token.pos, token.line, name, pipe);
  }

  /** Template: {{template stringValue pipeline}}. */
  templateControl(): Node {
    const context = 'template clause';
    const token = this.nextNonSpace();
    const name = this.parseTemplateName(token, context);
    let pipe: PipeNode | undefined;
    if (this.nextNonSpace().typ !== itemType.itemRightDelim) {
      this.backup();
      // Do not pop variables; they persist until "end".
      pipe = pipeline(this, context, itemType.itemRightDelim);
    }
    return new TemplateNode(this, token.pos, token.line, name, pipe);
  }

  parseTemplateName(token: item, context: string): string {
    if (token.typ === itemType.itemString || token.typ === itemType.itemRawString) {
      const s = unquote(token.val);
      if (s === undefined) this.errorf('invalid syntax');
      return s;
    }
    this.unexpected(token, context);
  }

  /** hasFunction reports if a function name exists in the Tree's maps. */
  hasFunction(name: string): boolean {
    for (const funcMap of this.funcs) if (funcMap.has(name)) return true;
    return false;
  }

  newList(pos: Pos): ListNode {
    return new ListNode(this, pos);
  }

  newPipeline(pos: Pos, line: number): PipeNode {
    return new PipeNode(this, pos, line);
  }
}

function eofItem(): item {
  return { typ: itemType.itemEOF, pos: 0, val: '', line: 0 };
}

/** IsEmptyTree reports whether this tree (node) is empty of everything but space or comments. */
export function IsEmptyTree(n: Node | undefined): boolean {
  if (n === undefined) return true;
  switch (n.type) {
    case NodeType.NodeComment:
      return true;
    case NodeType.NodeList:
      for (const node of n.Nodes) if (!IsEmptyTree(node)) return false;
      return true;
    case NodeType.NodeText:
      return !/[^\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/.test(n.Text);
    case NodeType.NodeAction:
    case NodeType.NodeIf:
    case NodeType.NodeRange:
    case NodeType.NodeTemplate:
    case NodeType.NodeWith:
      return false;
    default:
      throw new Error('unknown node: ' + n.String());
  }
}

/**
 * Parse returns a map from template name to Tree, created by parsing the templates described
 * in the argument string. The top-level template will be given the specified name. Throws
 * ParseError.
 */
export function Parse(name: string, text: string, leftDelim: string, rightDelim: string, funcs: readonly FuncNames[], mode = 0): Map<string, Tree> {
  const treeSet = new Map<string, Tree>();
  const t = new Tree(name);
  t.text = text;
  t.Mode = mode;
  t.Parse(text, leftDelim, rightDelim, treeSet, funcs);
  return treeSet;
}
