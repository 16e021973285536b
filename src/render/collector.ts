/**
 * Findings gathered while rendering, kept as offsets into the text they were found in (which may
 * sit inside a ConfigMap's data) until the end, so every step reports instead of stopping.
 */
import type { Finding } from '../diagnostics/finding.ts';
import type { MessageData } from '../diagnostics/interpolate.ts';
import { resolveLocated } from '../diagnostics/located.ts';
import type { Located, LocatedFinding } from '../diagnostics/located.ts';
import { ruleMessage } from '../diagnostics/rule-message.ts';

/** A render rule: its meta.messages are literal types (renderRules is `as const`). */
export interface RenderRule {
  id: string;
  severity: LocatedFinding['rule']['severity'];
  messages: Readonly<Record<string, string>>;
}

/** The `{{name}}` slots of a template; Go template text such as `{{ .config.x }}` is not one. */
type Slots<T extends string> = T extends `${string}{{${infer Name}}}${infer Rest}`
  ? (Name extends `${string}${' ' | '.' | '{' | '"'}${string}` ? never : Name) | Slots<Rest>
  : never;

/**
 * A MessageRef (src/diagnostics/rule-message.ts) naming one of the rule's messages, with a value
 * for each of that message's slots and no others: a typo in an id or a slot fails to compile.
 */
export type RenderMessageRef<R extends RenderRule> = {
  [Id in keyof R['messages'] & string]: { messageId: Id; data: { readonly [S in Slots<R['messages'][Id]>]: MessageData[string] } };
}[keyof R['messages'] & string];

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
