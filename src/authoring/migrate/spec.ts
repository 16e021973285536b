/**
 * The new Module's spec: `spec.helm` mapped from a Helm definition's spec, `spec.custom` from a
 * Custom one (a Go plugin has no counterpart: its image is left empty, with a finding), then the
 * carried-over workspace, hibernated and config input.
 */
import { deepestNode } from '../../load/ynode.ts';
import { plain } from './values.ts';
import { toGoValue } from '../../load/convert.ts';
import type { YNode } from '../../load/ynode.ts';
import { at, child, isScalar, isSeq, keyText, stringAt } from '../../load/ynode.ts';
import { cmp } from '../../operator/acceptance.ts';
import type { GoMap, GoValue } from '../../values/go-value.ts';
import { isGoMap } from '../../values/go-value.ts';
import type { CarriedOver } from './carry-over.ts';
import type { Add } from './common.ts';
import { mapHelmSpec } from './helm.ts';
import type { Seg } from './helm.ts';
import type { LocatedDefinition } from './locate.ts';
import { pathString } from './paths.ts';
import { migrateRules } from '../../rules/migrate-rules.ts';

/**
 * A spec as the operator's typed struct sees what is written: non-string scalars in string fields
 * hold their source text. Booleans and nulls stay; `raw` and an output's `value` keep their types.
 */
function textual(node: YNode | null | undefined, text: string, typedUnder: (path: Seg[]) => boolean, path: Seg[] = []): GoValue {
  if (node == null) return null;
  if (typedUnder(path)) return toGoValue(node);
  if (isScalar(node)) {
    const v = node.value;
    if (v === null || typeof v === 'boolean' || typeof v === 'string') return v;
    return node.text ?? text.slice(node.start, node.end);
  }
  if (isSeq(node)) return node.items.map((n, i) => textual(n, text, typedUnder, [...path, i]));
  const m: GoMap = new Map();
  for (const p of node.pairs) {
    const k = keyText(p);
    if (k !== undefined) m.set(k, textual(p.value, text, typedUnder, [...path, k]));
  }
  return m;
}

const helmTyped = (path: Seg[]) => (path.length === 3 && path[0] === 'values' && path[2] === 'raw') || (path.length === 3 && path[0] === 'outputs' && path[2] === 'value');

export type HelmDialect = 'helm-flat' | 'helm-chart';

export function migrateSpec(def: LocatedDefinition, target: string, carried: CarriedOver, add: Add, notCarried: string[]): { spec: GoMap; helmDialect: HelmDialect | undefined } {
  const { metadata, placement, input } = carried;
  const specNode = child(def.root, 'spec');
  const spec: GoMap = new Map();
  const helmDialect = def.dialect === 'helm-flat' || def.dialect === 'helm-chart' ? def.dialect : undefined;
  if (helmDialect) {
    const written = textual(specNode, def.where.text, helmTyped);
    const mapped = mapHelmSpec(written, helmDialect);
    for (const issue of mapped.issues) {
      add(migrateRules[issue.kind], def.where, deepestNode(specNode, issue.oldPath), issue.message, pathString(['spec', ...issue.oldPath]));
      if (issue.kind === 'outputConfigMap') notCarried.push(pathString(['spec', ...issue.oldPath]));
    }
    // The old operator named the release <namespace>-<name>; 0.1.24 names an unnamed one at random,
    // so the migrated Module names it, and upgrades the release it already has.
    if (cmp(target, '0.1.24') >= 0 && !mapped.helm.has('releaseName')) mapped.helm.set('releaseName', `${plain(metadata.get('namespace'))}-${plain(metadata.get('name'))}`);
    spec.set('helm', mapped.helm);
  } else if (def.dialect === 'custom-image') {
    const written = textual(specNode, def.where.text, () => false);
    const custom: GoMap = new Map();
    for (const k of ['image', 'imagePullSecrets', 'permissions']) {
      const v = isGoMap(written) ? written.get(k) : undefined;
      if (v !== undefined && v !== null) custom.set(k, v);
    }
    if (!custom.has('image')) custom.set('image', '');
    spec.set('custom', custom);
  } else {
    const file = stringAt(specNode, 'repo', 'file');
    const cm = at(specNode, 'repo', 'configMap');
    const what = file ? `the plugin at ${file}` : cm ? 'the plugin in a ConfigMap (key plugin)' : 'the plugin';
    add(
      migrateRules.pluginCustom,
      def.where,
      child(specNode, 'repo') ?? specNode ?? def.root,
      file ? { messageId: 'pluginFile', data: { file } } : { messageId: cm ? 'pluginConfigMap' : 'pluginUnlocated' },
      'spec.repo',
    );
    notCarried.push(`spec.repo (${what}): spec.custom.image is empty`);
    spec.set('custom', new Map([['image', '']]));
  }
  spec.set('workspace', placement.workspace);
  spec.set('hibernated', placement.hibernated);
  if (input.size) spec.set('config', input);
  return { spec, helmDialect };
}
