/**
 * The effective config (what templates see as `.config`): the definition's config items judged,
 * the Module's spec.config and the overrides laid over it, and the result validated as the
 * operator does (GetValidatedConfig), with a finding per problem where the operator stops at the
 * first. Findings point at the input where it came from the Module, else at the judging item.
 */
import { decodeConfigItems, validateConfig } from '../config/index.ts';
import type { ConfigItem, ConfigPath, ValidateResult } from '../config/index.ts';
import { goFloatToInt, show } from '../config/go-format.ts';
import { pathText } from '../config/paths.ts';
import type { Located } from '../diagnostics/located.ts';
import { toGoValue } from '../load/convert.ts';
import type { YNode } from '../load/ynode.ts';
import { at, child, deepestNode, isMap, isScalar, isSeq } from '../load/ynode.ts';
import { cmp } from '../operator/acceptance.ts';
import type { GoMap, GoValue } from '../values/go-value.ts';
import { isGoMap } from '../values/go-value.ts';
import type { Collector, RenderMessageRef } from './collector.ts';
import { jsonRoundTrip } from './go-yaml.ts';
import { stripGeneral } from './renderer.ts';
import type { Doc } from './target.ts';
import type { ConfigOverride, Era } from './types.ts';
import { renderRules } from './types.ts';

export interface ConfigRequest {
  era: Era;
  /** The release rendered as (0.1.0 – 0.1.1 treat a Module without spec.config differently). */
  version: string;
  /** The definition, or the inline Module, whose `config:` lists the items. */
  definition: Doc;
  /** The Module whose spec.config is the input: none for a definition rendered without --module. */
  module: Doc | undefined;
  overrides: readonly ConfigOverride[];
}

/** The input before validation, and where each alias's value came from. */
interface ConfigInput {
  values: GoMap;
  /** 'module' for spec.config, else the override's source (`--set ...`, a values file). */
  sources: Map<string, string>;
  /** The Module's spec.config: null when written as null, undefined when absent. */
  node: YNode | null | undefined;
}

export function effectiveConfig(req: ConfigRequest, out: Collector): GoMap {
  const items = configItems(req.era, req.definition, out);
  const input = configInput(req.module, req.overrides, out);
  const validated = validateConfig(req.era, items, input.values);
  reportInput(req, items, input, validated, out);
  return nilConfig(req, input.node) ? new Map<string, GoValue>() : validated.effective;
}

/** The definition's items, with findings for the ones the operator cannot read or truncates. */
function configItems(era: Era, definition: Doc, out: Collector): ConfigItem[] {
  const decoded = decodeConfigItems(era, toGoValue(child(definition.root, 'config')) ?? undefined);
  for (const p of decoded.problems) {
    const node = deepestNode(definition.root, p.path);
    // The config decoder's own sentence for the problem (many codes, each worded there): the whole message.
    out.add(renderRules.configDefinition, definition.where, node, { messageId: 'unreadableItem', data: { problem: p.message } }, p.pathText);
  }
  for (const item of decoded.items) {
    for (const n of item.notes) {
      if (item.kind !== 'integer' || !/^(default|min|max): .* (is truncated|becomes)/.test(n.message)) continue;
      const node = deepestNode(definition.root, n.path);
      out.add(renderRules.configFloatDefault, definition.where, node, { messageId: 'fractionalInteger', data: { alias: item.alias, note: n.message } }, pathText(n.path));
    }
  }
  return decoded.items;
}

