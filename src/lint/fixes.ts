/**
 * Applying the fixes findings carry (`lint --fix`, editor quick fixes). A fix is a few text
 * edits at the offsets of the parsed YAML's tokens, so everything it does not touch (comments,
 * quoting, indentation, blank lines) stays byte for byte as written.
 */
import type { Finding, Fix, TextEdit } from '../diagnostics/finding.ts';
import type { OffsetMap } from '../load/offsets.ts';

export interface FixOutcome {
  output: string;
  /** Findings whose fix was applied, in file order. */
  applied: Finding[];
}

/**
 * Applies every fix that does not overlap an earlier one (ESLint's rule: overlapping fixes
 * wait for the next pass, after a re-lint of the fixed text).
 */
export function applyFixes(text: string, findings: readonly Finding[]): FixOutcome {
  const fixable = findings.filter((f) => f.fix && f.fix.edits.length > 0).sort((a, b) => firstEdit(a) - firstEdit(b));
  const applied: Finding[] = [];
  const edits: TextEdit[] = [];
  let reached = -1;
  for (const f of fixable) {
    const own = [...(f.fix as Fix).edits].sort((a, b) => a.start - b.start);
    if (own[0].start <= reached && reached >= 0) continue;
    if (own.some((e, i) => i > 0 && e.start < own[i - 1].end)) continue;
    edits.push(...own);
    reached = Math.max(...own.map((e) => e.end));
    applied.push(f);
  }
  return { output: applyEdits(text, edits), applied };
}

function firstEdit(f: Finding): number {
  return Math.min(...(f.fix as Fix).edits.map((e) => e.start));
}

/** Non-overlapping edits, applied from the end so earlier offsets stay valid. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

/**
 * A fix computed inside an embedded text (a definition in a ConfigMap's data) moved to file
 * offsets. Only edits on one line whose span maps one to one are kept: anything else would have
 * to re-escape or re-indent the enclosing scalar, which is not one safe edit.
 */
export function mapFix(fix: Fix, map: OffsetMap): Fix | undefined {
  const edits: TextEdit[] = [];
  for (const e of fix.edits) {
    const start = map(e.start);
    const end = map(e.end);
    if (e.text.includes('\n') || end - start !== e.end - e.start) return undefined;
    edits.push({ start, end, text: e.text });
  }
  return { description: fix.description, edits };
}
