import { checkValueAgainstItem, defaultValue, pathText } from '../config/index.ts';
import type { ConfigPath, TypedConfigItem, ValueIssue } from '../config/index.ts';
import { show } from '../config/go-format.ts';
import { marshalScalar } from '../config/yaml-coerce.ts';
import { locate } from '../diagnostics/locate.ts';
import { closest } from '../diagnostics/suggest.ts';
import type { DefinitionContext } from '../context/definition-context.ts';
import { isMap, isScalar, isSeq, type YNode } from '../load/ynode.ts';
import type { Rule } from './types.ts';
import { quoteScalarFix } from './shared/fixes.ts';
import { itemRef, quotedAlias, reportAt, typedItems, valueTarget, yamlText } from './shared/config-items.ts';

/** Spec fields the operator decodes into Go strings (or []string), per kind. */
const STRING_FIELDS: Partial<Record<TypedConfigItem['kind'], string[]>> = {
  string: ['default', 'regex'],
  option: ['default', 'values'],
  'multiple-options': ['default', 'values'],
};

function isNullNode(n: YNode | null | undefined): boolean {
  return n == null || (isScalar(n) && n.value === null);
}

/** Raw list positions of the entries yaml.v3 keeps (null entries are dropped). */
function keptEntries(node: YNode | null | undefined): number[] {
  if (!isSeq(node)) return [];
  const out: number[] = [];
  node.items.forEach((n, i) => {
    if (!isNullNode(n)) out.push(i);
  });
  return out;
}

function fix(item: TypedConfigItem, issue: ValueIssue): string {
  switch (issue.code) {
    case 'below-min':
    case 'above-max': {
      if (item.kind !== 'integer' && item.kind !== 'float') break;
      if (item.min !== null && item.max !== null) return `use a default within ${item.min}..${item.max}, or widen the bounds`;
      return issue.code === 'below-min' ? `use a default of at least ${item.min}` : `use a default of at most ${item.max}`;
    }
    case 'not-in-values': {
      if (item.kind !== 'option' && item.kind !== 'multiple-options') break;
      const bad = item.kind === 'option' ? item.default : item.default[Number(issue.path[0])];
      const near = typeof bad === 'string' && bad.length > 2 ? closest(bad, item.values) : undefined;
      return near !== undefined ? `did you mean ${yamlText(near)}? Or add it to values` : `use one of the values (e.g. ${yamlText(item.values[0])}), or add it to values`;
    }
    case 'regex-mismatch':
      return 'use a default the regex accepts, or fix the regex';
    case 'too-few':
    case 'too-many': {
      if (item.kind !== 'multiple-options') break;
      return `make the default select ${item.min !== null && item.max !== null ? `${item.min} to ${item.max}` : issue.code === 'too-few' ? `at least ${item.min}` : `at most ${item.max}`} of the values, or change min/max`;
    }
  }
  return 'use a default that passes the rules';
}

function checkDefault(ctx: DefinitionContext, item: TypedConfigItem): void {
  // A required item's default is never used (config-required-default says so).
  if (item.required || !item.written.has('default')) return;
  const issues = checkValueAgainstItem(item, defaultValue(item));
  if (issues.length === 0) return;
  const path: ConfigPath = [...item.specPath, 'default'];
  const kept = keptEntries(locate(ctx.root, path).node);
  for (const issue of issues) {
    // An empty values list is config-values' finding; every default fails it.
    if (issue.code === 'not-in-values' && (item.kind === 'option' || item.kind === 'multiple-options') && item.values.length === 0) continue;
    // With min > max nothing passes; config-range reports the bounds themselves.
    if (['below-min', 'above-max', 'too-few', 'too-many'].includes(issue.code) && 'min' in item && item.min !== null && item.max !== null && item.min > item.max) continue;
    const at: ConfigPath = issue.path.length && typeof issue.path[0] === 'number' ? [...path, kept[issue.path[0]] ?? issue.path[0]] : path;
    const what = issue.message.replace(/^[^:]*: /, '');
    const dv = defaultValue(item);
    const subject = at.length > path.length && Array.isArray(dv) ? `default entry ${show(dv[Number(issue.path[0])])}` : `default ${show(dv)}`;
    reportAt(
      ctx,
      valueTarget(ctx, at),
      at,
      `the ${subject} of ${itemRef(item)} breaks the item's own rules: ${what}. The operator never checks defaults, so a Module that leaves ${quotedAlias(item)} out gets it anyway; ${fix(item, issue)}`,
    );
  }
}

