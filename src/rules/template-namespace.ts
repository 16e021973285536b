import { cmp, describeReleases } from '../operator/acceptance.ts';
import type { Rule } from './types.ts';
import { acceptance } from '../operator/definition-acceptance.ts';
import { referenceStart, specTemplates } from './shared/templates.ts';

const SINCE = '0.1.20';

export const rule: Rule = {
  meta: {
    id: 'template-namespace',
    severity: 'warning',
    documents: 'definition',
    description: '.namespace exists in template data only from operator 0.1.20; earlier releases render <no value>.',
    dialects: ['helm-flat', 'helm-chart'],
  },
  check(ctx) {
    const releases = acceptance(ctx);
    const older = releases.accepted.filter((v) => cmp(v, SINCE) < 0);
    if (older.length === 0) return;
    // The flat dialect is read only by releases before 0.1.20: raising the constraint cannot help there.
    const fix = releases.dialectReleases.some((v) => cmp(v, SINCE) >= 0)
      ? `Raise supportedOperatorVersion to ">= ${SINCE}" or template the namespace from a config item`
      : `No release that reads this dialect provides it: write the namespace literally or template it from a config item`;
    for (const t of specTemplates(ctx)) {
      for (const ref of t.references?.fields ?? []) {
        const onData = (ref.base === 'dot' || (ref.base === 'variable' && ref.variable === '$')) && ref.atRoot;
        if (!onData || ref.fields[0] !== 'namespace') continue;
        const start = t.toSource(referenceStart(t.leaf.value, ref.text, ref.offset));
        ctx.legacyReport(
          { start, end: start + ref.text.length },
          `${t.leaf.path}: ${ref.text} is provided only from operator ${SINCE}; releases ${describeReleases(older)} that this definition supports render it as <no value>. ${fix}`,
          t.leaf.path,
        );
      }
    }
  },
};
