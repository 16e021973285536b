/**
 * What the 0.1.x Module that used the definition gives the new one: metadata, workspace,
 * hibernated and its config input. Without that Module, placeholders stand in and say so.
 */
import type { Located } from '../../diagnostics/located.ts';
import { toGoValue } from '../../load/convert.ts';
import type { YMap, YNode } from '../../load/ynode.ts';
import { at, child, isMap, isScalar, stringAt } from '../../load/ynode.ts';
import type { GoMap, GoValue } from '../../values/go-value.ts';
import { isGoMap } from '../../values/go-value.ts';
import type { Add } from './common.ts';
import type { MigratedConfig } from './config-items.ts';
import type { LocatedDefinition } from './locate.ts';
import { migrateRules } from '../../rules/migrate-rules.ts';
import { show } from './values.ts';

/** What a 0.1.x Module's metadata gives the new one: name (else `name`), namespace, labels, annotations. */
export function carriedMetadata(module: YMap | undefined, name: string): GoMap {
  const metadata: GoMap = new Map<string, GoValue>([
    ['name', stringAt(module, 'metadata', 'name') ?? name],
    ['namespace', stringAt(module, 'metadata', 'namespace') ?? 'default'],
  ]);
  for (const k of ['labels', 'annotations']) {
    const v = at(module, 'metadata', k);
    if (v != null) metadata.set(k, toGoValue(v));
  }
  return metadata;
}

/** spec.workspace (namespace written out: the CRD defaults it) and spec.hibernated of a 0.1.x Module. */
export function carriedPlacement(module: YMap | undefined): { workspace: GoMap; hibernated: boolean } {
  const ws = toGoValue(at(module, 'spec', 'workspace'));
  const workspace = isGoMap(ws)
    ? ws
    : new Map<string, GoValue>([
        ['name', 'default'],
        ['namespace', 'default'],
      ]);
  if (!workspace.has('namespace')) workspace.set('namespace', 'default');
  const h = at(module, 'spec', 'hibernated');
  return { workspace, hibernated: isScalar(h) && typeof h.value === 'boolean' ? h.value : false };
}

export interface CarriedOver {
  metadata: GoMap;
  /** The new Module's spec.config: the old input, less what cannot be carried, plus placeholders. */
  input: GoMap;
  /** The old Module's spec.config (placeholders are the inputs it does not hold). */
  inputNode: YNode | null | undefined;
  /** Inputs left out (multiple-options items): their differences are already findings. */
  droppedInputs: Set<string>;
  placement: { workspace: GoMap; hibernated: boolean };
}

export function carryOver(def: LocatedDefinition, mod: { root: YMap; where: Located } | undefined, config: MigratedConfig, add: Add, notCarried: string[]): CarriedOver {
  const { multi, typedItems, itemNode } = config;
  const droppedInputs = new Set<string>();
  const moduleName = stringAt(mod?.root, 'metadata', 'name') ?? stringAt(def.root, 'metadata', 'name') ?? 'module';
  const metadata = carriedMetadata(mod?.root, moduleName);
  const input: GoMap = new Map();
  const inputNode = at(mod?.root, 'spec', 'config');
  if (mod) {
    const v = toGoValue(inputNode);
    if (isGoMap(v)) {
      for (const [k, x] of v) {
        if (multi.has(k)) {
          add(
            migrateRules.multipleOptionsInput,
            mod.where,
            isMap(inputNode) ? inputNode.index.get(k)?.key : inputNode,
            { messageId: 'inputLeftOut', data: { alias: k } },
            `spec.config.${k}`,
          );
          notCarried.push(`spec.config.${k} (multiple-options input)`);
          droppedInputs.add(k);
          continue;
        }
        input.set(k, x);
      }
    }
    if (at(mod.root, 'spec', 'createNamespace') != null) {
      add(migrateRules.createNamespace, mod.where, at(mod.root, 'spec', 'createNamespace'), { messageId: 'noCounterpart' }, 'spec.createNamespace');
    }
  } else {
    add(migrateRules.noModule, def.where, child(def.root, 'metadata') ?? def.root, { messageId: 'placeholders', data: { name: moduleName } });
  }
  for (const item of typedItems) {
    if (!item.required || input.has(item.alias) || item.kind === 'multiple-options') continue;
    const placeholder = item.default;
    input.set(item.alias, placeholder);
    add(
      migrateRules.requiredPlaceholder,
      def.where,
      itemNode(item.index),
      { messageId: mod ? 'requiredNotInModule' : 'requiredWithoutModule', data: { alias: item.alias, placeholder: show(placeholder) } },
      `spec.config.${item.alias}`,
    );
  }
  const placement = carriedPlacement(mod?.root);
  return { metadata, input, inputNode, droppedInputs, placement };
}
