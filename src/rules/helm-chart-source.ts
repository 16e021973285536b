import type { DefinitionContext } from '../context/definition-context.ts';
import { isMap, pairOf } from '../load/ynode.ts';
import type { YNode, YPair } from '../load/ynode.ts';
import type { Rule } from './types.ts';
import { andList, objectField, stringField, emptyTarget, isNullish } from './shared/helm-fields.ts';

const SOURCES = ['repo', 'configMap', 'git'] as const;

const NEED = 'operator 0.1.12+ needs exactly one chart source: spec.chart.repo, spec.chart.configMap or spec.chart.git';

const EXAMPLES: Record<string, string> = {
  url: 'url: https://charts.bitnami.com/bitnami',
  chartName: 'chartName: redis',
  version: 'version: 21.2.9',
  repo: 'repo: https://charts.bitnami.com/bitnami',
  name: 'name: redis-chart',
  gitRepo: 'repo: https://github.com/org/charts.git',
};

export const rule: Rule = {
  meta: {
    id: 'helm-chart-source',
    severity: 'error',
    documents: 'definition',
    description:
      'The chart is fully named: flat specs set repo, chartName and version; chart specs set exactly one of chart.repo (url, chartName), chart.configMap (name) or chart.git (repo).',
    dialects: ['helm-flat', 'helm-chart'],
    messages: {
      fieldMissing: '{{field}} is missing: {{why}}; e.g. {{example}}',
      fieldEmpty: '{{field}} is empty: {{why}}; e.g. {{example}}',
      chartMissing: `spec.chart is missing: ${NEED}`,
      chartEmpty: `spec.chart is empty: ${NEED}`,
      noChartSource: `spec.chart has no chart source: the ${NEED}`,
      noChartSourceOneEmpty: `spec.chart has no chart source ({{source}} is empty): the ${NEED}`,
      noChartSourceSeveralEmpty: `spec.chart has no chart source ({{sources}} are empty): the ${NEED}`,
      twoChartSources: `{{sources}} are both set: the ${NEED}; keep one and remove the others`,
      threeChartSources: `{{sources}} are all set: the ${NEED}; keep one and remove the others`,
    },
  },
  check(ctx) {
    if (ctx.dialectId === 'helm-flat') checkFlat(ctx);
    else checkChart(ctx);
  },
};

/** A required string field: missing (reported at the parent key) or written empty (at the field). */
function requireString(ctx: DefinitionContext, map: YNode | null | undefined, key: string, path: string, parentAnchor: YPair | undefined, why: string, example: string): void {
  const f = stringField(ctx, map, key);
  if (f.set) return;
  const where = f.writtenEmpty ? emptyTarget(f) : (parentAnchor ?? map);
  const field = `${path}.${key}`;
  ctx.report({ node: where, path: field, messageId: f.writtenEmpty ? 'fieldEmpty' : 'fieldMissing', data: { field, why, example } });
}

function checkFlat(ctx: DefinitionContext): void {
  const spec = ctx.spec;
  if (!isMap(spec)) return;
  const anchor = pairOf(ctx.root, 'spec');
  requireString(ctx, spec, 'repo', 'spec', anchor, 'the flat Helm spec needs the chart repository URL', EXAMPLES.repo);
  requireString(ctx, spec, 'chartName', 'spec', anchor, 'helm cannot install without the chart name', EXAMPLES.chartName);
  requireString(ctx, spec, 'version', 'spec', anchor, 'the flat Helm spec needs the chart version to install', EXAMPLES.version);
}

function checkChart(ctx: DefinitionContext): void {
  const spec = ctx.spec;
  // No spec key at all, or a scalar/list spec, is the structure rule's finding.
  if (!pairOf(ctx.root, 'spec') || (!isNullish(spec) && !isMap(spec))) return;
  const chart = objectField(spec, 'chart');
  if (!chart.set) {
    const where = chart.pair ?? pairOf(ctx.root, 'spec');
    ctx.report({ node: where, path: 'spec.chart', messageId: chart.pair ? 'chartEmpty' : 'chartMissing' });
    return;
  }
  if (!isMap(chart.node)) return; // a scalar or list here is the structure rule's finding
  const given = SOURCES.map((k) => ({ key: k, f: objectField(chart.node, k) }));
  const set = given.filter((g) => g.f.set);
  if (set.length === 0) {
    const nulls = given.filter((g) => g.f.writtenEmpty).map((g) => `spec.chart.${g.key}`);
    const where = { node: chart.pair, path: 'spec.chart' };
    if (nulls.length === 0) ctx.report({ ...where, messageId: 'noChartSource' });
    else if (nulls.length === 1) ctx.report({ ...where, messageId: 'noChartSourceOneEmpty', data: { source: nulls[0] } });
    else ctx.report({ ...where, messageId: 'noChartSourceSeveralEmpty', data: { sources: andList(nulls) } });
    return;
  }
  if (set.length > 1) {
    const names = set.map((g) => `spec.chart.${g.key}`);
    ctx.report({
      node: set[1].f.pair,
      path: `spec.chart.${set[1].key}`,
      messageId: names.length === 2 ? 'twoChartSources' : 'threeChartSources',
      data: { sources: andList(names) },
    });
  }
  for (const { key, f } of set) {
    if (!isMap(f.node)) continue;
    const path = `spec.chart.${key}`;
    if (key === 'repo') {
      requireString(ctx, f.node, 'url', path, f.pair, 'give the chart repository URL', EXAMPLES.url);
      requireString(ctx, f.node, 'chartName', path, f.pair, 'operator 0.1.12+ rejects a repository chart source without a chart name', EXAMPLES.chartName);
    } else if (key === 'configMap') {
      requireString(ctx, f.node, 'name', path, f.pair, 'name the ConfigMap that holds the packaged chart', EXAMPLES.name);
    } else {
      requireString(ctx, f.node, 'repo', path, f.pair, 'give the git repository that holds the chart', EXAMPLES.gitRepo);
    }
  }
}
