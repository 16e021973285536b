import { at, child, isMap, isScalar, stringAt } from '../load/ynode.ts';
import type { YNode, YScalar } from '../load/ynode.ts';
import { definitionKind, detectDialect } from './dialects.ts';
import type { DefinitionDialectId } from './dialects.ts';

export const MODULE_API_GROUPS = ['batch.forkspacer.com/v1', 'batch.environment.sh/v1'] as const;
export const DEFINITION_CONFIGMAP_KEY = 'module.yaml';

export type Classification =
  | { kind: 'definition'; dialect: DefinitionDialectId; definitionKind: 'Helm' | 'Custom' }
  /** Looks like a definition (has `spec` and `metadata.supportedOperatorVersion`) but its kind is not Helm/Custom. */
  | { kind: 'definition-bad-kind'; kindNode: YNode | null | undefined }
  | { kind: 'module'; dialect: 'module-source' | 'module-inline' }
  | { kind: 'configmap'; embedded: YScalar; key: string }
  | { kind: 'skipped'; reason: string };

export function classify(root: YNode | null): Classification {
  if (root == null || (isScalar(root) && root.value === null && root.style === 'plain' && root.start === root.end)) {
    return { kind: 'skipped', reason: 'empty document' };
  }
  if (!isMap(root)) {
    return { kind: 'skipped', reason: root == null ? 'empty document' : `a ${root.kind === 'seq' ? 'list' : 'scalar'}, not a mapping` };
  }
  const apiVersion = stringAt(root, 'apiVersion');
  const kind = stringAt(root, 'kind');
  if (apiVersion !== undefined) {
    if (kind === 'Module' && (MODULE_API_GROUPS as readonly string[]).includes(apiVersion)) {
      const spec = child(root, 'spec');
      const inline = at(spec, 'helm') != null || at(spec, 'custom') != null || (child(root, 'config') != null && at(spec, 'source') == null);
      return { kind: 'module', dialect: inline ? 'module-inline' : 'module-source' };
    }
    if (kind === 'ConfigMap' && apiVersion === 'v1') {
      const embedded = at(root, 'data', DEFINITION_CONFIGMAP_KEY);
      if (isScalar(embedded) && typeof embedded.value === 'string') return { kind: 'configmap', embedded, key: DEFINITION_CONFIGMAP_KEY };
      return { kind: 'skipped', reason: `ConfigMap without data["${DEFINITION_CONFIGMAP_KEY}"]` };
    }
    if (kind !== 'Helm' && kind !== 'Custom') return { kind: 'skipped', reason: `${kind ?? 'no kind'} (${apiVersion})` };
  }
  const defKind = definitionKind(root);
  if (defKind) return { kind: 'definition', dialect: detectDialect(defKind, root), definitionKind: defKind };
  if (at(root, 'metadata', 'supportedOperatorVersion') != null && child(root, 'spec') != null) {
    return { kind: 'definition-bad-kind', kindNode: child(root, 'kind') };
  }
  return { kind: 'skipped', reason: kind ? `kind ${kind}` : 'no kind' };
}