/** spec.config as the operator's json.Unmarshal gives it, then each override in order. */
function configInput(module: Doc | undefined, overrides: readonly ConfigOverride[], out: Collector): ConfigInput {
  const node = module ? at(module.root, 'spec', 'config') : undefined;
  const values: GoMap = new Map();
  const sources = new Map<string, string>();
  if (node != null) {
    const v = jsonRoundTrip(stripGeneral(toGoValue(node)));
    if (isGoMap(v)) {
      for (const [k, x] of v) {
        values.set(k, x);
        sources.set(k, 'module');
      }
    } else if (v !== null && module) out.add(renderRules.configViolation, module.where, node, { messageId: 'configNotMap', data: { value: show(v) } }, 'spec.config');
  }
  for (const o of overrides) {
    for (const [k, x] of o.values) {
      values.set(k, jsonRoundTrip(x));
      sources.set(k, o.source);
    }
  }
  return { values, sources, node };
}

/** Violations of the items' rules, and integer items given a fraction. */
function reportInput(req: ConfigRequest, items: readonly ConfigItem[], input: ConfigInput, validated: ValidateResult, out: Collector): void {
  const { era, definition, module } = req;
  const configNode = child(definition.root, 'config');
  const locateInput = (alias: string, path: ConfigPath): { where: Located; node: YNode | null | undefined } | undefined => {
    if (input.sources.get(alias) === 'module' && module) {
      const n = deepestNode(input.node ?? null, path) ?? pairKey(input.node, alias);
      return { where: module.where, node: n };
    }
    return undefined;
  };
  const itemNode = (index: number | undefined) => (index === undefined || !isSeq(configNode) ? configNode : configNode.items[index]);
  for (const v of validated.violations) {
    const loc = locateInput(v.alias, v.path);
    const from = input.sources.get(v.alias);
    const ref: RenderMessageRef<typeof renderRules.configViolation> =
      from && from !== 'module'
        ? { messageId: 'violationFrom', data: { violation: v.message, source: from, goError: v.goError } }
        : { messageId: 'violation', data: { violation: v.message, goError: v.goError } };
    if (loc) out.add(renderRules.configViolation, loc.where, loc.node, ref, `spec.config.${pathText(v.path)}`);
    else out.add(renderRules.configViolation, definition.where, itemNode(v.itemIndex) ?? definition.root, ref, `spec.config.${pathText(v.path)}`);
  }
  const byAlias = new Map<string, ConfigItem>();
  for (const item of items) byAlias.set(item.alias, item);
  for (const [alias, value] of input.values) {
    const item = byAlias.get(alias);
    if (item?.kind !== 'integer' || typeof value !== 'number' || Number.isInteger(value) || !Number.isFinite(value)) continue;
    const data = { alias, value: show(value), truncated: goFloatToInt(value) };
    const loc = locateInput(alias, [alias]);
    if (loc) out.add(renderRules.configTruncated, loc.where, loc.node, { messageId: era === 'legacy' ? 'truncatedForChecks' : 'truncatedInConfig', data }, `spec.config.${alias}`);
    else {
      // Not from the Module: an override, named by where it came from.
      const from = { ...data, source: String(input.sources.get(alias)) };
      out.add(
        renderRules.configTruncated,
        definition.where,
        itemNode(item.index),
        { messageId: era === 'legacy' ? 'truncatedForChecksFrom' : 'truncatedInConfigFrom', data: from },
        `spec.config.${alias}`,
      );
    }
  }
}

/**
 * The controller hands the validator its own map, which json.Unmarshal leaves nil for spec.config
 * null, and which 0.1.0 – 0.1.1 leave nil when the Module has no spec.config: the validator then
 * fills a map of its own, and templates see no keys at all.
 */
function nilConfig(req: ConfigRequest, specConfig: YNode | null | undefined): boolean {
  return req.era === 'legacy' && (isNullNode(specConfig) || (specConfig == null && req.overrides.length === 0 && cmp(req.version, '0.1.2') < 0));
}

function isNullNode(n: YNode | null | undefined): boolean {
  return n !== undefined && (n === null || (isScalar(n) && n.value === null && n.tag === undefined));
}

function pairKey(node: YNode | null | undefined, key: string): YNode | undefined {
  return isMap(node) ? node.index.get(key)?.key : undefined;
}
