import { interpolate } from './interpolate.ts';
import type { MessageData } from './interpolate.ts';
import type { RuleMeta } from './rule-meta.ts';

/** Which of a rule's message templates, and its data: what engines report, as rules do with ctx.report. */
export interface MessageRef {
  messageId: string;
  data?: MessageData;
}

/**
 * The text of a finding an engine reports (render, migrate) from its rule's meta.messages, the
 * way RuleContext.report fills a document rule's. An id the rule does not declare is a defect in
 * the engine, caught by its tests.
 */
export function ruleMessage(rule: Pick<RuleMeta, 'id' | 'messages'>, ref: MessageRef): string {
  const template = rule.messages?.[ref.messageId];
  if (template === undefined) throw new Error(`rule ${rule.id} has no messageId "${ref.messageId}"`);
  return interpolate(template, ref.data);
}
