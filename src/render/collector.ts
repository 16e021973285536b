/**
 * Findings gathered while rendering, kept as offsets into the text they were found in (which may
 * sit inside a ConfigMap's data) until the end, so every step reports instead of stopping.
 */
import type { Finding } from '../diagnostics/finding.ts';
import { resolveLocated } from '../diagnostics/located.ts';
import type { Located, LocatedFinding } from '../diagnostics/located.ts';
import { ruleMessage } from '../diagnostics/rule-message.ts';
import type { MessagedRule, TypedMessageRef } from '../diagnostics/rule-message.ts';

/** A render rule: its meta.messages are literal types (renderRules is `as const`). */
export interface RenderRule extends MessagedRule {
  severity: LocatedFinding['rule']['severity'];
}

export type RenderMessageRef<R extends RenderRule> = TypedMessageRef<R>;

export class Collector {
  readonly raw: LocatedFinding[] = [];
  add<R extends RenderRule>(rule: R, where: Located, span: { start: number; end: number } | null | undefined, ref: RenderMessageRef<R>, path?: string): void {
    const start = span?.start ?? 0;
    const message = ruleMessage(rule, ref);
    this.raw.push({ rule, where, start, end: span?.end ?? start, message, messageId: ref.messageId, path });
  }

  findings(): Finding[] {
    return resolveLocated(this.raw);
  }
}
