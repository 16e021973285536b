import type { Rule } from './types.ts';
import { configItems, itemRef, reportAt, valueTarget } from './shared/config-items.ts';

/** What to write instead, for the Perl/JavaScript syntax RE2 leaves out. */
function hint(error: string): string {
  if (/`\(\?<?[=!]`/.test(error)) return 'RE2 has no lookahead or lookbehind: express the condition without it (e.g. a character class), or drop it';
  if (/invalid escape sequence: `\\[1-9]`/.test(error)) return 'RE2 has no backreferences: spell the repeated part out';
  if (/`\(\?>/.test(error)) return 'RE2 has no atomic groups: use a plain group (?:...)';
  if (/invalid nested repetition operator: `(\*\+|\+\+|\?\+)`/.test(error)) return 'RE2 has no possessive quantifiers: drop the trailing +';
  if (/invalid escape sequence/.test(error)) return 'escape only punctuation, or use an escape RE2 knows (\\d, \\w, \\s, \\b, \\pL, \\x{41}, ...)';
  if (/missing closing \)|unexpected \)/.test(error)) return 'balance the parentheses (escape a literal one as \\( or \\))';
  if (/missing closing \]/.test(error)) return 'close the character class (escape a literal bracket as \\[ or \\])';
  return 'fix it to Go RE2 syntax (https://github.com/google/re2/wiki/Syntax)';
}

export const rule: Rule = {
  meta: {
    id: 'config-regex',
    severity: 'error',
    documents: 'definition',
    description: "A string item's regex compiles under Go's RE2 (the operator rejects the definition otherwise, even if no input uses it).",
    messages: {
      regexInvalid:
        'the regex {{regex}} of {{item}} does not compile in Go ({{goError}}), so the operator rejects the whole definition, even when no Module uses this item; {{hint}}',
    },
  },
  check(ctx) {
    const { items, problems } = configItems(ctx);
    for (const p of problems) {
      if (p.code !== 'invalid-regex') continue;
      const item = items.find((i) => i.index === p.itemIndex);
      const re = item?.kind === 'string' ? item.regex : null;
      const goError = item?.kind === 'string' && item.regexError ? item.regexError : (p.goError ?? p.message);
      reportAt(ctx, p.path, {
        node: valueTarget(ctx, p.path),
        messageId: 'regexInvalid',
        data: { regex: re !== null ? JSON.stringify(re) : '', item: item ? itemRef(item) : p.pathText, goError, hint: hint(goError) },
      });
    }
  },
};
