import type { Fix } from '../diagnostics/finding.ts';
import { interpolate } from '../diagnostics/interpolate.ts';
import type { MessageData } from '../diagnostics/interpolate.ts';
import type { RuleMeta } from '../diagnostics/rule-meta.ts';
import type { YMap, YPair } from '../load/ynode.ts';

/** A finding as a rule reports it: offsets in the document's own text. */
export interface RawFinding {
  ruleId: string;
  message: string;
  start: number;
  end: number;
  path?: string;
  /** The id of the rule's message template, when it reported one. */
  messageId?: string;
  /** Edits in the same offsets as start and end. */
  fix?: Fix;
}

/** What a rule reports (ESLint's report descriptor): where, which message, its data. */
export interface ReportDescriptor {
  /** The node (a pair reports at its key), or a span the rule computed; the document when absent. */
  node?: Spanned | YPair | null;
  /** The node's path inside the document, e.g. `spec.values[1].file`. */
  path?: string;
  messageId: string;
  data?: MessageData;
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
  private messages: Readonly<Record<string, string>> = {};
  private cache = new Map<string, unknown>();

  constructor(readonly root: YMap) {}

  /** Set by the runner before each rule runs. */
  setRule(meta: Pick<RuleMeta, 'id' | 'messages'>): void {
    this.ruleId = meta.id;
    this.messages = meta.messages ?? {};
  }

  report(descriptor: ReportDescriptor): void {
    const template = this.messages[descriptor.messageId];
    // A rule naming a message it does not declare is a defect in the rule, caught by its test.
    if (template === undefined) throw new Error(`rule ${this.ruleId} reported the undeclared messageId "${descriptor.messageId}"`);
    const target = descriptor.node;
    const span = target && 'key' in target ? target.key : target;
    const start = span?.start ?? this.root.start;
    const end = span?.end ?? start;
    const finding: RawFinding = { ruleId: this.ruleId, message: interpolate(template, descriptor.data), start, end, messageId: descriptor.messageId };
    if (descriptor.path !== undefined) finding.path = descriptor.path;
    if (descriptor.fix) finding.fix = descriptor.fix;
    this.findings.push(finding);
  }

  memo<T>(key: string, compute: () => T): T {
    if (this.cache.has(key)) return this.cache.get(key) as T;
    const v = compute();
    this.cache.set(key, v);
    return v;
  }
}
