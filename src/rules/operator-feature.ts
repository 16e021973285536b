import { at, isMap } from '../load/ynode.ts';
import type { YNode, YPair } from '../load/ynode.ts';
import { cmp, describeReleases } from '../operator/acceptance.ts';
import type { Rule } from './types.ts';
import { acceptance } from '../operator/definition-acceptance.ts';
import { boolField, objectField } from './shared/helm-fields.ts';

/** Features of the flat Helm spec that older releases silently ignore (pkg/resources/helm.go, by tag). */
const MIGRATION_SINCE = '0.1.6';
const MIGRATION_KINDS_SINCE = '0.1.9';

export const rule: Rule = {
  meta: {
    id: 'operator-feature',
    severity: 'warning',
    documents: 'definition',
    description:
      'supportedOperatorVersion admits no release that would silently ignore a feature the definition uses (spec.migration before 0.1.6, migration.secret/configMap before 0.1.9).',
    dialects: ['helm-flat'],
    messages: {
      featureIgnored: '{{feature}} is ignored by operator {{releases}}, which the constraint "{{constraint}}" admits; raise the lower bound to ">= {{bound}}"',
    },
  },
  check(ctx) {
    const migration = objectField(ctx.spec, 'migration');
    if (!migration.set || !isMap(migration.node)) return;
    const a = acceptance(ctx);
    if (!a.constraint || a.admitted.length === 0) return; // supported-operator-version reports it
    const constraintText = ctx.stringOf(at(ctx.metadata, 'supportedOperatorVersion')) ?? '';

    // A target is used when it is enabled (or its enabled cannot be known before rendering).
    const used = (key: string): YPair | undefined => {
      const t = objectField(migration.node, key);
      if (!t.set || !isMap(t.node)) return undefined;
      const enabled = boolField(t.node, 'enabled');
      return enabled === true || enabled === 'unknown' ? t.pair : undefined;
    };

    const report = (where: YNode | YPair | undefined, feature: string, from: string, until: string, bound = until): void => {
      const ignoring = a.admitted.filter((v) => cmp(v, from) >= 0 && cmp(v, until) < 0);
      if (ignoring.length === 0 || !where) return;
      ctx.report({
        node: where,
        path: feature,
        messageId: 'featureIgnored',
        data: { feature, releases: describeReleases(ignoring), constraint: constraintText, bound },
      });
    };

    const pvc = used('pvc');
    const secret = used('secret');
    const configMap = used('configMap');
    const bound = secret || configMap ? MIGRATION_KINDS_SINCE : MIGRATION_SINCE;
    if (pvc || secret || configMap) report(migration.pair, 'spec.migration', '0.0.0', MIGRATION_SINCE, bound);
    // Releases before 0.1.6 are covered by the finding above.
    report(secret, 'spec.migration.secret', MIGRATION_SINCE, MIGRATION_KINDS_SINCE);
    report(configMap, 'spec.migration.configMap', MIGRATION_SINCE, MIGRATION_KINDS_SINCE);
  },
};
