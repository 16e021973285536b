import type { DefinitionContext } from '../context/definition-context.ts';
import { isMap, pairOf } from '../load/ynode.ts';
import type { YNode, YPair } from '../load/ynode.ts';
import type { Rule } from './types.ts';
import { andList, objectField, stringField, emptyTarget, isNullish } from './shared/helm-fields.ts';

const SOURCES = ['repo', 'configMap', 'git'] as const;

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
  const state = f.writtenEmpty ? 'is empty' : 'is missing';
  ctx.legacyReport(where, `${path}.${key} ${state}: ${why}; e.g. ${example}`, `${path}.${key}`);
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
  const need = 'operator 0.1.12+ needs exactly one chart source: spec.chart.repo, spec.chart.configMap or spec.chart.git';
  if (!chart.set) {
    const where = chart.pair ?? pairOf(ctx.root, 'spec');
    ctx.legacyReport(where, `spec.chart is ${chart.pair ? 'empty' : 'missing'}: ${need}`, 'spec.chart');
    return;
  }
  if (!isMap(chart.node)) return; // a scalar or list here is the structure rule's finding
  const given = SOURCES.map((k) => ({ key: k, f: objectField(chart.node, k) }));
  const set = given.filter((g) => g.f.set);
  if (set.length === 0) {
    const nulls = given.filter((g) => g.f.writtenEmpty).map((g) => `spec.chart.${g.key}`);
    const detail = nulls.length ? ` (${andList(nulls)} ${nulls.length > 1 ? 'are' : 'is'} empty)` : '';
    ctx.legacyReport(chart.pair, `spec.chart has no chart source${detail}: the ${need}`, 'spec.chart');
    return;
  }
  if (set.length > 1) {
    const names = set.map((g) => `spec.chart.${g.key}`);
    ctx.legacyReport(set[1].f.pair, `${andList(names)} are ${names.length === 2 ? 'both' : 'all'} set: the ${need}; keep one and remove the others`, `spec.chart.${set[1].key}`);
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
