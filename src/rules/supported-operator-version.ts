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
  },
  check(ctx) {
    const node = at(ctx.metadata, 'supportedOperatorVersion');
    const text = ctx.stringOf(node);
    const a = acceptance(ctx);
    const d = ctx.dialect;
    const range = `${d.firstRelease}–${d.lastRelease}`;
    if (text === undefined) {
      ctx.legacyReport(
        pairOf(ctx.metadata, 'supportedOperatorVersion') ?? pairOf(ctx.root, 'metadata') ?? ctx.root,
        `${PATH} is missing; the operator rejects a definition without it. This ${d.kind} dialect is read by operator ${range}, e.g. ">= ${d.firstRelease}, <= ${d.lastRelease}"`,
        PATH,
      );
      return;
    }
    if (a.constraintError !== undefined || !a.constraint) {
      ctx.legacyReport(node, `${PATH} "${text}" is not a valid constraint (Masterminds semver: ${a.constraintError}); e.g. ">= ${d.firstRelease}, <= ${d.lastRelease}"`, PATH);
      return;
    }
    if (!a.satisfiable) {
      ctx.legacyReport(node, `${PATH} "${text}" admits no version at all; the operator would reject the definition everywhere`, PATH);
      return;
    }
    if (a.admitted.length === 0) {
      ctx.legacyReport(
        node,
        `${PATH} "${text}" admits no released operator (${OPERATOR_RELEASES[0]}–${OPERATOR_RELEASES[OPERATOR_RELEASES.length - 1]}); this dialect is read by ${range}`,
        PATH,
      );
      return;
    }
    if (a.accepted.length === 0) {
      const readers = a.admitted.filter((v) => a.dialectReleases.includes(v));
      const why =
        readers.length === 0
          ? `it admits ${describeReleases(a.admitted)}, but the ${d.displayName} dialect is read only by ${range}`
          : `the releases it admits that read this dialect (${describeReleases(readers)}) reject ${a.rejectedBy.map((c) => `${c.reason} (since ${c.since})`).join(' and ')}`;
      ctx.legacyReport(node, `no operator release would load this definition: ${why}`, PATH);
    }
  },
};
