/** A value a message placeholder can take; bigints print as Go prints integers. */
export type MessageData = Readonly<Record<string, string | number | bigint | boolean>>;

const PLACEHOLDER = /\{\{([A-Za-z_][A-Za-z0-9_]*)\}\}/g;

/**
 * Fills `{{name}}` placeholders from data, in one pass, so a value that itself holds `{{` is
 * never read as a placeholder. A placeholder without data is left as written: messages quote Go
 * templates (`{{end}}`), which are text, not placeholders.
 */
export function interpolate(template: string, data: MessageData | undefined): string {
  if (!data) return template;
  return template.replace(PLACEHOLDER, (whole, name: string) => (Object.hasOwn(data, name) ? String(data[name]) : whole));
}

/** The placeholder names a template uses, for checks that every one is given data. */
export function placeholders(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1]);
}
