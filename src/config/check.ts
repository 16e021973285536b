import { isGoMap, type GoValue } from '../values/go-value.ts';
import { compileRe2 } from '../regex/re2.ts';
import { formatFloatF, goFloatToInt, goStringList, kindOf, show } from './go-format.ts';
import type { ConfigItem, TypedConfigItem, ValueIssue } from './types.ts';

/**
 * One value judged against one item's rules, as the operator's Validate methods judge an input
 * (pkg/resources/config.go before 0.1.21, api/v1 module_types.go after), but reporting every
 * issue instead of the first. Required/editable are not looked at. Usable on defaults, which the
 * operator itself never checks.
 */
export function checkValueAgainstItem(item: ConfigItem, value: GoValue): ValueIssue[] {
  if (item.kind === 'unknown') return [];
  switch (item.kind) {
    case 'string':
      return checkString(item, value);
    case 'integer':
    case 'float':
      return checkNumber(item, value);
    case 'boolean':
      return typeof value === 'boolean' ? [] : [typeIssue(item, value, 'a boolean (true or false, unquoted)', 'input is not a boolean')];
    case 'option':
      if (typeof value !== 'string') return [typeIssue(item, value, `a string, one of ${listValues(item.values)}`, 'input is not a string')];
      if (item.values.includes(value)) return [];
      return [
        {
          code: 'not-in-values',
          path: [],
          message: `${item.alias}: ${show(value)} is not one of ${listValues(item.values)} (${label(item)})`,
          goError: `invalid value '${value}', must be one of ${goStringList(item.values)}`,
        },
      ];
    case 'multiple-options':
      return checkMultiple(item, value);
  }
}

/** `integer item "Replica Count"` */
export function label(item: ConfigItem): string {
  return `${item.typeName || 'untyped'} item ${JSON.stringify(item.name)}`;
}

function listValues(values: readonly string[]): string {
  return values.length ? values.map((v) => JSON.stringify(v)).join(', ') : '(no values: nothing is allowed)';
}

function typeIssue(item: TypedConfigItem, value: GoValue, wanted: string, goError: string): ValueIssue {
  const hint = typeof value === 'string' && (wanted.startsWith('a boolean') || wanted.startsWith('an integer') || wanted.startsWith('a number')) ? ' (remove the quotes)' : '';
  const what = value === null ? 'null (an explicit null counts as given)' : `${show(value)} is ${kindOf(value)}`;
  return { code: 'type', path: [], message: `${item.alias}: ${what}, but ${label(item)} needs ${wanted}${hint}`, goError };
}

function rangeText(min: bigint | number | null, max: bigint | number | null, unit = ''): string {
  if (min !== null && max !== null) return `allowed ${min}..${max}${unit}`;
  if (min !== null) return `allowed >= ${min}${unit}`;
  if (max !== null) return `allowed <= ${max}${unit}`;
  return unit ? `any number of${unit}` : 'no bounds';
}

// Matching is a pure function of pattern and input, and definitions repeat both (a default
// checked against its own regex in every document); an RE2 match allocates a whole machine.
const matchCache = new Map<string, boolean>();

function matches(pattern: string, matchString: (s: string) => boolean, value: string): boolean {
  const key = `${pattern}\u0000${value}`;
  let hit = matchCache.get(key);
  if (hit === undefined) {
    hit = matchString(value);
    if (matchCache.size >= 4096) matchCache.clear();
    matchCache.set(key, hit);
  }
  return hit;
}

function checkString(item: Extract<TypedConfigItem, { kind: 'string' }>, value: GoValue): ValueIssue[] {
  if (typeof value !== 'string') return [typeIssue(item, value, 'a string', 'input is not a string')];
  if (item.regex === null || item.regexError !== null) return [];
  const re = compileRe2(item.regex);
  if (!re.ok) {
    return [
      {
        code: 'invalid-regex',
        path: [],
        message: `${item.alias}: the regex ${item.regex} of ${label(item)} does not compile as Go RE2 (${re.error}), so every input is rejected`,
        goError: `invalid regex pattern: ${re.error}`,
      },
    ];
  }
  if (matches(item.regex, re.matchString, value)) return [];
  return [
    {
      code: 'regex-mismatch',
      path: [],
      message: `${item.alias}: ${show(value)} does not match regex ${item.regex} (Go's MatchString is unanchored)`,
      goError: `value '${value}' does not match the required regex pattern`,
    },
  ];
}

