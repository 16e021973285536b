import { helmFlat, ruleTester } from './harness.ts';

const cfg = (items: string) => helmFlat(undefined, `config:\n${items}`);

ruleTester('config-values', {
  valid: [
    helmFlat(),
    cfg('  - {type: option, name: e, alias: e, spec: {editable: true, default: a, values: [a, b]}}\n'),
    { name: 'multiple-options with distinct values', code: cfg('  - type: multiple-options\n    name: f\n    alias: f\n    spec:\n      values:\n        - a\n        - b\n') },
    { name: 'an explicit constant needs no values', code: cfg('  - {type: option, name: e, alias: e, spec: {editable: false, default: a}}\n') },
    { name: 'values on a string item are not read (unknown-field says so)', code: cfg('  - {type: string, name: s, alias: s, spec: {values: [a, a]}}\n') },
    { name: 'values that differ only in case', code: cfg('  - {type: option, name: e, alias: e, spec: {values: [a, A]}}\n') },
  ],
  invalid: [
    {
      name: 'no values at all: at spec',
      code: cfg('  - type: option\n    name: Env\n    alias: env\n    spec:\n      editable: true\n      default: dev\n'),
      errors: [
        {
          line: 10,
          column: 5,
          message:
            'option item config[0] ("env") has no values, so every input a Module gives is rejected ("invalid value ..., must be one of []"); list the allowed values, e.g. values: [dev]',
          severity: 'warning',
        },
      ],
    },
    {
      name: 'an empty list: at the values key',
      code: cfg('  - {type: multiple-options, name: f, alias: f, spec: {values: [], default: [x, y]}}\n'),
      errors: [{ line: 7, column: 56, message: 'multiple-options item config[0] ("f") has an empty values list, so every input a Module gives is rejected ("invalid option ..., must be one of []"); list the allowed values, e.g. values: [x, "y"]' }],
    },
    {
      name: 'no spec at all: at the item',
      code: cfg('  - {type: option, name: e, alias: e}\n'),
      errors: [{ line: 7, column: 5, message: 'has no values' }],
    },
    {
      name: 'null values',
      code: cfg('  - type: option\n    name: e\n    alias: e\n    spec:\n      values:\n'),
      errors: [{ line: 11, column: 7, message: 'has an empty values list' }],
    },
    {
      name: 'a duplicate, at the repeat',
      code: cfg('  - type: option\n    name: e\n    alias: e\n    spec:\n      values:\n        - small\n        - large\n        - small\n'),
      errors: [{ line: 14, column: 11, message: 'values[2] "small" of config[0] ("e") repeats values[0]; remove the duplicate' }],
    },
    {
      name: 'a number and its quoted text are the same value',
      code: cfg('  - {type: option, name: v, alias: v, spec: {values: ["1", 1, 1.0]}}\n'),
      errors: [
        { line: 7, column: 60, message: /^values\[1\] "1" of config\[0\] \("v"\) repeats values\[0\]; remove the duplicate$/ },
        { line: 7, column: 63, message: 'values[2] "1" of config[0] ("v") repeats values[0] (both are read as "1")' },
      ],
    },
  ],
});
