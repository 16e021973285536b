import { locate, pointerToPath } from '../diagnostics/locate.ts';
import { closest, quoteList } from '../diagnostics/suggest.ts';
import type { Rule } from './types.ts';
import { renameKeyFix } from './shared/fixes.ts';
import { schemaIssues } from './shared/schema-issues.ts';

export const rule: Rule = {
  meta: {
    id: 'unknown-field',
    severity: 'warning',
    documents: 'definition',
    description: 'Fields the operator does not know; it ignores them silently, so a typo loses the setting.',
    messages: {
      unknownFieldWithGuess: 'unknown field "{{field}}" at {{path}}: the operator ignores it; did you mean "{{guess}}"?',
      unknownField: 'unknown field "{{field}}" at {{path}}: the operator ignores it; known fields of {{parent}}: {{known}}',
      noFieldsKnown: 'unknown field "{{field}}" at {{path}}: the operator ignores it; {{parent}} takes no fields here',
    },
  },
  check(ctx) {
    for (const issue of schemaIssues(ctx)) {
      if (issue.kind !== 'unknown-field' || issue.field === undefined) continue;
      const { pair } = locate(ctx.root, issue.pointer);
      const parent = locate(ctx.root, issue.pointer.slice(0, issue.pointer.lastIndexOf('/')));
      const path = pointerToPath(issue.pointer);
      const known = issue.known ?? [];
      const guess = closest(issue.field, known);
      const where = pointerToPath(issue.pointer.slice(0, issue.pointer.lastIndexOf('/'))) || 'the document';
      const fix = guess ? renameKeyFix(ctx.text, parent.node, pair, issue.field, guess) : undefined;
      ctx.report({
        node: pair,
        path,
        messageId: guess ? 'unknownFieldWithGuess' : known.length ? 'unknownField' : 'noFieldsKnown',
        data: { field: issue.field, path, guess: guess ?? '', parent: where, known: quoteList(known) },
        fix,
      });
    }
  },
};
