import type { YNode } from './ynode.ts';

/**
 * How deeply YAML nests, measured two ways: a cheap over-estimate from the text (to decide,
 * before any recursive walk, whether the input needs the large stack of
 * runtime/deep-stack.ts), and the exact flow and block levels of a composed tree, checked
 * against yaml.v3's own limits.
 */

/**
 * Nesting every walk handles on V8's default stack with room to spare (the render walk, the
 * first to overflow, managed about 1,900 flow levels when measured).
 */
export const SHALLOW_NESTING = 400;

/** go.yaml.in/yaml/v3 scannerc.go: max_flow_level and max_indents. */
export const YAML_V3_MAX_DEPTH = 10_000;
/** yaml.v3's message (decode.go prefixes `yaml: ` and, for block levels, `line N: `). */
export const YAML_V3_DEPTH_MESSAGE = `exceeded max depth of ${YAML_V3_MAX_DEPTH}`;

const DEEP_INDENT = new RegExp(`^ {${SHALLOW_NESTING}}`, 'm');
const DEEP_COMPACT = new RegExp(`(?:[-?:] +){${SHALLOW_NESTING >> 1}}`);

/**
 * Whether the text may nest more than SHALLOW_NESTING levels: a line indented that far, a
 * chain of compact `- - -` indicators that long, or that many flow brackets open at once
 * (counted without regard to quotes, so it can over-estimate). Linear and cheap: most texts
 * have too few brackets to need the bracket scan at all.
 */
export function mayNestDeeply(text: string): boolean {
  if (DEEP_INDENT.test(text) || DEEP_COMPACT.test(text)) return true;
  return flowDepthBound(text, SHALLOW_NESTING) !== undefined;
}

/**
 * The offset at which flow brackets (`[`, `{`, ignoring quotes) first open more than
 * `limit` deep, or undefined.
 */
export function flowDepthBound(text: string, limit: number): number | undefined {
  let opens = 0;
  for (let i = text.indexOf('['); i !== -1 && opens <= limit; i = text.indexOf('[', i + 1)) opens++;
  for (let i = text.indexOf('{'); i !== -1 && opens <= limit; i = text.indexOf('{', i + 1)) opens++;
  if (opens <= limit) return undefined;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5b || c === 0x7b) {
      if (++depth > limit) return i;
    } else if ((c === 0x5d || c === 0x7d) && depth > 0) depth--;
  }
  return undefined;
}

export interface DepthProblem {
  message: string;
  offset: number;
}

/**
 * yaml.v3's depth limits on a composed document: more than YAML_V3_MAX_DEPTH flow levels
 * open at once, or an indentation stack (one entry per block collection that is indented
 * further than the one holding it) longer than that. Iterative, so any depth is fine. Only
 * the text's own nesting counts: an alias or merged pair elsewhere is not descended into.
 */
export function yamlV3DepthProblem(text: string, root: YNode | null): DepthProblem | undefined {
  if (!root) return undefined;
  interface Frame {
    node: YNode;
    flow: number;
    indents: number;
    indentColumn: number;
  }
  const stack: Frame[] = [{ node: root, flow: 0, indents: 0, indentColumn: -1 }];
  // Visited once each, in text order (children are pushed last first), so an alias, which
  // always follows its anchor, never makes a shared node count at the alias's depth.
  const seen = new Set<YNode>();
  while (stack.length) {
    const { node, flow, indents, indentColumn } = stack.pop() as Frame;
    if (node.kind === 'scalar' || seen.has(node)) continue;
    seen.add(node);
    const c = text.charCodeAt(node.start);
    let f = flow;
    let n = indents;
    let col = indentColumn;
    if (c === 0x5b || c === 0x7b) {
      if (++f > YAML_V3_MAX_DEPTH) return { message: YAML_V3_DEPTH_MESSAGE, offset: node.start };
    } else if (flow === 0) {
      const column = node.start - (text.lastIndexOf('\n', node.start - 1) + 1);
      if (column > indentColumn) {
        col = column;
        if (++n > YAML_V3_MAX_DEPTH) return { message: YAML_V3_DEPTH_MESSAGE, offset: node.start };
      }
    }
    const children = node.kind === 'map' ? node.pairs.flatMap((p) => (p.value ? [p.key, p.value] : [p.key])) : node.items;
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      // Text nesting only: an alias (or a merged pair) points at a node written elsewhere.
      if (child && child.start >= node.start && child.end <= node.end && child !== node) stack.push({ node: child, flow: f, indents: n, indentColumn: col });
    }
  }
  return undefined;
}

