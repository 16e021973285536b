/**
 * Tree walking for the linter (Go's parse package exposes the tree; this is the visitor
 * over it): every node in order, and the references a template makes — field chains on
 * dot, on `$`, on variables and on parenthesised expressions, functions used, and
 * templates invoked — each with its offset (UTF-16 index into the template text).
 */
import type { ListNode, Node } from './parse/node.ts';
import { NodeType } from './parse/node.ts';
import type { Template } from './template.ts';

/**
 * walk visits node and its descendants in source order (pre-order). The visitor receives
 * the ancestors, innermost last; returning false skips the node's children.
 */
export function walk(node: Node, visitor: (node: Node, parents: readonly Node[]) => unknown): void {
  const parents: Node[] = [];
  const visit = (n: Node | undefined): void => {
    if (n === undefined) return;
    if (visitor(n, parents) === false) return;
    parents.push(n);
    for (const c of children(n)) visit(c);
    parents.pop();
  };
  visit(node);
}

/** The direct children of a node, in source order. */
export function children(n: Node): Node[] {
  switch (n.type) {
    case NodeType.NodeList:
      return n.Nodes;
    case NodeType.NodeAction:
      return [n.Pipe];
    case NodeType.NodePipe:
      return [...n.Decl, ...n.Cmds];
    case NodeType.NodeCommand:
      return n.Args;
    case NodeType.NodeChain:
      return [n.Node];
    case NodeType.NodeIf:
    case NodeType.NodeRange:
    case NodeType.NodeWith:
      return n.ElseList ? [n.Pipe, n.List, n.ElseList] : [n.Pipe, n.List];
    case NodeType.NodeTemplate:
      return n.Pipe ? [n.Pipe] : [];
    default:
      return [];
  }
}

/** What a field chain starts from. */
export type FieldBase = 'dot' | 'variable' | 'expression';

export interface FieldRef {
  base: FieldBase;
  /** The variable for base 'variable' ('$' or '$name'). */
  variable?: string;
  /** The field names, e.g. ['config', 'replicas'] for .config.replicas. */
  fields: string[];
  /**
   * Whether dot (for base 'dot') or `$` (for variable '$') is the data the template was
   * executed with: false inside {{with}}/{{range}} bodies (for dot) and inside
   * {{define}}/{{block}} bodies (for both).
   */
  atRoot: boolean;
  /** The reference as written: `.config.replicas`, `$.x`, `$v.b`; for expressions the fields, `.y` of `(index . 0).y`. */
  text: string;
  /** Name of the template (top-level or defined) the reference is in. */
  template: string;
  /** Where `text` starts (UTF-16 index into the template text). */
  offset: number;
  /** Go's position of the node, used in its exec errors: for a chain, where its second element starts. */
  nodeOffset: number;
}

export interface FunctionRef {
  name: string;
  template: string;
  offset: number;
}

export interface TemplateCallRef {
  name: string;
  template: string;
  offset: number;
}

export interface References {
  fields: FieldRef[];
  functions: FunctionRef[];
  templates: TemplateCallRef[];
}

/** Collects the references of every template in the set, top-level template first. */
export function collectReferences(t: Template): References {
  const refs: References = { fields: [], functions: [], templates: [] };
  const names = [t.name, ...[...t.trees.keys()].filter((n) => n !== t.name)];
  for (const name of names) {
    const tree = t.trees.get(name);
    if (tree?.Root) collectTree(tree.Root, name, name === t.name, refs);
  }
  return refs;
}

function collectTree(root: ListNode, template: string, isTop: boolean, refs: References): void {
  walk(root, (n, parents) => {
    switch (n.type) {
      case NodeType.NodeField: {
        // Go positions a chain .a.b at its second element (the parser's chain node).
        const offset = n.Ident.length > 1 ? n.pos - 1 - n.Ident[0].length : n.pos;
        refs.fields.push({ base: 'dot', fields: n.Ident, atRoot: isTop && dotIsRoot(n, parents), text: n.String(), template, offset, nodeOffset: n.pos });
        break;
      }
      case NodeType.NodeVariable: {
        if (n.Ident.length > 1 && !isDecl(n, parents)) {
          const offset = n.pos - n.Ident[0].length;
          refs.fields.push({
            base: 'variable',
            variable: n.Ident[0],
            fields: n.Ident.slice(1),
            atRoot: isTop && n.Ident[0] === '$',
            text: n.String(),
            template,
            offset,
            nodeOffset: n.pos,
          });
        }
        break;
      }
      case NodeType.NodeChain:
        refs.fields.push({ base: 'expression', fields: n.Field, atRoot: false, text: '.' + n.Field.join('.'), template, offset: n.pos, nodeOffset: n.pos });
        break;
      case NodeType.NodeIdentifier:
        refs.functions.push({ name: n.Ident, template, offset: n.pos });
        break;
      case NodeType.NodeTemplate:
        refs.templates.push({ name: n.Name, template, offset: n.pos });
        break;
    }
  });
}

function isDecl(n: Node, parents: readonly Node[]): boolean {
  const p = parents[parents.length - 1];
  return p !== undefined && p.type === NodeType.NodePipe && (p.Decl as Node[]).includes(n);
}

/** Dot is rebound inside a with/range body (not its pipeline or else branch). */
function dotIsRoot(n: Node, parents: readonly Node[]): boolean {
  let child: Node = n;
  for (let i = parents.length - 1; i >= 0; i--) {
    const p = parents[i];
    if ((p.type === NodeType.NodeWith || p.type === NodeType.NodeRange) && child === p.List) return false;
    child = p;
  }
  return true;
}
