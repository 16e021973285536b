/**
 * Paths between the old source, the new Module and the renderer's findings: the renderer names
 * places by path strings, and findings must land on the old source's nodes.
 */
import type { Seg } from './helm.ts';
import { pathText } from '../../diagnostics/spec-path.ts';

/** `spec.helm.values[0].raw["a.b"]` -> ['spec', 'helm', 'values', 0, 'raw', 'a.b']. */
export function parsePath(path: string): Seg[] {
  const out: Seg[] = [];
  const re = /([A-Za-z_][A-Za-z0-9_-]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/g;
  for (const m of path.matchAll(re)) {
    if (m[1] !== undefined) out.push(m[1]);
    else if (m[2] !== undefined) out.push(Number(m[2]));
    else out.push(JSON.parse(m[3]) as string);
  }
  return out;
}

export function pathString(path: readonly Seg[]): string {
  return pathText(path);
}
