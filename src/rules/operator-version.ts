import { at } from '../load/ynode.ts';
import { describeReleases } from '../operator/acceptance.ts';
import { OPERATOR_RELEASES } from '../operator/releases.ts';
import type { Rule } from './types.ts';
import { acceptance } from '../operator/definition-acceptance.ts';

export const rule: Rule = {
  meta: {
    id: 'operator-version',
    severity: 'error',
    documents: 'definition',
    description: 'With --operator-version X (or operatorVersion in .forkspacer-def.yaml), release X accepts the definition.',
    messages: {
      constraintUnparsed: 'operator {{target}} would not load this definition: its supportedOperatorVersion does not parse{{unknownRelease}}; releases that would: {{accepted}}',
      notAdmitted:
        'operator {{target}} would not load this definition: its supportedOperatorVersion does not admit {{target}}{{unknownRelease}}; releases that would: {{accepted}}',
      dialectNotRead:
        'operator {{target}} would not load this definition: operator {{target}} does not read the {{dialect}} dialect (read by {{first}}–{{last}}){{unknownRelease}}; releases that would: {{accepted}}',
      rejected: 'operator {{target}} would not load this definition: operator {{target}} rejects {{reasons}}{{unknownRelease}}; releases that would: {{accepted}}',
    },
  },
  check(ctx) {
    const target = ctx.settings.operatorVersion?.replace(/^v/, '');
    if (!target) return;
    const a = acceptance(ctx);
    if (a.accepted.includes(target)) return;
    const node = at(ctx.metadata, 'supportedOperatorVersion') ?? ctx.root;
    // A typo in the version reads like a rejection; the note tells the two apart.
    const unknownRelease = OPERATOR_RELEASES.includes(target) ? '' : ` (${target} is not a known release; known: ${describeReleases(OPERATOR_RELEASES)})`;
    const messageId = !a.constraint ? 'constraintUnparsed' : !a.admitted.includes(target) ? 'notAdmitted' : !a.dialectReleases.includes(target) ? 'dialectNotRead' : 'rejected';
    ctx.report({
      node,
      path: 'metadata.supportedOperatorVersion',
      messageId,
      data: {
        target,
        unknownRelease,
        accepted: describeReleases(a.accepted),
        dialect: ctx.dialect.displayName,
        first: ctx.dialect.firstRelease,
        last: ctx.dialect.lastRelease,
        reasons: a.rejectedBy.map((c) => c.reason).join(' and '),
      },
    });
  },
};
