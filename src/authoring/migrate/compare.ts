/**
 * Behaviour is checked, not assumed: the old definition is rendered as the old operator renders it
 * and the new Module as the target release renders it, with the same config input, and the effective
 * configs and specs are compared. Every difference becomes a finding on the old source.
 */
import { deepestNode } from '../../load/ynode.ts';
import type { TypedConfigItem } from '../../config/index.ts';
import type { Finding } from '../../diagnostics/finding.ts';
import type { Located } from '../../diagnostics/located.ts';
import { toGoValue } from '../../load/convert.ts';
import type { YMap, YNode } from '../../load/ynode.ts';
import { at, child, isMap, isScalar, isSeq } from '../../load/ynode.ts';
import { ruleMessage } from '../../diagnostics/rule-message.ts';
import { RenderInputError, render } from '../../render/index.ts';
import type { RenderResult, SourceText } from '../../render/index.ts';
import type { GoValue } from '../../values/go-value.ts';
import { isGoMap } from '../../values/go-value.ts';
import type { CarriedOver } from './carry-over.ts';
import { MigrateInputError } from './common.ts';
import type { Add, MigrateRuleMessage, Raw } from './common.ts';
import { mapHelmSpec, oldPathOf } from './helm.ts';
import type { Seg } from './helm.ts';
import type { LocatedDefinition } from './locate.ts';
import { parsePath, pathString } from './paths.ts';
import { migrateRules } from '../../rules/migrate-rules.ts';
import type { HelmDialect } from './spec.ts';
import { equivalent, show } from './values.ts';

export interface Comparison {
  def: LocatedDefinition;
  mod: { root: YMap; where: Located } | undefined;
  /** What the renderer reads as the old definition and Module. */
  defSource: SourceText;
  modSource: SourceText | undefined;
  /** The migrated Module's YAML. */
  body: string;
  sourceVersion: string | undefined;
  target: string;
  carried: CarriedOver;
  typedItems: TypedConfigItem[];
  helmDialect: HelmDialect | undefined;
}

export function compareBehaviour(c: Comparison, raw: Raw[], add: Add): { oldRender: RenderResult; newRender: RenderResult } {
  const { def, mod, defSource, modSource, body, sourceVersion, target, typedItems, helmDialect } = c;
  const { input, inputNode, droppedInputs } = c.carried;
  const moduleSource = { file: '<migrated>', text: body };
  let oldRender: RenderResult | undefined;
  const overrides = [...input].filter(([k]) => !mod || !isMap(inputNode) || !inputNode.index.has(k)).map(([k, v]) => ({ source: `placeholder ${k}`, values: new Map([[k, v]]) }));
  try {
    oldRender = render(defSource, { module: modSource, overrides, operatorVersion: sourceVersion });
  } catch (e) {
    if (!(e instanceof RenderInputError)) throw e;
    throw new MigrateInputError(e.message);
  }
  const newRender = render(moduleSource, { operatorVersion: target });
  // A placeholder that breaks an item's rules (a required string with a regex) is the user's to
  // replace: its violations are not the definition's fault, in either rendering.
  const placeholders = new Set(overrides.map((o) => [...o.values.keys()][0]));
  const fromPlaceholder = (f: Finding) => f.ruleId === 'config-violation' && placeholders.has(String(parsePath(f.path ?? '')[2] ?? ''));
  let oldErrors = 0;
  for (const f of oldRender.findings) {
    if (f.severity !== 'error') continue;
    const placeholder = fromPlaceholder(f);
    if (!placeholder) oldErrors++;
    // The renderer's finding, reported again as migrate's: its text inside migrate's words.
    const reported: MigrateRuleMessage = placeholder
      ? {
          rule: migrateRules.requiredPlaceholder,
          message: { messageId: 'placeholderBreaksRules', data: { alias: String(parsePath(f.path ?? '')[2]), message: f.message.replace(/ \(from placeholder [^)]*\)/, '') } },
        }
      : { rule: migrateRules.source, message: { messageId: 'oldRenderFinding', data: { message: f.message, renderRule: f.ruleId } } };
    const { rule } = reported;
    const message = ruleMessage(rule, reported.message);
    const onDef = f.file === defSource.file;
    if (onDef && def.holder) {
      // The renderer read the dedented definition: its offsets are def.where's, which maps them into the file.
      const o = f.offsets?.start ?? 0;
      raw.push({ rule, where: def.where, start: o, end: o, message, path: f.path });
      continue;
    }
    raw.push({ rule, where: onDef ? def.where : mod!.where, start: 0, end: 0, message, path: f.path });
    // Keep the renderer's own position.
    raw[raw.length - 1].position = f.range;
  }
  if (oldErrors === 0) compareRenders(oldRender, newRender, def, mod, helmDialect, typedItems, add, fromPlaceholder, droppedInputs);
  return { oldRender, newRender };
}

interface Difference {
  path: Seg[];
  old: GoValue | undefined;
  now: GoValue | undefined;
}

/**
 * Differences between the old rendering (mapped to the new shape) and the new one. Typed-struct
 * fields the old side does not set may hold CRD defaults on the new side; free-form values
 * (`raw`, an output's `value`) must match exactly.
 */
