/** Hover text: config items (as `docs` renders them), `.config.<alias>`, supportedOperatorVersion, template functions. */
import { configTable } from '../authoring/docs/index.ts';
import { DIALECTS } from '../classify/dialects.ts';
import type { ConfigItem } from '../config/index.ts';
import { parseConstraint } from '../constraints/index.ts';
import { acceptedOperatorVersions } from '../operator/definition-acceptance.ts';
import { at, isMap, keyText, pairOf } from '../load/ynode.ts';
import { describeReleases } from '../operator/acceptance.ts';
import { acceptedReleases } from '../operator/releases.ts';
import { BUILTIN_SIGNATURES } from './go-signatures.ts';
import type { DefinitionView, DocumentModel, ModuleView } from './model.ts';
import { itemNode, viewAt } from './model.ts';
import { configRefs, functionUses } from './template-refs.ts';

export interface HoverText {
  markdown: string;
  /** File offsets of the hovered word. */
  start: number;
  end: number;
}

export function hoverAt(model: DocumentModel, offset: number): HoverText | undefined {
  const m = viewAt(model.modules, offset);
  if (m) return moduleConfigHover(m, offset);
  const v = viewAt(model.definitions, offset);
  if (!v) return undefined;
  for (const r of configRefs(v)) {
    if (offset < r.start || offset > r.end) continue;
    const item = itemByAlias(v, r.alias);
    return { start: r.start, end: r.end, markdown: item ? itemMarkdown(item) : `\`.config.${r.alias}\`: no config item has the alias "${r.alias}"` };
  }
  for (const f of functionUses(v)) {
    if (offset < f.start || offset > f.end) continue;
    const sig = BUILTIN_SIGNATURES[f.name];
    if (sig) return { start: f.start, end: f.end, markdown: `\`\`\`go\n${sig}\n\`\`\`\nGo text/template built-in \`${f.name}\`.` };
  }
  const inner = v.fromFile(offset);
  const sov = pairOf(pairOf(v.ctx.root, 'metadata')?.value, 'supportedOperatorVersion');
  if (sov && inner >= sov.key.start && inner <= (sov.value?.end ?? sov.key.end))
    return { start: v.toFile(sov.key.start), end: v.toFile(sov.value?.end ?? sov.key.end), markdown: constraintMarkdown(v) };
  for (const item of v.items) {
    const n = itemNode(v, item);
    if (n && inner >= n.start && inner <= n.end) return { start: v.toFile(n.start), end: v.toFile(n.end), markdown: itemMarkdown(item) };
  }
  return undefined;
}

/** A key of a Module's spec.config: the item of its definition that it sets. */
function moduleConfigHover(m: ModuleView, offset: number): HoverText | undefined {
  const config = at(m.root, 'spec', 'config');
  if (!isMap(config)) return undefined;
  for (const p of config.pairs) {
    if (offset < p.key.start || offset > p.key.end) continue;
    const alias = keyText(p);
    const item = [...m.items].reverse().find((i) => i.alias === alias);
    return item ? { start: p.key.start, end: p.key.end, markdown: itemMarkdown(item) } : undefined;
  }
  return undefined;
}

export function itemByAlias(v: DefinitionView, alias: string): ConfigItem | undefined {
  // The operator keeps the last item of a duplicated alias.
  return [...v.items].reverse().find((i) => i.alias === alias);
}

export function itemMarkdown(item: ConfigItem): string {
  return `**config[${item.index}]** \`${item.alias}\`${item.name ? ` (${item.name})` : ''}\n\n${configTable([item])}`;
}

function constraintMarkdown(v: DefinitionView): string {
  const text = v.ctx.stringOf(pairOf(v.ctx.metadata, 'supportedOperatorVersion')?.value) ?? '';
  const parsed = parseConstraint(text);
  if (!parsed.ok) return `\`supportedOperatorVersion: ${text}\`: ${parsed.error}`;
  const admitted = acceptedReleases(parsed.constraint);
  const dialect = DIALECTS[v.dialect];
  return [
    `\`supportedOperatorVersion: ${text}\` admits operator ${describeReleases(admitted)} (${admitted.length} release${admitted.length === 1 ? '' : 's'}).`,
    `This ${dialect.displayName} definition is read by ${dialect.firstRelease}–${dialect.lastRelease}; accepted by ${describeReleases(acceptedOperatorVersions(v.ctx))}.`,
  ].join('\n\n');
}