const isBlank = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || Number.isNaN(c);

/**
 * Where yaml.v3's scanner would stop with "exceeded max depth" for flow collections: the
 * offset of the bracket that opens level `limit + 1`, or undefined. A scanner of just what
 * decides flow levels: comments, quoted scalars and block scalars (whose brackets are text),
 * and brackets at the start of a node (in block context `a: x[1]` is a plain scalar). It
 * lets the tool refuse absurd nesting (a megabyte of `[`) before the `yaml` library, whose
 * error recovery on such input takes minutes, ever sees it.
 */
export function yamlV3FlowOverflow(text: string, limit = YAML_V3_MAX_DEPTH): number | undefined {
  if (flowDepthBound(text, limit) === undefined) return undefined;
  const n = text.length;
  let level = 0;
  let lineIndent = 0;
  let i = 0;
  /** Whether a node can start at i: only indicators, props or nothing before it on its line (or any place in flow). */
  const nodeStart = (at: number): boolean => {
    let j = at - 1;
    while (j >= 0 && (text.charCodeAt(j) === 0x20 || text.charCodeAt(j) === 0x09)) j--;
    if (j < 0 || text.charCodeAt(j) === 0x0a) return true;
    const p = text.charCodeAt(j);
    if (p === 0x5b || p === 0x7b || p === 0x2c) return true;
    if ((p === 0x3a || p === 0x2d || p === 0x3f) && j < at - 1) return true;
    // After a tag or an anchor: `!!seq [`, `&a {`.
    let k = j;
    while (k >= 0 && !isBlank(text.charCodeAt(k))) k--;
    const w = text.charCodeAt(k + 1);
    return (w === 0x21 || w === 0x26) && j < at - 1 && nodeStart(k + 1);
  };
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) {
      i++;
      let j = i;
      while (text.charCodeAt(j) === 0x20) j++;
      lineIndent = j - i;
      i = j;
      continue;
    }
    if (c === 0x23 && (i === 0 || isBlank(text.charCodeAt(i - 1)))) {
      const eol = text.indexOf('\n', i);
      i = eol === -1 ? n : eol;
      continue;
    }
    if (c === 0x27 && nodeStart(i)) {
      let j = i + 1;
      for (;;) {
        j = text.indexOf("'", j);
        if (j === -1 || text.charCodeAt(j + 1) !== 0x27) break;
        j += 2;
      }
      i = j === -1 ? n : j + 1;
      continue;
    }
    if (c === 0x22 && nodeStart(i)) {
      let j = i + 1;
      while (j < n && text.charCodeAt(j) !== 0x22) j += text.charCodeAt(j) === 0x5c ? 2 : 1;
      i = j + 1;
      continue;
    }
    if (level === 0 && (c === 0x7c || c === 0x3e) && nodeStart(i)) {
      // A block scalar: its lines are those indented past the line that holds the header.
      let j = text.indexOf('\n', i);
      while (j !== -1) {
        let k = j + 1;
        while (text.charCodeAt(k) === 0x20) k++;
        const blank = k >= n || text.charCodeAt(k) === 0x0a;
        if (!blank && k - (j + 1) <= lineIndent) break;
        j = text.indexOf('\n', k);
      }
      i = j === -1 ? n : j;
      continue;
    }
    if ((c === 0x5b || c === 0x7b) && (level > 0 || nodeStart(i))) {
      if (++level > limit) return i;
    } else if ((c === 0x5d || c === 0x7d) && level > 0) level--;
    i++;
  }
  return undefined;
}
