/**
 * Port of Go's text/template/parse/parse.go (Go 1.24), part 2: pipelines, commands,
 * operands and terms.
 */
import { quote as goQuote, unquote } from '../strconv.ts';
import { itemType, type Pos } from './lex.ts';
import { BoolNode, ChainNode, DotNode, FieldNode, IdentifierNode, NilNode, StringNode, VariableNode } from './node-args.ts';
import { CommandNode, type Node, NodeType, type PipeNode } from './node.ts';
import { newNumber, NumberError } from './number.ts';
import { maxPipelineCmds, maxStackDepth, SkipFuncCheck, type Tree } from './parse.ts';

/** Pipeline: declarations? command ('|' command)* */
export function pipeline(t: Tree, context: string, end: itemType): PipeNode {
  const token = t.peekNonSpace();
  const pipe = t.newPipeline(token.pos, token.line);
  // Are there declarations or assignments?
  decls: for (;;) {
    const v = t.peekNonSpace();
    if (v.typ !== itemType.itemVariable) break;
    t.next();
    // Since space is a token, we need 3-token look-ahead here in the worst case: in "$x foo"
    // we need to read "foo" (as opposed to ":=") to know that $x is an argument variable
    // rather than a declaration.
    const tokenAfterVariable = t.peek();
    const next = t.peekNonSpace();
    if (next.typ === itemType.itemAssign || next.typ === itemType.itemDeclare) {
      pipe.IsAssign = next.typ === itemType.itemAssign;
      t.nextNonSpace();
      pipe.Decl.push(new VariableNode(t, v.pos, v.val));
      t.vars.push(v.val);
    } else if (next.typ === itemType.itemChar && next.val === ',') {
      t.nextNonSpace();
      pipe.Decl.push(new VariableNode(t, v.pos, v.val));
      t.vars.push(v.val);
      if (context === 'range' && pipe.Decl.length < 2) {
        switch (t.peekNonSpace().typ) {
          case itemType.itemVariable:
          case itemType.itemRightDelim:
          case itemType.itemRightParen:
            // second initialized variable in a range pipeline
            continue decls;
          default:
            t.errorf('range can only initialize variables');
        }
      }
      t.errorf(`too many declarations in ${context}`);
    } else if (tokenAfterVariable.typ === itemType.itemSpace) {
      t.backup3(v, tokenAfterVariable);
    } else {
      t.backup2(v);
    }
    break;
  }
  for (;;) {
    const token = t.nextNonSpace();
    switch (token.typ) {
      case end:
        // At this point, the pipeline is complete
        checkPipeline(t, pipe, context);
        return pipe;
      case itemType.itemBool:
      case itemType.itemCharConstant:
      case itemType.itemComplex:
      case itemType.itemDot:
      case itemType.itemField:
      case itemType.itemIdentifier:
      case itemType.itemNumber:
      case itemType.itemNil:
      case itemType.itemRawString:
      case itemType.itemString:
      case itemType.itemVariable:
      case itemType.itemLeftParen:
        t.backup();
        pipe.append(command(t));
        if (pipe.Cmds.length > maxPipelineCmds) t.errorf('pipeline too long');
        break;
      default:
        t.unexpected(token, context);
    }
  }
}

function checkPipeline(t: Tree, pipe: PipeNode, context: string): void {
  // Reject empty pipelines
  if (pipe.Cmds.length === 0) t.errorf(`missing value for ${context}`);
  // Only the first command of a pipeline can start with a non executable operand
  for (let i = 1; i < pipe.Cmds.length; i++) {
    switch (pipe.Cmds[i].Args[0].type) {
      case NodeType.NodeBool:
      case NodeType.NodeDot:
      case NodeType.NodeNil:
      case NodeType.NodeNumber:
      case NodeType.NodeString:
        // With A|B|C, pipeline stage 2 is B
        t.errorf(`non executable command in pipeline stage ${i + 1}`);
    }
  }
}

