import { helmFlat, ruleTester } from './harness.ts';

/** A flat Helm definition whose `config:` block (from line 7) is `items`. */
const cfg = (items: string) => helmFlat(undefined, `config:\n${items}`);

ruleTester('config-type', {
  valid: [
    helmFlat(),
    { name: 'every known type', code: cfg('  - {type: string, name: a, alias: a}\n  - {type: integer, name: b, alias: b}\n  - {type: float, name: c, alias: c}\n  - {type: boolean, name: d, alias: d}\n  - {type: option, name: e, alias: e, spec: {values: [x]}}\n  - {type: multiple-options, name: f, alias: f}\n') },
    { name: 'quoted type and null spec', code: cfg('  - type: "integer"\n    name: r\n    alias: r\n    spec: ~\n') },
    { name: 'config: null has no items', code: helmFlat(undefined, 'config: ~\n') },
    { name: 'a float for an integer bound within int64 decodes (truncated)', code: cfg('  - {type: integer, name: r, alias: r, spec: {min: 1.5, max: 9.2e18}}\n') },
    { name: 'a string in an int field is the structure rule\'s finding', code: cfg('  - {type: integer, name: r, alias: r, spec: {default: "3"}}\n') },
    { name: 'a list as type is the structure rule\'s finding', code: cfg('  - {type: [string], name: r, alias: r}\n') },
    { name: 'a scalar spec is the structure rule\'s finding', code: cfg('  - {type: integer, name: r, alias: r, spec: 5}\n') },
  ],
  invalid: [
    {
      name: 'typo with did-you-mean',
      code: cfg('  - type: strng\n    name: a\n    alias: a\n'),
      errors: [{ line: 7, column: 11, message: 'config[0].type "strng" is not a config type, so the operator rejects the definition ("unregistered field type: strng"); did you mean "string"?', severity: 'error' }],
    },
    {
      name: 'type names are case-sensitive',
      code: cfg('  - {type: Integer, name: a, alias: a}\n'),
      errors: [{ line: 7, column: 12, message: 'did you mean "integer" (type names are case-sensitive)?' }],
    },
    {
      name: 'synonyms from other schema languages',
      code: cfg('  - {type: int, name: a, alias: a}\n  - {type: bool, name: b, alias: b}\n  - {type: enum, name: c, alias: c}\n'),
      errors: [
        { line: 7, column: 12, message: 'did you mean "integer"?' },
        { line: 8, column: 12, message: 'did you mean "boolean"?' },
        { line: 9, column: 12, message: 'did you mean "option"?' },
      ],
    },
    {
      name: 'the 0.1.21+ spelling',
      code: cfg('  - {type: multipleOptions, name: a, alias: a}\n'),
      errors: [{ line: 7, column: 12, message: 'did you mean "multiple-options" (multipleOptions is the 0.1.21+ Module spelling)?' }],
    },
    {
      name: 'no suggestion for a far-off name',
      code: cfg('  - {type: datetime, name: a, alias: a}\n'),
      errors: [{ line: 7, column: 12, message: /"datetime" is not a config type.*use one of string, integer, float, boolean, option, multiple-options$/ }],
    },
    {
      name: 'missing type: reported at the item',
      code: cfg('  - name: a\n    alias: a\n'),
      errors: [{ line: 7, column: 5, message: 'config[0] ("a") has no type; the operator rejects the definition ("unregistered field type: "). Add type: one of string' }],
    },
    {
      name: 'empty and null type',
      code: cfg('  - {type: "", name: a, alias: a}\n  - {type: null, name: b, alias: b}\n'),
      errors: [
        { line: 7, column: 12, message: 'config[0] ("a") has an empty type' },
        { line: 8, column: 12, message: 'config[1] ("b") has an empty type' },
      ],
    },
    {
      name: 'an integer bound beyond int64: the schema accepts it, yaml.v3 does not',
      code: cfg('  - type: integer\n    name: r\n    alias: r\n    spec:\n      max: 99999999999999999999\n      min: 1e30\n'),
      errors: [
        { line: 11, column: 12, message: 'config[0].spec.max 99999999999999999999 does not fit a Go int (int64: -9223372036854775808 to 9223372036854775807)' },
        { line: 12, column: 12, message: 'config[0].spec.min 1e30 does not fit a Go int' },
      ],
    },
    {
      name: 'multiple-options bounds too',
      code: cfg('  - {type: multiple-options, name: r, alias: r, spec: {values: [a], max: 1e19}}\n'),
      errors: [{ line: 7, column: 74, message: 'cannot unmarshal !!float `1e+19` into int' }],
    },
  ],
});