function diff(old: GoValue | undefined, now: GoValue | undefined, path: Seg[], exact: boolean, out: Difference[]): void {
  const free = exact || path[path.length - 1] === 'raw' || (path[path.length - 1] === 'value' && path[path.length - 3] === 'outputs');
  if (old === undefined) {
    if (free && now !== undefined) out.push({ path, old, now });
    return;
  }
  if (isGoMap(old) && now !== undefined && now !== null && isGoMap(now)) {
    for (const [k, x] of old) diff(x, now.get(k), [...path, k], free, out);
    if (free) for (const [k, x] of now) if (!old.has(k)) out.push({ path: [...path, k], old: undefined, now: x });
    return;
  }
  if (Array.isArray(old) && Array.isArray(now) && old.length === now.length) {
    old.forEach((x, i) => diff(x, now[i], [...path, i], free, out));
    return;
  }
  if (!equivalent(old, now)) out.push({ path, old, now });
}

function compareRenders(
  oldR: RenderResult,
  newR: RenderResult,
  def: { root: YMap; where: Located },
  mod: { root: YMap; where: Located } | undefined,
  helmDialect: HelmDialect | undefined,
  items: TypedConfigItem[],
  add: Add,
  ignore: (f: Finding) => boolean,
  droppedInputs: ReadonlySet<string>,
): void {
  const specNode = child(def.root, 'spec');
  // Errors of the new rendering, put on the old source by path.
  let newErrors = 0;
  for (const f of newR.findings) {
    if (f.severity !== 'error' || ignore(f)) continue;
    newErrors++;
    const p = parsePath(f.path ?? '');
    const oldPath = p[0] === 'spec' && p[1] === 'helm' && helmDialect ? oldPathOf(helmDialect, p.slice(2)) : p[0] === 'spec' && p[1] === 'custom' ? p.slice(2) : undefined;
    const node = oldPath ? deepestNode(specNode, oldPath) : def.root;
    add(
      migrateRules.renderError,
      def.where,
      node,
      { messageId: 'newRenderFails', data: { renderRule: f.ruleId, message: f.message.replace(/<migrated>/g, 'the migrated Module') } },
      oldPath ? pathString(['spec', ...oldPath]) : f.path,
    );
  }
  if (newErrors) return;
  // Effective config.
  const aliases = new Set([...oldR.effectiveConfig.keys(), ...newR.effectiveConfig.keys()]);
  const differing = new Set<string>();
  const inputNode = at(mod?.root, 'spec', 'config');
  for (const alias of aliases) {
    const o = oldR.effectiveConfig.get(alias);
    const n = newR.effectiveConfig.get(alias);
    if (equivalent(o, n)) continue;
    const item = items.find((i) => i.alias === alias);
    if (!item && n === undefined) continue; // an unknown key the old operator kept (and rejected)
    differing.add(alias);
    if (droppedInputs.has(alias)) continue; // reported as migrate-multiple-options-input
    const inMod = mod && isMap(inputNode) ? inputNode.index.get(alias)?.value : undefined;
    const truncated = item?.kind === 'integer' && typeof o === 'number';
    const where = inMod && mod ? mod.where : def.where;
    const node = inMod ?? (item && isSeq(child(def.root, 'config')) ? (child(def.root, 'config') as { items: (YNode | null)[] }).items[item.index] : def.root);
    add(
      migrateRules.configDiffers,
      where,
      node,
      { messageId: truncated ? 'integerTruncated' : 'valueDiffers', data: { alias, old: show(o), now: show(n) } },
      `spec.config.${alias}`,
    );
  }
  // Specs.
  const diffs: Difference[] = [];
  if (helmDialect && oldR.spec !== undefined && newR.spec !== undefined) {
    const oldMapped = mapHelmSpec(oldR.spec, helmDialect).helm;
    diff(oldMapped, newR.spec, [], false, diffs);
  } else if (oldR.kind === 'Custom' && newR.spec !== undefined && isGoMap(newR.spec)) {
    const written = toGoValue(specNode);
    for (const k of ['image', 'imagePullSecrets', 'permissions']) {
      const o = isGoMap(written) ? written.get(k) : undefined;
      if (o === undefined || o === null) continue;
      diff(o, newR.spec.get(k), [k], true, diffs);
    }
  }
  for (const d of diffs) {
    const oldPath = helmDialect ? oldPathOf(helmDialect, d.path) : d.path;
    const node = deepestNode(specNode, oldPath);
    const src = isScalar(node) && typeof node.value === 'string' ? node.value : undefined;
    const templated = src !== undefined && src.includes('{{') && src.includes('}}');
    // A template reading a config value that already differs: that difference is the finding.
    if (templated && [...differing].some((a) => new RegExp(`\\.config\\.${a.replace(/[^\w]/g, '\\$&')}\\b`).test(src))) continue;
    const newPath = pathString(['spec', helmDialect ? 'helm' : 'custom', ...d.path]);
    if (templated && helmDialect) {
      add(migrateRules.reparse, def.where, node, { messageId: 'yamlVersusJson', data: { field: newPath, old: show(d.old), now: show(d.now) } }, pathString(['spec', ...oldPath]));
    } else if (templated) {
      add(
        migrateRules.renderDiffers,
        def.where,
        node,
        { messageId: 'customSpecRendered', data: { field: newPath, old: show(d.old), now: show(d.now) } },
        pathString(['spec', ...oldPath]),
      );
    } else {
      add(
        migrateRules.renderDiffers,
        def.where,
        node,
        { messageId: 'fieldDiffers', data: { field: newPath, old: show(d.old), now: show(d.now) } },
        pathString(['spec', ...oldPath]),
      );
    }
  }
}