function checkNumber(item: Extract<TypedConfigItem, { kind: 'integer' | 'float' }>, value: GoValue): ValueIssue[] {
  const isInt = item.kind === 'integer';
  let n: bigint | number;
  let readAs = '';
  if (isInt) {
    if (typeof value === 'bigint') n = value;
    else if (typeof value === 'number') {
      n = goFloatToInt(value);
      if (Number(n) !== value) readAs = ` (read as ${n})`;
    } else return [typeIssue(item, value, 'an integer', 'input is not an integer')];
  } else {
    if (typeof value === 'number') n = value;
    else if (typeof value === 'bigint') n = Number(value);
    else return [typeIssue(item, value, 'a number', 'input is not a float')];
  }
  const issues: ValueIssue[] = [];
  // NaN compares false with everything, as in Go: it passes both bounds. Both bounds are
  // reported when min > max (Go stops at the first).
  const inRange = (item.min === null || !(n < item.min)) && (item.max === null || !(n > item.max));
  if (inRange) return issues;
  const shown = show(value) + readAs;
  const fmt = (x: bigint | number) => (isInt ? String(x) : formatFloatF(x as number));
  const range = rangeText(item.min, item.max);
  if (item.min !== null && n < item.min) {
    issues.push({
      code: 'below-min',
      path: [],
      message: `${item.alias}: ${shown} is below the minimum ${item.min} (${label(item)}; ${range})`,
      goError: `value ${fmt(n)} is less than minimum ${fmt(item.min)}`,
    });
  }
  if (item.max !== null && n > item.max) {
    issues.push({
      code: 'above-max',
      path: [],
      message: `${item.alias}: ${shown} is above the maximum ${item.max} (${label(item)}; ${range})`,
      goError: `value ${fmt(n)} is greater than maximum ${fmt(item.max)}`,
    });
  }
  return issues;
}

function checkMultiple(item: Extract<TypedConfigItem, { kind: 'multiple-options' }>, value: GoValue): ValueIssue[] {
  if (!Array.isArray(value)) return [typeIssue(item, value, `a list of strings from ${listValues(item.values)}`, 'input is not an array')];
  const issues: ValueIssue[] = [];
  const count = BigInt(value.length);
  const range = rangeText(item.min, item.max, ' selections');
  if (item.min !== null && count < item.min) {
    issues.push({
      code: 'too-few',
      path: [],
      message: `${item.alias}: ${value.length} selected, at least ${item.min} required (${label(item)}; ${range})`,
      goError: `must select at least ${item.min} options`,
    });
  }
  if (item.max !== null && count > item.max) {
    issues.push({
      code: 'too-many',
      path: [],
      message: `${item.alias}: ${value.length} selected, at most ${item.max} allowed (${label(item)}; ${range})`,
      goError: `must select at most ${item.max} options`,
    });
  }
  value.forEach((x, i) => {
    if (typeof x !== 'string') {
      issues.push({
        code: 'type',
        path: [i],
        message: `${item.alias}[${i}]: ${show(x)} is ${kindOf(x)}, but the selections of ${label(item)} must be strings`,
        goError: 'all options must be strings',
      });
    } else if (!item.values.includes(x)) {
      issues.push({
        code: 'not-in-values',
        path: [i],
        message: `${item.alias}[${i}]: ${show(x)} is not one of ${listValues(item.values)} (${label(item)})`,
        goError: `invalid option '${x}', must be one of ${goStringList(item.values)}`,
      });
    }
  });
  return issues;
}

/** The value an item contributes to the effective config when no input is given. */
export function defaultValue(item: TypedConfigItem): GoValue {
  return item.kind === 'multiple-options' ? [...item.default] : item.default;
}

/** A one-line account of an item for messages and `describe` output. */
export function describeItem(item: ConfigItem): string {
  const parts: string[] = [];
  if (item.kind === 'unknown') {
    parts.push(item.era === 'legacy' ? `unknown type ${JSON.stringify(item.typeName)}` : 'no type key');
  } else {
    const shown = (d: GoValue) => (isGoMap(d) ? '{...}' : show(d));
    parts.push(`default ${shown(defaultValue(item))}${item.written.has('default') ? '' : ' (not written: Go zero value)'}`);
    switch (item.kind) {
      case 'integer':
      case 'float':
        parts.push(rangeText(item.min, item.max));
        break;
      case 'string':
        parts.push(item.regex === null ? 'any string' : `must match ${item.regex} (unanchored)`);
        break;
      case 'option':
        parts.push(`one of ${listValues(item.values)}`);
        break;
      case 'multiple-options':
        parts.push(`from ${listValues(item.values)}`, rangeText(item.min, item.max, ' selections'));
        if (item.era === 'inline') parts.push('inputs always rejected in 0.1.21–0.1.24');
        break;
    }
  }
  parts.push(item.required ? 'required' : 'optional', item.editable ? 'editable' : 'not editable');
  return `${label(item)} (alias ${JSON.stringify(item.alias)}): ${parts.join('; ')}`;
}
