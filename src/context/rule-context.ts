import type { Fix } from '../diagnostics/finding.ts';
import type { YMap, YPair } from '../load/ynode.ts';

/** A finding as a rule reports it: offsets in the document's own text. */
export interface RawFinding {
  ruleId: string;
  message: string;
  start: number;
  end: number;
  path?: string;
  /** Edits in the same offsets as start and end. */
  fix?: Fix;
}

/** Something with offsets: a node, or a span a rule computed. */
export interface Spanned {
  start: number;
  end: number;
}

/**
 * What every rule context shares (definitions and Modules): findings of the rule running now,
 * reported at a node or a key, and derived data computed once per document.
 */
export abstract class RuleContext {
  readonly findings: RawFinding[] = [];
  private ruleId = '';
  private cache = new Map<string, unknown>();

  constructor(readonly root: YMap) {}

  /** Set by the runner before each rule runs. */
  setRule(id: string): void {
    this.ruleId = id;
  }

  report(target: Spanned | YPair | null | undefined, message: string, path?: string, fix?: Fix): void {
    const span = target && 'key' in target ? target.key : target;
    const start = span?.start ?? this.root.start;
    const end = span?.end ?? start;
    const finding: RawFinding = { ruleId: this.ruleId, message, start, end, path };
    if (fix) finding.fix = fix;
    this.findings.push(finding);
  }

  memo<T>(key: string, compute: () => T): T {
    if (this.cache.has(key)) return this.cache.get(key) as T;
    const v = compute();
    this.cache.set(key, v);
    return v;
  }
}
