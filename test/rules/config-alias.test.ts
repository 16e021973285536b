import { helmFlat, ruleTester } from './harness.ts';

const cfg = (items: string) => helmFlat(undefined, `config:\n${items}`);

ruleTester('config-alias', {
  valid: [
    helmFlat(),
    cfg('  - {type: string, name: Host, alias: host, spec: {editable: true}}\n'),
    { name: 'a number as alias is read as its text', code: cfg('  - {type: string, name: Port, alias: 8080}\n') },
    { name: 'an alias on an item of unknown type still counts', code: cfg('  - {type: strng, name: a, alias: a}\n') },
    { name: 'duplicates are config-duplicate\'s', code: cfg('  - {type: string, name: a, alias: a}\n  - {type: string, name: b, alias: a}\n') },
  ],
  invalid: [
    {
      name: 'missing alias: at the item, suggested from the name',
      code: cfg('  - type: integer\n    name: Replica count\n    spec: {editable: true}\n'),
      errors: [
        {
          line: 7,
          column: 5,
          message: 'config[0] ("Replica count") has no alias: a Module sets config values by alias, so no Module can set this item and templates cannot read it by name; add e.g. alias: replicaCount',
          severity: 'warning',
        },
      ],
    },
    {
      name: 'empty alias: at the value',
      code: cfg('  - type: string\n    name: host\n    alias: ""\n'),
      errors: [{ line: 9, column: 12, message: 'config[0] ("host") has an empty alias' }],
    },
    {
      name: 'null alias (flow style): at the value',
      code: cfg('  - {type: string, name: host, alias: null}\n'),
      errors: [{ line: 7, column: 39, message: 'has an empty alias' }],
    },
    {
      name: 'no alias and no name',
      code: cfg('  - {type: boolean}\n'),
      errors: [{ line: 7, column: 5, message: /^config\[0\] has no alias: .*add e\.g\. alias: replicas$/ }],
    },
    {
      name: 'a suggestion already taken is not repeated',
      code: cfg('  - {type: string, name: host, alias: host}\n  - {type: string, name: host}\n'),
      errors: [{ line: 8, column: 5, message: 'config[1] ("host") has no alias' }],
    },
  ],
});
