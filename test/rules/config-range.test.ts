import { helmFlat, ruleTester } from './harness.ts';

const cfg = (items: string) => helmFlat(undefined, `config:\n${items}`);

ruleTester('config-range', {
  valid: [
    helmFlat(),
    cfg('  - {type: integer, name: r, alias: r, spec: {min: 1, max: 5}}\n'),
    { name: 'min == max', code: cfg('  - {type: float, name: c, alias: c, spec: {min: 0.5, max: 0.5}}\n') },
    { name: 'only one bound', code: cfg('  - {type: integer, name: r, alias: r, spec: {min: 10}}\n') },
    { name: 'equal once yaml.v3 truncates them (config-default reports the truncation)', code: cfg('  - {type: integer, name: r, alias: r, spec: {min: 3.9, max: 3.1}}\n') },
    { name: 'null bounds', code: cfg('  - {type: integer, name: r, alias: r, spec: {min: null, max: ~}}\n') },
    { name: 'multiple-options within 0..values', code: cfg('  - {type: multiple-options, name: f, alias: f, spec: {values: [a, b, c], min: 0, max: 3}}\n') },
    { name: 'multiple-options without values is config-values\'', code: cfg('  - {type: multiple-options, name: f, alias: f, spec: {min: 2}}\n') },
  ],
  invalid: [
    {
      name: 'integer min > max',
      code: cfg('  - type: integer\n    name: r\n    alias: replicas\n    spec:\n      min: 5\n      max: 1\n'),
      errors: [
        {
          line: 11,
          column: 12,
          message: 'min 5 of config[0] ("replicas") is greater than max 1, so no input value can pass (each is below min or above max); swap them: min: 1, max: 5',
          severity: 'warning',
        },
      ],
    },
    {
      name: 'float min > max, flow style',
      code: cfg('  - {type: float, name: c, alias: cpu, spec: {min: 4.5, max: 0.5}}\n'),
      errors: [{ line: 7, column: 52, message: 'min 4.5 of config[0] ("cpu") is greater than max 0.5' }],
    },
    {
      name: 'multiple-options min > max',
      code: cfg('  - {type: multiple-options, name: f, alias: f, spec: {values: [a, b], min: 2, max: 1}}\n'),
      errors: [{ line: 7, column: 77, message: 'so no input list can pass' }],
    },
    {
      name: 'multiple-options bounds outside 0..values',
      code: cfg('  - type: multiple-options\n    name: f\n    alias: f\n    spec:\n      values: [a, b]\n      min: 3\n      max: 4\n'),
      errors: [
        { line: 12, column: 12, message: 'min 3 of config[0] ("f") is more than its 2 values, so only an input that repeats values can pass; use a min between 0 and 2' },
        { line: 13, column: 12, message: 'max 4 of config[0] ("f") is more than its 2 values, so it only admits inputs that repeat values; use max: 2' },
      ],
    },
    {
      name: 'negative bounds',
      code: cfg('  - type: multiple-options\n    name: f\n    alias: f\n    spec:\n      values: [a, b]\n      min: -2\n      max: -1\n'),
      errors: [
        { line: 12, column: 12, message: 'min -2 of config[0] ("f") is below 0 and has no effect' },
        { line: 13, column: 12, message: 'max -1 of config[0] ("f") is below 0, so no input passes, not even an empty list' },
      ],
    },
  ],
});
