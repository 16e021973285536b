import { helmFlat, ruleTester } from './harness.ts';

const cfg = (items: string) => helmFlat(undefined, `config:\n${items}`);

ruleTester('config-editable', {
  valid: [
    helmFlat(),
    cfg('  - {type: integer, name: r, alias: r, spec: {editable: true, default: 1}}\n'),
    { name: 'an explicit constant', code: cfg('  - {type: string, name: s, alias: s, spec: {editable: false, default: fixed}}\n') },
    { name: 'YAML 1.1 on', code: cfg('  - {type: boolean, name: b, alias: b, spec: {editable: on}}\n') },
    { name: 'required and editable', code: cfg('  - {type: string, name: s, alias: s, spec: {required: true, editable: true}}\n') },
    { name: 'unknown types are config-type\'s', code: cfg('  - {type: strng, name: s, alias: s}\n') },
    { name: 'no alias is config-alias\'', code: cfg('  - {type: string, name: s}\n') },
    { name: 'a spec that does not decode is structure\'s', code: cfg('  - {type: string, name: s, alias: s, spec: [editable]}\n') },
  ],
  invalid: [
    {
      name: 'editable not written: at spec',
      code: cfg('  - type: integer\n    name: Replicas\n    alias: replicas\n    spec:\n      default: 1\n'),
      errors: [
        {
          line: 10,
          column: 5,
          message:
            'config[0] ("replicas") does not say whether it is editable, and editable defaults to false before operator 0.1.21: a Module that sets "replicas" is rejected ("field \'replicas\' is not editable"); add editable: true to let Modules set it, or editable: false to make it a constant on purpose',
          severity: 'warning',
        },
      ],
    },
    {
      name: 'no spec: at the type key',
      code: cfg('  - type: string\n    name: Host\n    alias: host\n'),
      errors: [{ line: 7, column: 5, message: 'config[0] ("host") does not say whether it is editable' }],
    },
    {
      name: 'editable: null is not written: at the editable key',
      code: cfg('  - {type: string, name: s, alias: s, spec: {editable: null}}\n'),
      errors: [{ line: 7, column: 46, message: 'does not say whether it is editable' }],
    },
    {
      name: 'required but not editable (by default): nothing satisfies it',
      code: cfg('  - type: string\n    name: Host\n    alias: host\n    spec:\n      required: true\n'),
      errors: [
        {
          line: 10,
          column: 5,
          message:
            'config[0] ("host") is required but not editable (editable is not written and defaults to false before operator 0.1.21): a Module that leaves "host" out is rejected ("field \'host\' is required but missing") and one that sets it is rejected too ("field \'host\' is not editable"), so no Module can use this definition; set editable: true',
        },
      ],
    },
    {
      name: 'required and explicitly not editable, with a default that does not help',
      code: cfg('  - {type: integer, name: r, alias: r, spec: {required: true, editable: false, default: 3}}\n'),
      errors: [{ line: 7, column: 63, message: /is required but not editable: .*so no Module can use this definition \(a default does not help a required item\); set editable: true, or required: false with a default/ }],
    },
  ],
});