/** Coercions the engine notes that change a value (not those that keep the meaning, like `yes` for true). */
function checkNotes(ctx: DefinitionContext, item: TypedConfigItem): void {
  for (const note of item.notes) {
    const key = note.path[note.path.length - 1];
    if (key === 'default' && item.required) continue; // never used (config-required-default)
    const text = note.message.replace(/^[^:]*: /, '');
    const truncated = /^(\S+) is truncated to (-?\d+)$/.exec(text);
    if (truncated) {
      const advice =
        key === 'default'
          ? `write ${truncated[2]}${item.kind === 'integer' ? ', or make it a float item if fractions are meant' : ''}`
          : `write ${truncated[2]} (the bound is a Go int)`;
      reportAt(
        ctx,
        valueTarget(ctx, note.path),
        note.path,
        `${pathText(note.path)} ${truncated[1]} is silently truncated to ${truncated[2]}: yaml.v3 decodes it into a Go int; ${advice}`,
      );
      continue;
    }
    const outside = /^(\S+) is outside int64 and becomes (-?\d+)/.exec(text);
    if (outside) {
      reportAt(
        ctx,
        valueTarget(ctx, note.path),
        note.path,
        `${pathText(note.path)} ${outside[1]} is outside the range of a Go int and silently becomes ${outside[2]}; use a value within int64`,
      );
      continue;
    }
    for (const m of text.matchAll(/entry (\d+) is null and is dropped/g)) {
      const at = [...note.path, Number(m[1])];
      reportAt(
        ctx,
        valueTarget(ctx, at),
        at,
        `${pathText(at)} is empty (null), and yaml.v3 silently drops it from the list, so the entries after it move up; remove it, or quote it ("") if an empty string is meant`,
      );
    }
  }
}

/** Numbers and booleans in string fields, read back as different text (`1.10` becomes "1.1"). */
function checkStringText(ctx: DefinitionContext, item: TypedConfigItem): void {
  const fields = STRING_FIELDS[item.kind];
  if (!fields) return;
  // The spec is looked up once for all its fields (the path exists in full or not at all).
  const spec = locate(ctx.root, item.specPath);
  if (spec.depth !== item.specPath.length || !isMap(spec.node)) return;
  for (const field of fields) {
    if (field === 'default' && item.required) continue; // never used (config-required-default)
    const pair = spec.node.index.get(field);
    if (!pair) continue;
    const node = pair.value;
    if (isSeq(node)) node.items.forEach((n, i) => checkScalarText(ctx, n, () => [...item.specPath, field, i]));
    else checkScalarText(ctx, node, () => [...item.specPath, field]);
  }
}

/** A number or boolean where the operator wants a string, when its text changes on the way. */
function checkScalarText(ctx: DefinitionContext, n: YNode | null | undefined, at: () => ConfigPath): void {
  if (!isScalar(n) || n.value === null || typeof n.value === 'string') return;
  const source = ctx.stringOf(n);
  const read = marshalScalar(n.value).text;
  if (source === undefined || read === source) return;
  const as = typeof n.value === 'boolean' ? 'a boolean' : typeof n.value === 'bigint' ? 'an integer' : 'a float';
  const path = at();
  reportAt(
    ctx,
    n,
    path,
    `${pathText(path)} ${source} is not a string: yaml.v3 decodes it as ${as} and the operator reads it back as "${read}", not "${source}"; quote it ("${source}") to keep it as written`,
    quoteScalarFix(ctx.text, n),
  );
}

export const rule: Rule = {
  meta: {
    id: 'config-default',
    severity: 'warning',
    documents: 'definition',
    description: 'A config item\'s default passes its own rules, and yaml.v3 does not silently change a written value (2.5 read as 2, 1.10 as "1.1").',
  },
  check(ctx) {
    for (const item of typedItems(ctx)) {
      checkDefault(ctx, item);
      checkNotes(ctx, item);
      checkStringText(ctx, item);
    }
  },
};
