import { helmFlat, ruleTester } from './harness.ts';

ruleTester('structure', {
  valid: [
    helmFlat(),
    { name: 'yaml.v3 takes a number as the text of a string field', code: helmFlat('  namespace: default\n  repo: https://x.example\n  chartName: redis\n  version: 1.10\n') },
    { name: 'yes/no are booleans for a typed bool field', code: helmFlat(undefined, '') + '  cleanup:\n    removePVCs: yes\n' },
  ],
  invalid: [
    {
      name: 'a string where a bool is decoded',
      code: helmFlat() + '  cleanup:\n    removePVCs: maybe\n',
      errors: [{ line: 12, column: 17, message: 'spec.cleanup.removePVCs must be true or false' }],
    },
    {
      name: 'values must be a list',
      code: helmFlat() + '  values: {raw: {}}\n',
      errors: [{ line: 11, column: 11, message: 'spec.values must be a list' }],
    },
    {
      name: 'integer default given as a string',
      code: helmFlat(undefined, 'config:\n  - type: integer\n    name: r\n    alias: r\n    spec: {default: "3"}\n'),
      errors: [{ line: 10, column: 21, message: 'config[0].spec.default must be an integer' }],
    },
  ],
});
