import type { GoMap, GoValue } from '../values/go-value.ts';
import { checkValueAgainstItem, defaultValue, label } from './check.ts';
import { goFloatToInt, goQuote, kindOf, show } from './go-format.ts';
import type { ConfigEra, ConfigItem, ConfigViolation, TypedConfigItem, ValidateResult } from './types.ts';

/**
 * A Module's `spec.config` (decoded from JSON: numbers are float64) judged against the decoded
 * items, as the operator does before rendering, but with every violation collected.
 * `input` null means the Module gives no config (both eras then treat it as an empty map).
 * Items with decode problems are used as decoded; `unknown` items are skipped (their problem is
 * the definition's), and in the legacy era their aliases do not count as unknown keys.
 */
export function validateConfig(era: ConfigEra, items: readonly ConfigItem[], input: GoMap | null): ValidateResult {
  return era === 'legacy' ? validateLegacy(items, input ?? new Map<string, GoValue>()) : validateInline(items, input ?? new Map<string, GoValue>());
}

function isTyped(item: ConfigItem): item is TypedConfigItem {
  return item.kind !== 'unknown';
}

/**
 * InputValidator.ValidateUserInput (0.1.0 – 0.1.20): a validator per alias (the last item with an
 * alias wins); unknown input keys are errors; a missing alias gets its default (or is an error if
 * required); a present one must be editable (default false) and valid. The input map is the
 * effective config: values stay as given, defaults are added.
 */
function validateLegacy(items: readonly ConfigItem[], input: GoMap): ValidateResult {
  const validators = new Map<string, TypedConfigItem>();
  const untyped = new Set<string>();
  for (const item of items) {
    if (isTyped(item)) validators.set(item.alias, item);
    else untyped.add(item.alias);
  }
  const violations: ConfigViolation[] = [];
  const effective: GoMap = new Map();
  const declared = [...validators.keys()].map((a) => JSON.stringify(a)).join(', ') || 'none';
  for (const key of input.keys()) {
    if (validators.has(key) || untyped.has(key)) continue;
    violations.push({
      code: 'unknown-key',
      alias: key,
      path: [key],
      message: `${key}: no config item has this alias, and operators before 0.1.21 reject unknown keys (declared: ${declared})`,
      goError: `unknown field '${key}' provided in input`,
    });
  }
  for (const [alias, item] of validators) {
    if (!input.has(alias)) {
      if (item.required) {
        violations.push({
          code: 'required',
          alias,
          path: [alias],
          message: `${alias}: required by ${label(item)} but not given`,
          goError: `field '${alias}' is required but missing`,
          itemIndex: item.index,
        });
      } else effective.set(alias, defaultValue(item));
      continue;
    }
    const value = input.get(alias)!;
    effective.set(alias, value);
    if (!item.editable) {
      violations.push({
        code: 'not-editable',
        alias,
        path: [alias],
        message: `${alias}: ${label(item)} is not editable${item.written.has('editable') ? '' : ' (editable defaults to false before 0.1.21)'}; remove it from the input or set editable: true`,
        goError: `field '${alias}' is not editable`,
        itemIndex: item.index,
      });
      continue;
    }
    for (const issue of checkValueAgainstItem(item, value)) {
      violations.push({
        code: issue.code,
        alias,
        path: [alias, ...issue.path],
        message: issue.message,
        goError: `validation failed for field '${alias}': ${issue.goError}`,
        itemIndex: item.index,
      });
    }
  }
  // The operator keeps unknown keys in the map it renders with (it fails before rendering).
  for (const [key, value] of input) if (!effective.has(key) && !validators.has(key)) effective.set(key, value);
  return { effective, violations, ignoredKeys: [] };
}

const GO_TYPE_WORD: Record<TypedConfigItem['kind'], string> = {
  integer: 'integer',
  boolean: 'boolean',
  string: 'string',
  option: 'option',
  'multiple-options': 'multiple options',
  float: 'float',
};

/**
 * Module.GetValidatedConfig (0.1.21 – 0.1.24): every item in order validates the input under its
 * alias (duplicates all validate; the last one's value wins); unknown keys are ignored; each
 * item's Validate returns the input (integers as Go int, i.e. truncated) or, on error or when
 * missing, the default. A multipleOptions input is asserted to []string, which a JSON list never is.
 */
function validateInline(items: readonly ConfigItem[], input: GoMap): ValidateResult {
  const violations: ConfigViolation[] = [];
  const effective: GoMap = new Map();
  const aliases = new Set(items.map((i) => i.alias));
  for (const item of items) {
    if (!isTyped(item)) continue;
    const alias = item.alias;
    const word = GO_TYPE_WORD[item.kind];
    const wrap = (inner: string) => `failed to validate ${word} config for alias ${goQuote(alias)}: ${inner}`;
    const push = (v: Omit<ConfigViolation, 'alias' | 'itemIndex'>) => violations.push({ ...v, alias, itemIndex: item.index });
    let value: GoValue = defaultValue(item);
    if (!input.has(alias)) {
      if (item.required) {
        push({ code: 'required', path: [alias], message: `${alias}: required by ${label(item)} but not given`, goError: wrap(`a value is required for this ${word} field`) });
      }
    } else if (!item.editable) {
      push({
        code: 'not-editable',
        path: [alias],
        message: `${alias}: ${label(item)} has editable: false; remove it from the input or make it editable`,
        goError: wrap(`this ${word} field is not editable`),
      });
    } else if (item.kind === 'multiple-options') {
      const given = input.get(alias)!;
      push({
        code: 'unsupported',
        path: [alias],
        message: `${alias}: operators 0.1.21–0.1.24 reject every multipleOptions input (the JSON value, here ${kindOf(given)} ${show(given)}, is checked as a Go []string, which a decoded JSON list never is); leave it out to get the default`,
        goError: wrap('input is not an string array'),
      });
    } else {
      const given = input.get(alias)!;
      const issues = checkValueAgainstItem(item, given);
      for (const issue of issues) push({ code: issue.code, path: [alias, ...issue.path], message: issue.message, goError: wrap(issue.goError) });
      if (!issues.length) value = item.kind === 'integer' && typeof given === 'number' ? goFloatToInt(given) : given;
    }
    effective.set(alias, value);
  }
  const ignoredKeys = [...input.keys()].filter((k) => !aliases.has(k));
  return { effective, violations, ignoredKeys };
}
