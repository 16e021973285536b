/**
 * Findings about text that may sit inside another file (a definition in a ConfigMap's data, or
 * in a Module's spec.source.raw): offsets into the inner text, turned into file positions only
 * when findings are resolved.
 */
import type { Finding, Severity } from './finding.ts';
import { LineIndex } from './line-index.ts';
import type { Position } from './finding.ts';

export interface Located {
  file: string;
  /** The text offsets refer to (e.g. the definition's own text). */
  text: string;
  /** The file's full text (for line/column). */
  fileText: string;
  toFile: (offset: number) => number;
}

/** A whole file: offsets are the file's own. */
export function wholeFile(file: string, text: string): Located {
  return { file, text, fileText: text, toFile: (o) => o };
}

export interface LocatedFinding {
  rule: { id: string; severity: Severity };
  where: Located;
  start: number;
  end: number;
  message: string;
  /** The id of the rule's message template the message was built from, when it has one. */
  messageId?: string;
  path?: string;
  /** A position already resolved elsewhere (e.g. by the renderer), used as is. */
  position?: { start: Position; end: Position };
}

export function resolveLocated(raw: readonly LocatedFinding[]): Finding[] {
  const indexes = new Map<string, LineIndex>();
  return raw.map((f) => {
    let idx = indexes.get(f.where.fileText);
    if (!idx) indexes.set(f.where.fileText, (idx = new LineIndex(f.where.fileText)));
    const s = f.where.toFile(f.start);
    const e = Math.max(s, f.where.toFile(f.end));
    const finding: Finding = {
      ruleId: f.rule.id,
      severity: f.rule.severity,
      message: f.message,
      file: f.where.file,
      range: f.position ?? { start: idx.position(s), end: idx.position(e) },
    };
    if (!f.position) finding.offsets = { start: s, end: e };
    if (f.path) finding.path = f.path;
    return finding;
  });
}
