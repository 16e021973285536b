import { helmFlat, ruleTester } from './harness.ts';

const cfg = (items: string) => helmFlat(undefined, `config:\n${items}`);

ruleTester('config-required-default', {
  valid: [
    helmFlat(),
    cfg('  - {type: string, name: a, alias: a, spec: {required: true, editable: true}}\n'),
    { name: 'optional with a default', code: cfg('  - {type: integer, name: r, alias: r, spec: {required: false, default: 1}}\n') },
    { name: 'required with a null default', code: cfg('  - {type: integer, name: r, alias: r, spec: {required: true, default: ~}}\n') },
    { name: 'required: no is false', code: cfg('  - {type: integer, name: r, alias: r, spec: {required: no, default: 1}}\n') },
  ],
  invalid: [
    {
      name: 'required with a default: at the default key',
      code: cfg('  - type: integer\n    name: Replicas\n    alias: replicas\n    spec:\n      required: true\n      editable: true\n      default: 1\n'),
      errors: [
        {
          line: 13,
          column: 7,
          message:
            'config[0] ("replicas") is required, so its default 1 is never used: a Module that leaves "replicas" out is rejected ("field \'replicas\' is required but missing"); remove the default, or set required: false so the default applies',
          severity: 'warning',
        },
      ],
    },
    {
      name: 'flow style, YAML 1.1 yes, a list default',
      code: cfg('  - {type: multiple-options, name: f, alias: f, spec: {required: yes, editable: true, default: [a], values: [a]}}\n'),
      errors: [{ line: 7, column: 87, message: 'is required, so its default ["a"] is never used' }],
    },
    {
      name: 'an empty string default is still a written default',
      code: cfg('  - {type: string, name: s, alias: s, spec: {required: true, editable: true, default: ""}}\n'),
      errors: [{ line: 7, column: 78, message: 'its default "" is never used' }],
    },
  ],
});
