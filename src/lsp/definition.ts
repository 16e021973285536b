/** Go to definition (`.config.<alias>` to its config item) and find references (the other way). */
import type { DefinitionView, DocumentModel } from './model.ts';
import { aliasNode, itemNode, viewAt } from './model.ts';
import { itemByAlias } from './hover.ts';
import { configRefs } from './template-refs.ts';

export interface Span {
  start: number;
  end: number;
}

export function definitionAt(model: DocumentModel, offset: number): Span | undefined {
  const v = viewAt(model.definitions, offset);
  if (!v) return undefined;
  const ref = configRefs(v).find((r) => offset >= r.start && offset <= r.end);
  const item = ref && itemByAlias(v, ref.alias);
  const node = item && aliasNode(v, item);
  return node ? { start: v.toFile(node.start), end: v.toFile(node.end) } : undefined;
}

/** From a config item (or a `.config.<alias>`): every template reference to its alias. */
export function referencesAt(model: DocumentModel, offset: number, includeDeclaration: boolean): Span[] {
  const v = viewAt(model.definitions, offset);
  if (!v) return [];
  const alias = aliasAt(v, offset);
  if (alias === undefined) return [];
  const out: Span[] = [];
  const item = itemByAlias(v, alias);
  const decl = item && aliasNode(v, item);
  if (includeDeclaration && decl) out.push({ start: v.toFile(decl.start), end: v.toFile(decl.end) });
  for (const r of configRefs(v)) if (r.alias === alias) out.push({ start: r.start, end: r.end });
  return out;
}

function aliasAt(v: DefinitionView, offset: number): string | undefined {
  const ref = configRefs(v).find((r) => offset >= r.start && offset <= r.end);
  if (ref) return ref.alias;
  const inner = v.fromFile(offset);
  for (const item of v.items) {
    const n = itemNode(v, item);
    if (n && inner >= n.start && inner <= n.end && item.alias !== '') return item.alias;
  }
  return undefined;
}
