import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/**
 * The import graph between the top-level folders of src/. Type imports count: a type-only
 * edge still ties two folders' APIs together, so a cycle through one is a layering cycle.
 */
export interface FolderGraph {
  /** folder -> folder it imports -> the importing files (relative to src/), in scan order. */
  edges: Map<string, Map<string, string[]>>;
  folders: string[];
}

// Static `import … from` / `export … from`, side-effect `import '…'`, and `import('…')` (values
// loaded lazily and inline type references alike). Only relative specifiers can reach a folder.
const SPECIFIERS = /\b(?:import|export)\s[^;]*?\bfrom\s*['"](\.{1,2}\/[^'"]+)['"]|\bimport\s*\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)|^\s*import\s*['"](\.{1,2}\/[^'"]+)['"]/gm;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? sourceFiles(p) : /\.[cm]?ts$/.test(n) ? [p] : [];
  });
}

export function folderGraph(src: string): FolderGraph {
  const edges = new Map<string, Map<string, string[]>>();
  const folders = readdirSync(src).filter((n) => statSync(join(src, n)).isDirectory()).sort();
  for (const file of sourceFiles(src)) {
    const rel = relative(src, file).replace(/\\/g, '/');
    const from = rel.split('/')[0];
    if (!rel.includes('/')) continue;
    for (const m of readFileSync(file, 'utf8').matchAll(SPECIFIERS)) {
      const spec = m[1] ?? m[2] ?? m[3];
      const target = relative(src, resolve(dirname(file), spec)).replace(/\\/g, '/');
      const to = target.split('/')[0];
      if (to === from || target.startsWith('..') || !target.includes('/')) continue;
      let out = edges.get(from);
      if (!out) edges.set(from, (out = new Map()));
      const why = out.get(to) ?? [];
      if (!why.includes(rel)) why.push(rel);
      out.set(to, why);
    }
  }
  return { edges, folders };
}

/** Strongly connected components with more than one folder (Tarjan), each sorted. */
export function folderCycles(g: FolderGraph): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of g.edges.get(v)?.keys() ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const scc: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      scc.push(w);
    } while (w !== v);
    if (scc.length > 1) out.push(scc.sort());
  };
  for (const v of g.folders) if (!index.has(v)) visit(v);
  return out;
}

/** One line per edge inside the component, naming one file that makes it. */
export function describeCycle(g: FolderGraph, scc: readonly string[]): string {
  const lines = [`folders {${scc.join(', ')}} import each other:`];
  for (const a of scc) {
    for (const [b, why] of [...(g.edges.get(a) ?? [])].sort()) {
      if (scc.includes(b)) lines.push(`  ${a} -> ${b}: src/${why[0]}${why.length > 1 ? ` (+${why.length - 1} more)` : ''}`);
    }
  }
  return lines.join('\n');
}

/** `folder -> folders it imports`, one line per folder of src/. */
export function folderMap(g: FolderGraph): string {
  return g.folders.map((f) => `${f} -> ${[...(g.edges.get(f)?.keys() ?? [])].sort().join(', ')}`).join('\n');
}
