import { ruleTester } from './harness.ts';
import { inline } from './module-documents.ts';

const items = (block: string) => inline.replace('    integer:\n      default: 2\n      min: 1\n      max: 5\n', block);

ruleTester('module-inline-config', {
  valid: [
    inline,
    { name: 'every inline type', code: items('    integer: {default: 2}\n  - name: On\n    alias: "on"\n    boolean: {default: true}\n  - name: Mode\n    alias: mode\n    option: {values: [a, b], default: a}\n') },
    { name: 'a 0.1.x Module is not judged by it', code: inline.replace('config:\n', 'x-config:\n') },
    { name: 'a missing alias is the CRD schema\'s (module-schema), not reported twice', code: inline.replace('    alias: replicas\n', '') },
  ],
  invalid: [
    {
      name: 'an item with no type key',
      code: items('    colour: {}\n'),
      errors: [{ line: 6, column: 5, severity: 'error', message: 'config[0] (alias "replicas") has none of integer, boolean, string, option, multipleOptions' }],
    },
    {
      name: 'a bound beyond int64 (the schema says integer, the operator decodes int64)',
      code: inline.replace('min: 1', 'min: 99999999999999999999'),
      errors: [{ line: 10, column: 12, severity: 'error', message: 'integer.min of item "replicas" must be an int64 integer, not 100000000000000000000' }],
    },
  ],
});
