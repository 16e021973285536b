import { interpolate } from './interpolate.ts';
import type { MessageData } from './interpolate.ts';
import type { RuleMeta } from './rule-meta.ts';

/** Which of a rule's message templates, and its data: what engines report, as rules do with ctx.report. */
export interface MessageRef {
  messageId: string;
  data?: MessageData;
}

/** The `{{name}}` slots of a template; Go template text such as `{{ .config.x }}` is not one. */
type Slots<T extends string> = T extends `${string}{{${infer Name}}}${infer Rest}`
  ? (Name extends `${string}${' ' | '.' | '{' | '"'}${string}` ? never : Name) | Slots<Rest>
  : never;

/** A rule whose meta.messages are literal types (its metas are declared `as const`). */
export interface MessagedRule {
  id: string;
  messages: Readonly<Record<string, string>>;
}

/**
 * A MessageRef naming one of rule R's messages, with a value for each of that message's slots
 * and no others: a typo in an id or a slot fails to compile.
 */
export type TypedMessageRef<R extends { readonly messages: object }> = {
  [Id in keyof R['messages'] & string]: [Slots<R['messages'][Id] & string>] extends [never]
    ? { messageId: Id; data?: undefined }
    : { messageId: Id; data: { readonly [S in Slots<R['messages'][Id] & string>]: MessageData[string] } };
}[keyof R['messages'] & string];

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
