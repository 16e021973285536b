import { decodeConfigItems, pathText } from '../../config/index.ts';
import type { ConfigItem, ConfigPath, DecodeResult, TypedConfigItem } from '../../config/index.ts';
import { locate } from '../../diagnostics/locate.ts';
import type { DefinitionContext, Spanned } from '../../context/definition-context.ts';
import type { ReportDescriptor } from '../../context/rule-context.ts';
import { toGoValue } from '../../load/convert.ts';
import { child, isScalar, type YPair } from '../../load/ynode.ts';

/**
 * The definition's `config:` items decoded once per document by the config engine, as operator
 * 0.1.0 – 0.1.20 decodes them (every definition dialect belongs to that era). All config-* rules
 * share this result.
 */
export function configItems(ctx: DefinitionContext): DecodeResult {
  return ctx.memo('configItems', () => {
    // Only `config` is decoded: converting the whole document (ctx.value) costs more than the decode.
    const node = child(ctx.root, 'config');
    const raw = node === undefined ? undefined : toGoValue(node);
    return decodeConfigItems('legacy', raw, {
      scalarText: (path) => {
        const found = locate(ctx.root, path);
        return found.depth === path.length ? ctx.stringOf(found.node) : undefined;
      },
    });
  });
}

/** The items of a known type, shared (read-only) by the config rules. */
export function typedItems(ctx: DefinitionContext): readonly TypedConfigItem[] {
  return ctx.memo('typedItems', () => configItems(ctx).items.filter((i): i is TypedConfigItem => i.kind !== 'unknown'));
}

/** Whether the engine found a decode problem exactly at `path` (the value there is not used as written). */
export function hasProblemAt(ctx: DefinitionContext, path: ConfigPath): boolean {
  const problems = configItems(ctx).problems;
  if (problems.length === 0) return false;
  const text = pathText(path);
  return problems.some((p) => p.pathText === text);
}

/** Whether every step of `path` exists in the document. */
export function exists(ctx: DefinitionContext, path: ConfigPath): boolean {
  return locate(ctx.root, path).depth === path.length;
}

/**
 * Where to report something about `path`: a scalar value, or the key when the value is empty or a
 * list or map (a block list starts on the next line), or, when the path does not exist, the
 * closest node that does (the item, or its spec).
 */
export function valueTarget(ctx: DefinitionContext, path: ConfigPath): Spanned | YPair | undefined {
  const found = locate(ctx.root, path);
  if (found.pair && found.depth === path.length && !isScalar(found.node)) return found.pair;
  return found.node ?? found.pair;
}

/** Like valueTarget, but at the key when the path ends in a map key that exists. */
export function keyTarget(ctx: DefinitionContext, path: ConfigPath): Spanned | YPair | undefined {
  const found = locate(ctx.root, path);
  if (found.depth === path.length && found.pair) return found.pair;
  return found.node ?? found.pair;
}

/** ctx.report for a config path: findings name it as text (`config[2].spec.min`), as the engine does. */
export function reportAt(ctx: DefinitionContext, path: ConfigPath, descriptor: Omit<ReportDescriptor, 'path'>): void {
  ctx.report({ ...descriptor, path: pathText(path) });
}

/** `config[2] ("replicas")`: an item as messages name it, by alias (or name when it has none). */
export function itemRef(item: ConfigItem): string {
  if (item.alias !== '') return `config[${item.index}] ("${item.alias}")`;
  if (item.name !== '') return `config[${item.index}] (named "${item.name}")`;
  return `config[${item.index}]`;
}

/** `"replicas"`, or `it` for an item without an alias, in "a Module that leaves ... out". */
export function quotedAlias(item: ConfigItem): string {
  return item.alias !== '' ? `"${item.alias}"` : 'it';
}

/** A value as YAML flow text in a suggestion: `1`, `"1Gi"`, `[a, b]`. */
export function yamlText(v: unknown): string {
  if (typeof v === 'string') return /^[A-Za-z_][A-Za-z0-9_./-]*$/.test(v) && !/^(true|false|null|yes|no|on|off|y|n|~)$/i.test(v) ? v : JSON.stringify(v);
  if (Array.isArray(v)) return `[${v.map(yamlText).join(', ')}]`;
  return String(v);
}
