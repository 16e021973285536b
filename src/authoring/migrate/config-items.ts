/**
 * A 0.1.x definition's config items as 0.1.21+ Module config entries. Items no 0.1.21+ operator
 * can take the same way (unknown types, floats) are left out with a finding; multiple-options items
 * are carried but flagged, since 0.1.21 – 0.1.24 reject any input for them.
 */
import { deepestNode } from '../../load/ynode.ts';
import { decodeConfigItems } from '../../config/index.ts';
import type { TypedConfigItem } from '../../config/index.ts';
import { toGoValue } from '../../load/convert.ts';
import type { YNode } from '../../load/ynode.ts';
import { child, isScalar, isSeq } from '../../load/ynode.ts';
import type { GoMap, GoValue } from '../../values/go-value.ts';
import type { Add } from './common.ts';
import type { LocatedDefinition } from './locate.ts';
import { pathString } from './paths.ts';
import { migrateRules } from '../../rules/migrate-rules.ts';

const INLINE_KEY: Record<TypedConfigItem['kind'], string> = {
  string: 'string',
  integer: 'integer',
  boolean: 'boolean',
  option: 'option',
  'multiple-options': 'multipleOptions',
  float: 'float',
};

function inlineItem(item: TypedConfigItem): GoMap {
  const spec: GoMap = new Map();
  spec.set('required', item.required);
  const w = item.written;
  switch (item.kind) {
    case 'string':
      if (w.has('default')) spec.set('default', item.default);
      if (item.regex !== null) spec.set('regex', item.regex);
      break;
    case 'integer':
      if (w.has('default')) spec.set('default', item.default);
      if (item.min !== null) spec.set('min', item.min);
      if (item.max !== null) spec.set('max', item.max);
      break;
    case 'boolean':
      if (w.has('default')) spec.set('default', item.default);
      break;
    case 'option':
      if (w.has('default')) spec.set('default', item.default);
      spec.set('values', [...item.values]);
      break;
    case 'multiple-options':
      if (w.has('default')) spec.set('default', [...item.default]);
      spec.set('values', [...item.values]);
      if (item.min !== null) spec.set('min', item.min);
      if (item.max !== null) spec.set('max', item.max);
      break;
    case 'float':
      break;
  }
  // editable defaulted to false before 0.1.21 and defaults to true since: always written.
  spec.set('editable', item.editable);
  return new Map<string, GoValue>([
    ['name', item.name],
    ['alias', item.alias],
    [INLINE_KEY[item.kind], spec],
  ]);
}

export interface MigratedConfig {
  /** The Module's `config` entries. */
  items: GoMap[];
  /** The items carried over, as the old operator decoded them. */
  typedItems: TypedConfigItem[];
  /** Aliases of multiple-options items (their inputs cannot be carried). */
  multi: Set<string>;
  /** The definition's node for the item at an index (the config node when it is no sequence). */
  itemNode: (i: number) => YNode | null | undefined;
}

export function migrateConfigItems(def: LocatedDefinition, add: Add, notCarried: string[]): MigratedConfig {
  const configNode = child(def.root, 'config');
  const decoded = decodeConfigItems('legacy', toGoValue(configNode) ?? undefined, {
    scalarText: (p) => {
      const n = deepestNode(def.root, p);
      return isScalar(n) ? (n.text ?? def.where.text.slice(n.start, n.end)) : undefined;
    },
  });
  for (const p of decoded.problems) add(migrateRules.source, def.where, deepestNode(def.root, p.path), { messageId: 'configRejected', data: { problem: p.message } }, p.pathText);
  const itemNode = (i: number) => (isSeq(configNode) ? configNode.items[i] : configNode);
  const items: GoMap[] = [];
  const multi = new Set<string>();
  const typedItems: TypedConfigItem[] = [];
  for (const item of decoded.items) {
    const node = itemNode(item.index);
    if (item.kind === 'unknown') {
      add(
        migrateRules.unknownItem,
        def.where,
        child(node, 'type') ?? node,
        { messageId: 'unknownType', data: { alias: item.alias, type: JSON.stringify(item.typeName) } },
        `config[${item.index}]`,
      );
      notCarried.push(`config item "${item.alias}" (unknown type ${item.typeName})`);
      continue;
    }
    if (item.kind === 'float') {
      add(migrateRules.floatItem, def.where, child(node, 'type') ?? node, { messageId: 'floatNotCarried', data: { alias: item.alias } }, `config[${item.index}]`);
      notCarried.push(`config item "${item.alias}" (float)`);
      continue;
    }
    for (const n of item.notes)
      add(
        migrateRules.configCoerced,
        def.where,
        deepestNode(def.root, n.path),
        { messageId: 'readAsOperatorReadIt', data: { alias: item.alias, note: n.message } },
        pathString(n.path),
      );
    if (item.kind === 'multiple-options') {
      multi.add(item.alias);
      add(migrateRules.multipleOptions, def.where, child(node, 'type') ?? node, { messageId: 'inputsRejected', data: { alias: item.alias } }, `config[${item.index}]`);
    }
    items.push(inlineItem(item));
    typedItems.push(item);
  }
  return { items, typedItems, multi, itemNode };
}
