import { at, child, isMap, stringAt } from '../load/ynode.ts';
import type { YNode } from '../load/ynode.ts';

/**
 * The four shapes a separate resource definition has had (pkg/resources/helm.go and custom.go
 * across v0.1.0 – v0.1.20; docs/commands/migrate.md). Each names the
 * operator releases that read it; `matches` looks only at the shape.
 */
export type DefinitionDialectId = 'helm-flat' | 'helm-chart' | 'custom-plugin' | 'custom-image';

export interface DefinitionDialect {
  id: DefinitionDialectId;
  kind: 'Helm' | 'Custom';
  displayName: string;
  /** Inclusive range of operator releases that understand this shape. */
  firstRelease: string;
  lastRelease: string;
  schemaFile: string;
}

export const DIALECTS: Record<DefinitionDialectId, DefinitionDialect> = {
  'helm-flat': {
    id: 'helm-flat',
    kind: 'Helm',
    displayName: 'Helm, flat spec (namespace/repo/chartName/version)',
    firstRelease: '0.1.0',
    lastRelease: '0.1.11',
    schemaFile: 'definition-helm-flat.schema.json',
  },
  'helm-chart': {
    id: 'helm-chart',
    kind: 'Helm',
    displayName: 'Helm, chart object (spec.chart.repo|configMap|git)',
    firstRelease: '0.1.12',
    lastRelease: '0.1.20',
    schemaFile: 'definition-helm-chart.schema.json',
  },
  'custom-plugin': {
    id: 'custom-plugin',
    kind: 'Custom',
    displayName: 'Custom, Go plugin (spec.repo.file|configMap)',
    firstRelease: '0.1.0',
    lastRelease: '0.1.7',
    schemaFile: 'definition-custom-plugin.schema.json',
  },
  'custom-image': {
    id: 'custom-image',
    kind: 'Custom',
    displayName: 'Custom, container image (spec.image)',
    firstRelease: '0.1.8',
    lastRelease: '0.1.20',
    schemaFile: 'definition-custom-image.schema.json',
  },
};

/** Picks the dialect from the shape; a spec with neither marker gets the newest of its kind. */
export function detectDialect(kind: 'Helm' | 'Custom', root: YNode): DefinitionDialectId {
  const spec = child(root, 'spec');
  if (kind === 'Helm') {
    if (at(spec, 'chart') != null) return 'helm-chart';
    const flatMarkers = ['repo', 'chartName', 'version'];
    if (isMap(spec) && flatMarkers.some((k) => spec.index.has(k))) return 'helm-flat';
    return isMap(spec) && spec.index.size > 0 ? 'helm-flat' : 'helm-chart';
  }
  if (at(spec, 'repo') != null) return 'custom-plugin';
  return 'custom-image';
}

export function definitionKind(root: YNode): 'Helm' | 'Custom' | undefined {
  const k = stringAt(root, 'kind');
  return k === 'Helm' || k === 'Custom' ? k : undefined;
}
