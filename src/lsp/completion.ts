/**
 * Completion: `.config.` aliases and built-in functions inside `{{ }}`, field names the
 * dialect's schema knows at the cursor, and an option item's values in a Module's spec.config.
 * The place is read from the line being typed (a half-typed line does not parse), the
 * definitions and their items from the last model that did.
 */
import type { ConfigItem } from '../config/index.ts';
import { knownFieldTree } from '../schema/validate.ts';
import type { FieldTree } from '../schema/validator-types.ts';
import { BUILTIN_SIGNATURES } from './go-signatures.ts';
import { itemMarkdown } from './hover.ts';
import type { DocumentModel } from './model.ts';

export type CompletionKind = 'config' | 'function' | 'field' | 'value';

export interface Completion {
  label: string;
  kind: CompletionKind;
  detail?: string;
  documentation?: string;
  /** File offsets the completion replaces (the partly typed word). */
  start: number;
  end: number;
}

export function completionsAt(model: DocumentModel, text: string, offset: number): Completion[] {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const before = text.slice(lineStart, offset);
  const inTemplate = before.lastIndexOf('{{') > before.lastIndexOf('}}');
  const def = nearest(model.definitions, offset);
  if (inTemplate) {
    const alias = /\.config\.([A-Za-z0-9_-]*)$/.exec(before);
    if (alias) {
      const items = def ? dedupe(def.items) : [];
      return items.map((i) => ({ label: i.alias, kind: 'config', detail: i.typeName, documentation: itemMarkdown(i), start: offset - alias[1].length, end: offset }));
    }
    const word = /(?:^|[\s(|{])([A-Za-z]*)$/.exec(before);
    if (!word) return [];
    return Object.entries(BUILTIN_SIGNATURES).map(([name, sig]) => ({ label: name, kind: 'function', detail: sig, start: offset - word[1].length, end: offset }));
  }
  const moduleValue = /^(\s*)([A-Za-z0-9_.-]+):\s*([^\s#]*)$/.exec(before);
  const module = nearest(model.modules, offset);
  if (moduleValue && module && module.items.length) {
    const path = yamlPathAt(text, lineStart, moduleValue[1].length);
    if (path.length === 2 && path[0] === 'spec' && path[1] === 'config') {
      const item = dedupe(module.items).find((i) => i.alias === moduleValue[2]);
      if (item && (item.kind === 'option' || item.kind === 'multiple-options')) {
        return item.values.map((v) => ({ label: v, kind: 'value', detail: `${item.alias}: one of ${item.values.join(', ')}`, start: offset - moduleValue[3].length, end: offset }));
      }
    }
    return [];
  }
  const key = /^(\s*)(- )?([A-Za-z0-9_-]*)$/.exec(before);
  // Field names are offered for definitions only (a Module's fields come from its CRD).
  if (!key || !def || model.modules.some((m) => offset >= m.start && offset <= m.end)) return [];
  const column = key[1].length + (key[2] ? 2 : 0);
  let path = yamlPathAt(text, lineStart, column);
  if (def.embedded) {
    // The lines of data["module.yaml"] read as keys under data and module.yaml: drop those.
    const inner = path.indexOf('module.yaml');
    if (inner === -1) return [];
    path = path.slice(inner + 1);
  }
  if (key[2]) path.push(0);
  let tree: FieldTree | undefined = knownFieldTree(def.dialect);
  for (const step of path) tree = typeof step === 'number' ? tree?.items : tree?.fields?.[step];
  return Object.keys(tree?.fields ?? {}).map((name) => ({ label: name, kind: 'field', start: offset - key[3].length, end: offset }));
}

/** The model's view at the offset, or the nearest one before it (a half-typed line is outside every view). */
function nearest<T extends { start: number; end: number }>(views: readonly T[], offset: number): T | undefined {
  return views.find((v) => offset >= v.start && offset <= v.end) ?? [...views].reverse().find((v) => v.start <= offset) ?? views[0];
}

function dedupe(items: readonly ConfigItem[]): ConfigItem[] {
  const byAlias = new Map<string, ConfigItem>();
  for (const i of items) if (i.alias !== '') byAlias.set(i.alias, i);
  return [...byAlias.values()];
}

/**
 * The mapping keys (and list items, as 0) that enclose a key written at `column` on the line
 * starting at `lineStart`, read from the indentation of the lines above (block style).
 */
export function yamlPathAt(text: string, lineStart: number, column: number): (string | number)[] {
  const path: (string | number)[] = [];
  let want = column;
  let end = lineStart - 1;
  while (want > 0 && end > 0) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    end = start - 1;
    const m = /^( *)(- +)?(?:([^\s#:'"][^:#]*?)\s*(:)(?:\s|$))?/.exec(line);
    if (!m || line.trim() === '' || line.trimStart().startsWith('#') || line.startsWith('---')) continue;
    const indent = m[1].length;
    const dash = m[2] ? m[2].length : 0;
    if (dash && indent < want && indent + dash === want) {
      // A key of the list item this line starts: the item is the parent.
      path.unshift(0);
      want = indent;
      continue;
    }
    if (indent < want && m[3] !== undefined && m[4] !== undefined) {
      path.unshift(m[3].trim());
      if (dash) path.unshift(0);
      want = indent;
    }
  }
  return path;
}
