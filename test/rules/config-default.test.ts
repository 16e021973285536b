import { helmFlat, ruleTester } from './harness.ts';

const cfg = (items: string) => helmFlat(undefined, `config:\n${items}`);

ruleTester('config-default', {
  valid: [
    helmFlat(),
    cfg('  - {type: integer, name: r, alias: r, spec: {editable: true, default: 3, min: 1, max: 5}}\n'),
    { name: 'a float default within bounds', code: cfg('  - {type: float, name: c, alias: c, spec: {default: 0.5, min: 0.1, max: 4}}\n') },
    { name: 'option default among values', code: cfg('  - {type: option, name: e, alias: e, spec: {default: dev, values: [dev, prod]}}\n') },
    { name: 'multiple-options default within count and values', code: cfg('  - {type: multiple-options, name: f, alias: f, spec: {default: [a], values: [a, b], min: 1, max: 2}}\n') },
    { name: 'string default matching the (unanchored) regex', code: cfg('  - {type: string, name: s, alias: s, spec: {default: "1Gi", regex: "^[0-9]+(Mi|Gi)$"}}\n') },
    { name: 'no written default: the zero value is not checked', code: cfg('  - {type: integer, name: r, alias: r, spec: {min: 1}}\n') },
    { name: 'a required item\'s default is never used', code: cfg('  - {type: integer, name: r, alias: r, spec: {required: true, default: 9, max: 5}}\n') },
    { name: 'numbers read back as written', code: cfg('  - {type: option, name: v, alias: v, spec: {default: 15, values: [14, 15, 1.5, true]}}\n') },
    { name: 'yes for a boolean is meant as true', code: cfg('  - {type: boolean, name: b, alias: b, spec: {default: yes}}\n') },
    { name: 'min > max is config-range\'s', code: cfg('  - {type: integer, name: r, alias: r, spec: {default: 4, min: 5, max: 3}}\n') },
    { name: 'empty values are config-values\'', code: cfg('  - {type: option, name: e, alias: e, spec: {default: x, values: []}}\n') },
  ],
  invalid: [
    {
      name: 'above max',
      code: cfg('  - type: integer\n    name: Replicas\n    alias: replicas\n    spec:\n      default: 7\n      min: 1\n      max: 5\n'),
      errors: [
        {
          line: 11,
          column: 16,
          message:
            'the default 7 of config[0] ("replicas") breaks the item\'s own rules: 7 is above the maximum 5 (integer item "Replicas"; allowed 1..5). The operator never checks defaults, so a Module that leaves "replicas" out gets it anyway; use a default within 1..5',
          severity: 'warning',
        },
      ],
    },
    {
      name: 'below a float min',
      code: cfg('  - {type: float, name: c, alias: cpu, spec: {default: 0.05, min: 0.1}}\n'),
      errors: [{ line: 7, column: 56, message: '0.05 is below the minimum 0.1 (float item "c"; allowed >= 0.1)' }],
    },
    {
      name: 'option default not among values, with did-you-mean',
      code: cfg('  - {type: option, name: env, alias: env, spec: {default: prod, values: [development, production]}}\n'),
      errors: [{ line: 7, column: 59, message: '"prod" is not one of "development", "production" (option item "env").' }],
    },
    {
      name: 'option default typo',
      code: cfg('  - {type: option, name: env, alias: env, spec: {default: stagin, values: [staging, prod]}}\n'),
      errors: [{ line: 7, column: 59, message: 'did you mean staging? Or add it to values' }],
    },
    {
      name: 'regex mismatch',
      code: cfg('  - {type: string, name: s, alias: size, spec: {default: 1G, regex: "^[0-9]+(Mi|Gi)$"}}\n'),
      errors: [{ line: 7, column: 58, message: '"1G" does not match regex ^[0-9]+(Mi|Gi)$' }],
    },
    {
      name: 'multiple-options: an entry not among values (block list) and too many',
      code: cfg('  - type: multiple-options\n    name: ext\n    alias: ext\n    spec:\n      max: 1\n      values: [a, b]\n      default:\n        - a\n        - ~\n        - z\n'),
      errors: [
        { line: 13, column: 7, message: '2 selected, at most 1 allowed' },
        { line: 15, column: 11, message: 'config[0].spec.default[1] is empty (null), and yaml.v3 silently drops it from the list' },
        { line: 16, column: 11, message: 'the default entry "z" of config[0] ("ext") breaks the item\'s own rules: "z" is not one of "a", "b"' },
      ],
    },
    {
      name: 'a float default in an integer item is truncated',
      code: cfg('  - type: integer\n    name: r\n    alias: r\n    spec:\n      default: 2.5\n      min: 0.5\n'),
      errors: [
        { line: 11, column: 16, message: 'config[0].spec.default 2.5 is silently truncated to 2: yaml.v3 decodes it into a Go int; write 2, or make it a float item if fractions are meant' },
        { line: 12, column: 12, message: 'config[0].spec.min 0.5 is silently truncated to 0: yaml.v3 decodes it into a Go int; write 0 (the bound is a Go int)' },
      ],
    },
    {
      name: 'numbers in string fields re-encoded by yaml.v3',
      code: cfg('  - {type: option, name: v, alias: v, spec: {default: 1.10, values: ["1.10", 2.0, 0x1F]}}\n'),
      errors: [
        { line: 7, column: 55, message: 'the default "1.1" of config[0] ("v") breaks the item\'s own rules' },
        { line: 7, column: 55, message: 'config[0].spec.default 1.10 is not a string: yaml.v3 decodes it as a float and the operator reads it back as "1.1", not "1.10"; quote it ("1.10")' },
        { line: 7, column: 78, message: 'config[0].spec.values[1] 2.0 is not a string: yaml.v3 decodes it as a float and the operator reads it back as "2"' },
        { line: 7, column: 83, message: 'values[2] 0x1F is not a string: yaml.v3 decodes it as an integer and the operator reads it back as "31"' },
      ],
    },
    {
      name: 'True in a string default',
      code: cfg('  - {type: string, name: s, alias: s, spec: {default: True}}\n'),
      errors: [{ line: 7, column: 55, message: 'decodes it as a boolean and the operator reads it back as "true", not "True"' }],
    },
  ],
});
