import { helmFlat, ruleTester } from './harness.ts';

const cfg = (items: string) => helmFlat(undefined, `config:\n${items}`);

ruleTester('config-duplicate', {
  valid: [
    helmFlat(),
    cfg('  - {type: string, name: A, alias: a}\n  - {type: string, name: B, alias: b}\n'),
    { name: 'empty aliases are config-alias\'s', code: cfg('  - {type: string, name: A, alias: ""}\n  - {type: string, name: B}\n') },
    { name: 'aliases are case-sensitive', code: cfg('  - {type: string, name: A, alias: host}\n  - {type: string, name: B, alias: Host}\n') },
    { name: 'items without a name', code: cfg('  - {type: string, alias: a}\n  - {type: string, alias: b}\n') },
  ],
  invalid: [
    {
      name: 'duplicate alias: the last wins',
      code: cfg('  - type: string\n    name: Host\n    alias: host\n  - type: integer\n    name: Port\n    alias: host\n'),
      errors: [
        {
          line: 12,
          column: 12,
          message: 'alias "host" is already used by config[0]; the operator keeps only the last item with an alias, so this one silently replaces config[0]: give each item its own alias',
          severity: 'warning',
        },
      ],
    },
    {
      name: 'three items share an alias',
      code: cfg('  - {type: string, name: A, alias: x}\n  - {type: string, name: B, alias: x}\n  - {type: string, name: C, alias: x}\n'),
      errors: [
        { line: 8, column: 36, message: 'the operator keeps only the last item with an alias (config[2]), so this one is ignored too' },
        { line: 9, column: 36, message: 'so this one silently replaces config[0] and the others' },
      ],
    },
    {
      name: 'a number alias equals its text',
      code: cfg('  - {type: string, name: A, alias: 8080}\n  - {type: string, name: B, alias: "8080"}\n'),
      errors: [{ line: 8, column: 36, message: 'alias "8080" is already used by config[0]' }],
    },
    {
      name: 'duplicate name',
      code: cfg('  - {type: string, name: Host, alias: a}\n  - {type: string, name: Host, alias: b}\n'),
      errors: [{ line: 8, column: 26, message: 'name "Host" is already used by config[0]; a name is the label people see for an item' }],
    },
    {
      name: 'a copied item is reported once, for its alias',
      code: cfg('  - {type: string, name: Host, alias: a}\n  - {type: string, name: Host, alias: a}\n'),
      errors: [{ line: 8, column: 39, message: 'alias "a" is already used by config[0]' }],
    },
  ],
});
