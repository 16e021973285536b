import { at, pairOf } from '../load/ynode.ts';
import { describeReleases } from '../operator/acceptance.ts';
import { OPERATOR_RELEASES } from '../operator/releases.ts';
import type { Rule } from './types.ts';
import { acceptance } from '../operator/definition-acceptance.ts';

const PATH = 'metadata.supportedOperatorVersion';

export const rule: Rule = {
  meta: {
    id: 'supported-operator-version',
    severity: 'error',
    documents: 'definition',
    description: 'metadata.supportedOperatorVersion parses as a Masterminds constraint, is satisfiable, and admits a release that reads this dialect.',
    messages: {
      constraintMissing:
        'metadata.supportedOperatorVersion is missing; the operator rejects a definition without it. This {{kind}} dialect is read by operator {{first}}–{{last}}, e.g. ">= {{first}}, <= {{last}}"',
      constraintInvalid: 'metadata.supportedOperatorVersion "{{constraint}}" is not a valid constraint (Masterminds semver: {{error}}); e.g. ">= {{first}}, <= {{last}}"',
      constraintUnsatisfiable: 'metadata.supportedOperatorVersion "{{constraint}}" admits no version at all; the operator would reject the definition everywhere',
      noReleaseAdmitted: 'metadata.supportedOperatorVersion "{{constraint}}" admits no released operator ({{oldest}}–{{newest}}); this dialect is read by {{first}}–{{last}}',
      noReaderAdmitted: 'no operator release would load this definition: it admits {{admitted}}, but the {{dialect}} dialect is read only by {{first}}–{{last}}',
      readersReject: 'no operator release would load this definition: the releases it admits that read this dialect ({{readers}}) reject {{reasons}}',
    },
  },
  check(ctx) {
    const node = at(ctx.metadata, 'supportedOperatorVersion');
    const text = ctx.stringOf(node);
    const a = acceptance(ctx);
    const d = ctx.dialect;
    const dialectRange = { first: d.firstRelease, last: d.lastRelease };
    if (text === undefined) {
      ctx.report({
        node: pairOf(ctx.metadata, 'supportedOperatorVersion') ?? pairOf(ctx.root, 'metadata') ?? ctx.root,
        path: PATH,
        messageId: 'constraintMissing',
        data: { kind: d.kind, ...dialectRange },
      });
      return;
    }
    if (a.constraintError !== undefined || !a.constraint) {
      ctx.report({ node, path: PATH, messageId: 'constraintInvalid', data: { constraint: text, error: String(a.constraintError), ...dialectRange } });
      return;
    }
    if (!a.satisfiable) {
      ctx.report({ node, path: PATH, messageId: 'constraintUnsatisfiable', data: { constraint: text } });
      return;
    }
    if (a.admitted.length === 0) {
      ctx.report({
        node,
        path: PATH,
        messageId: 'noReleaseAdmitted',
        data: { constraint: text, oldest: OPERATOR_RELEASES[0], newest: OPERATOR_RELEASES[OPERATOR_RELEASES.length - 1], ...dialectRange },
      });
      return;
    }
    if (a.accepted.length === 0) {
      const readers = a.admitted.filter((v) => a.dialectReleases.includes(v));
      if (readers.length === 0) {
        ctx.report({
          node,
          path: PATH,
          messageId: 'noReaderAdmitted',
          data: { admitted: describeReleases(a.admitted), dialect: d.displayName, ...dialectRange },
        });
      } else {
        ctx.report({
          node,
          path: PATH,
          messageId: 'readersReject',
          data: { readers: describeReleases(readers), reasons: a.rejectedBy.map((c) => `${c.reason} (since ${c.since})`).join(' and ') },
        });
      }
    }
  },
};
