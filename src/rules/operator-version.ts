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
  },
  check(ctx) {
    const target = ctx.settings.operatorVersion?.replace(/^v/, '');
    if (!target) return;
    const a = acceptance(ctx);
    if (a.accepted.includes(target)) return;
    const node = at(ctx.metadata, 'supportedOperatorVersion') ?? ctx.root;
    const known = OPERATOR_RELEASES.includes(target) ? '' : ` (${target} is not a known release; known: ${describeReleases(OPERATOR_RELEASES)})`;
    let why: string;
    if (!a.constraint) why = 'its supportedOperatorVersion does not parse';
    else if (!a.admitted.includes(target)) why = `its supportedOperatorVersion does not admit ${target}`;
    else if (!a.dialectReleases.includes(target))
      why = `operator ${target} does not read the ${ctx.dialect.displayName} dialect (read by ${ctx.dialect.firstRelease}–${ctx.dialect.lastRelease})`;
    else why = `operator ${target} rejects ${a.rejectedBy.map((c) => c.reason).join(' and ')}`;
    ctx.legacyReport(
      node,
      `operator ${target} would not load this definition: ${why}${known}; releases that would: ${describeReleases(a.accepted)}`,
      'metadata.supportedOperatorVersion',
    );
  },
};
