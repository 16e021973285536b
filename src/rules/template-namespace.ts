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
    messages: {
      namespaceTooNew:
        '{{path}}: {{reference}} is provided only from operator {{since}}; releases {{releases}} that this definition supports render it as <no value>. Raise supportedOperatorVersion to ">= {{since}}" or template the namespace from a config item',
      namespaceNeverProvided:
        '{{path}}: {{reference}} is provided only from operator {{since}}; releases {{releases}} that this definition supports render it as <no value>. No release that reads this dialect provides it: write the namespace literally or template it from a config item',
    },
  },
  check(ctx) {
    const releases = acceptance(ctx);
    const older = releases.accepted.filter((v) => cmp(v, SINCE) < 0);
    if (older.length === 0) return;
    // The flat dialect is read only by releases before 0.1.20: raising the constraint cannot help there.
    const messageId = releases.dialectReleases.some((v) => cmp(v, SINCE) >= 0) ? 'namespaceTooNew' : 'namespaceNeverProvided';
    for (const t of specTemplates(ctx)) {
      for (const ref of t.references?.fields ?? []) {
        const onData = (ref.base === 'dot' || (ref.base === 'variable' && ref.variable === '$')) && ref.atRoot;
        if (!onData || ref.fields[0] !== 'namespace') continue;
        const start = t.toSource(referenceStart(t.leaf.value, ref.text, ref.offset));
        ctx.report({
          node: { start, end: start + ref.text.length },
          path: t.leaf.path,
          messageId,
          data: { path: t.leaf.path, reference: ref.text, since: SINCE, releases: describeReleases(older) },
        });
      }
    }
  },
};
