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
    const entry = at.length > path.length && Array.isArray(dv);
    reportAt(ctx, at, {
      node: valueTarget(ctx, at),
      messageId: entry ? 'defaultEntryBreaksRules' : 'defaultBreaksRules',
      data: {
        value: show(entry ? dv[Number(issue.path[0])] : dv),
        item: itemRef(item),
        problem: what,
        quotedAlias: quotedAlias(item),
        advice: fix(item, issue),
      },
    });
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
      reportAt(ctx, note.path, {
        node: valueTarget(ctx, note.path),
        messageId: key !== 'default' ? 'boundTruncated' : item.kind === 'integer' ? 'integerDefaultTruncated' : 'defaultTruncated',
        data: { path: pathText(note.path), written: truncated[1], value: truncated[2] },
      });
      continue;
    }
    const outside = /^(\S+) is outside int64 and becomes (-?\d+)/.exec(text);
    if (outside) {
      reportAt(ctx, note.path, {
        node: valueTarget(ctx, note.path),
        messageId: 'outsideInt64',
        data: { path: pathText(note.path), written: outside[1], value: outside[2] },
      });
      continue;
    }
    for (const m of text.matchAll(/entry (\d+) is null and is dropped/g)) {
      const at = [...note.path, Number(m[1])];
      reportAt(ctx, at, { node: valueTarget(ctx, at), messageId: 'nullEntryDropped', data: { path: pathText(at) } });
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
  reportAt(ctx, path, {
    node: n,
    messageId: 'notAString',
    data: { path: pathText(path), written: source, decodedAs: as, read },
    fix: quoteScalarFix(ctx.text, n),
  });
}

export const rule: Rule = {
  meta: {
    id: 'config-default',
    severity: 'warning',
    documents: 'definition',
    description: 'A config item\'s default passes its own rules, and yaml.v3 does not silently change a written value (2.5 read as 2, 1.10 as "1.1").',
    messages: {
      defaultBreaksRules:
        "the default {{value}} of {{item}} breaks the item's own rules: {{problem}}. The operator never checks defaults, so a Module that leaves {{quotedAlias}} out gets it anyway; {{advice}}",
      defaultEntryBreaksRules:
        "the default entry {{value}} of {{item}} breaks the item's own rules: {{problem}}. The operator never checks defaults, so a Module that leaves {{quotedAlias}} out gets it anyway; {{advice}}",
      integerDefaultTruncated:
        '{{path}} {{written}} is silently truncated to {{value}}: yaml.v3 decodes it into a Go int; write {{value}}, or make it a float item if fractions are meant',
      defaultTruncated: '{{path}} {{written}} is silently truncated to {{value}}: yaml.v3 decodes it into a Go int; write {{value}}',
      boundTruncated: '{{path}} {{written}} is silently truncated to {{value}}: yaml.v3 decodes it into a Go int; write {{value}} (the bound is a Go int)',
      outsideInt64: '{{path}} {{written}} is outside the range of a Go int and silently becomes {{value}}; use a value within int64',
      nullEntryDropped:
        '{{path}} is empty (null), and yaml.v3 silently drops it from the list, so the entries after it move up; remove it, or quote it ("") if an empty string is meant',
      notAString:
        '{{path}} {{written}} is not a string: yaml.v3 decodes it as {{decodedAs}} and the operator reads it back as "{{read}}", not "{{written}}"; quote it ("{{written}}") to keep it as written',
    },
  },
  check(ctx) {
    for (const item of typedItems(ctx)) {
      checkDefault(ctx, item);
      checkNotes(ctx, item);
      checkStringText(ctx, item);
    }
  },
};
