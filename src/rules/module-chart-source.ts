import { child, isMap, pairOf } from '../load/ynode.ts';
import type { YNode } from '../load/ynode.ts';
import type { ModuleContext } from '../context/module-context.ts';
import type { Rule } from './types.ts';

/** The order in which the 0.1.21+ Helm manager looks for a chart; the first set one is used. */
const SOURCES = ['repo', 'configMap', 'git'] as const;

const isSet = (n: YNode | null | undefined) => n != null && !(n.kind === 'scalar' && n.value === null);

export const rule: Rule<ModuleContext> = {
  meta: {
    id: 'module-chart-source',
    severity: 'error',
    documents: 'module',
    description: 'A 0.1.21+ Helm Module names its chart in spec.helm.chart (repo, configMap or git); with none the Helm manager refuses to install it.',
    messages: {
      noChartSource:
        'spec.helm.chart sets no chart source; the operator refuses to install ("no Helm chart source (repository, configmap, or git) specified"): give chart.repo (url and chart), chart.configMap or chart.git',
    },
  },
  check(ctx) {
    if (!ctx.inline || ctx.dialect !== 'module-inline') return;
    const helm = child(ctx.spec, 'helm');
    if (!isMap(helm) || isSet(child(helm, 'existingRelease'))) return;
    const chart = child(helm, 'chart');
    const set = SOURCES.filter((k) => isSet(child(chart, k)));
    if (set.length === 0) {
      ctx.report({ node: pairOf(helm, 'chart') ?? pairOf(ctx.spec, 'helm'), path: 'spec.helm.chart', messageId: 'noChartSource' });
    }
  },
};
