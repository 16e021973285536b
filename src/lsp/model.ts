/**
 * What the editor features need to know about a buffer, read with the linter's own engines:
 * each definition (plain, or in a ConfigMap's data["module.yaml"]) with its config items and
 * templates, each Module, and offsets mapped between the definition's text and the file.
 */
import { classify } from '../classify/classify.ts';
import type { DefinitionDialectId } from '../classify/dialects.ts';
import { decodeConfigItems } from '../config/index.ts';
import type { ConfigItem } from '../config/index.ts';
import { DefinitionContext } from '../context/definition-context.ts';
import { toGoValue } from '../load/convert.ts';
import { scalarOffsetMap } from '../load/offsets.ts';
import { parseYamlStream } from '../load/parse-stream.ts';
import type { YMap, YNode } from '../load/ynode.ts';
import { at, child, isMap, isScalar, isSeq, stringAt } from '../load/ynode.ts';
import { typedItems } from '../rules/shared/config-items.ts';
import { specTemplates } from '../rules/shared/templates.ts';
import type { SpecTemplate } from '../rules/shared/templates.ts';

export interface DefinitionView {
  ctx: DefinitionContext;
  dialect: DefinitionDialectId;
  /** Held in a ConfigMap's data["module.yaml"] (offsets are mapped). */
  embedded: boolean;
  items: readonly ConfigItem[];
  templates: readonly SpecTemplate[];
  /** File offsets the view covers. */
  start: number;
  end: number;
  /** Offset in the definition's text → offset in the file. */
  toFile(offset: number): number;
  /** Offset in the file → offset in the definition's text (inside the view). */
  fromFile(offset: number): number;
}

export interface ModuleView {
  root: YMap;
  start: number;
  end: number;
  /** The config items of the definition it names, when that is in the same file or inline. */
  items: readonly ConfigItem[];
}

export interface DocumentModel {
  definitions: DefinitionView[];
  modules: ModuleView[];
  /** Whether each YAML document parsed (features fall back to the last good model when not). */
  complete: boolean;
}

export function analyse(text: string): DocumentModel {
  const model: DocumentModel = { definitions: [], modules: [], complete: true };
  const configMaps = new Map<string, ConfigItem[]>();
  const modules: YMap[] = [];
  for (const doc of parseYamlStream(text)) {
    if (doc.errors.length) {
      model.complete = false;
      continue;
    }
    const root = doc.root;
    const c = classify(root);
    if (c.kind === 'definition' && isMap(root)) {
      model.definitions.push(
        view(
          new DefinitionContext(root, c.definitionKind, c.dialect, text, {}),
          c.dialect,
          root.start,
          root.end,
          (o) => o,
          (o) => o,
        ),
      );
    } else if (c.kind === 'configmap') {
      const inner = String(c.embedded.value);
      const first = parseYamlStream(inner)[0];
      if (!first || first.errors.length || !isMap(first.root)) continue;
      const ic = classify(first.root);
      if (ic.kind !== 'definition') continue;
      const toFile = scalarOffsetMap(text, c.embedded, inner);
      const v = view(
        new DefinitionContext(first.root, ic.definitionKind, ic.dialect, inner, {}),
        ic.dialect,
        c.embedded.start,
        c.embedded.end,
        toFile,
        inverse(toFile, inner.length),
        true,
      );
      model.definitions.push(v);
      const name = stringAt(root, 'metadata', 'name');
      if (name) configMaps.set(name, [...v.items]);
    } else if (c.kind === 'module' && isMap(root)) {
      modules.push(root);
    }
  }
  for (const root of modules) model.modules.push({ root, start: root.start, end: root.end, items: moduleItems(root, configMaps) });
  return model;
}

function view(
  ctx: DefinitionContext,
  dialect: DefinitionDialectId,
  start: number,
  end: number,
  toFile: (o: number) => number,
  fromFile: (o: number) => number,
  embedded = false,
): DefinitionView {
  return { ctx, dialect, embedded, items: typedItems(ctx), templates: specTemplates(ctx), start, end, toFile, fromFile };
}

/** The largest inner offset that maps at or before the file offset (the map is monotonic). */
function inverse(toFile: (o: number) => number, length: number): (o: number) => number {
  return (fileOffset) => {
    let lo = 0;
    let hi = length;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (toFile(mid) <= fileOffset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
}

/** A Module's definition items: spec.source.raw, or a ConfigMap of the same file it names. */
function moduleItems(root: YMap, configMaps: ReadonlyMap<string, ConfigItem[]>): ConfigItem[] {
  const source = at(root, 'spec', 'source');
  const raw = child(source, 'raw');
  if (isMap(raw)) return decodeConfigItems('legacy', toGoValue(child(raw, 'config')) ?? undefined).items;
  const cm = child(source, 'configMap');
  const name = stringAt(cm, 'name');
  if (name && configMaps.has(name)) return configMaps.get(name) ?? [];
  const inline = at(root, 'spec', 'config');
  // 0.1.21+: the Module declares its config items inline (spec.config is a list of items).
  if (isSeq(inline)) return decodeConfigItems('inline', toGoValue(inline) ?? undefined).items;
  return [];
}

/** The config item's own mapping in the definition's text. */
export function itemNode(v: DefinitionView, item: ConfigItem): YNode | null | undefined {
  const list = child(v.ctx.root, 'config');
  return isSeq(list) ? list.items[item.index] : undefined;
}

/** The alias value node of a config item (where "go to definition" lands). */
export function aliasNode(v: DefinitionView, item: ConfigItem): YNode | null | undefined {
  const n = child(itemNode(v, item), 'alias');
  return isScalar(n) ? n : itemNode(v, item);
}

export function viewAt<T extends { start: number; end: number }>(views: readonly T[], offset: number): T | undefined {
  return views.find((v) => offset >= v.start && offset <= v.end);
}