/**
 * command: operand (space operand)*. Space-separated arguments up to a pipeline character
 * or right delimiter. We consume the pipe character but leave the right delim to terminate
 * the action.
 */
function command(t: Tree): CommandNode {
  const cmd = new CommandNode(t, t.peekNonSpace().pos);
  for (;;) {
    t.peekNonSpace(); // skip leading spaces.
    const op = operand(t);
    if (op !== undefined) cmd.append(op);
    const token = t.next();
    if (token.typ === itemType.itemSpace) continue;
    if (token.typ === itemType.itemRightDelim || token.typ === itemType.itemRightParen) t.backup();
    else if (token.typ !== itemType.itemPipe) t.unexpected(token, 'operand');
    break;
  }
  if (cmd.Args.length === 0) t.errorf('empty command');
  return cmd;
}

/** operand: term .Field*. Returns undefined if the next item is not an operand. */
function operand(t: Tree): Node | undefined {
  let node = term(t);
  if (node === undefined) return undefined;
  if (t.peek().typ === itemType.itemField) {
    const chain = new ChainNode(t, t.peek().pos, node);
    while (t.peek().typ === itemType.itemField) chain.Add(t.next().val);
    // Compatibility with original API: If the term is of type NodeField or NodeVariable,
    // just put more fields on the original. Otherwise, keep the Chain node.
    switch (node.type) {
      case NodeType.NodeField:
        node = new FieldNode(t, chain.Position(), chain.String());
        break;
      case NodeType.NodeVariable:
        node = new VariableNode(t, chain.Position(), chain.String());
        break;
      case NodeType.NodeBool:
      case NodeType.NodeString:
      case NodeType.NodeNumber:
      case NodeType.NodeNil:
      case NodeType.NodeDot:
        t.errorf(`unexpected . after term ${goQuote(node.String())}`);
      default:
        node = chain;
    }
  }
  return node;
}

/**
 * term: literal (number, string, nil, boolean) | function (identifier) | . | .Field | $ |
 * '(' pipeline ')'. Returns undefined if the next item is not a term.
 */
function term(t: Tree): Node | undefined {
  const token = t.nextNonSpace();
  switch (token.typ) {
    case itemType.itemIdentifier: {
      const checkFunc = (t.Mode & SkipFuncCheck) === 0;
      if (checkFunc && !t.hasFunction(token.val)) t.errorf(`function ${goQuote(token.val)} not defined`);
      return new IdentifierNode(t, token.pos, token.val);
    }
    case itemType.itemDot:
      return new DotNode(t, token.pos);
    case itemType.itemNil:
      return new NilNode(t, token.pos);
    case itemType.itemVariable:
      return useVar(t, token.pos, token.val);
    case itemType.itemField:
      return new FieldNode(t, token.pos, token.val);
    case itemType.itemBool:
      return new BoolNode(t, token.pos, token.val === 'true');
    case itemType.itemCharConstant:
    case itemType.itemComplex:
    case itemType.itemNumber:
      try {
        return newNumber(t, token.pos, token.val, token.typ);
      } catch (e) {
        if (e instanceof NumberError) t.errorf(e.message);
        throw e;
      }
    case itemType.itemLeftParen: {
      if (t.stackDepth >= maxStackDepth) t.errorf('max expression depth exceeded');
      t.stackDepth++;
      try {
        return pipeline(t, 'parenthesized pipeline', itemType.itemRightParen);
      } finally {
        t.stackDepth--;
      }
    }
    case itemType.itemString:
    case itemType.itemRawString: {
      const s = unquote(token.val);
      if (s === undefined) t.errorf('invalid syntax');
      return new StringNode(t, token.pos, token.val, s);
    }
  }
  t.backup();
  return undefined;
}

/** useVar returns a node for a variable reference. It errors if the variable is not defined. */
function useVar(t: Tree, pos: Pos, name: string): Node {
  const v = new VariableNode(t, pos, name);
  for (const varName of t.vars) if (varName === v.Ident[0]) return v;
  t.errorf(`undefined variable ${goQuote(v.Ident[0])}`);
}
