import assert from 'node:assert/strict';
import { test } from 'node:test';
import { render } from '../../src/render/index.ts';
import { helmFlat, ruleTester } from './harness.ts';

const cfg = (items: string) => helmFlat(undefined, `config:\n${items}`);
const ITEM = '  - {type: integer, name: r, alias: r, spec: {editable: true, default: 1}}\n';

ruleTester('config-null-item', {
  valid: [
    helmFlat(),
    cfg(ITEM),
    { name: 'null inside an item is not an empty entry', code: cfg('  - {type: string, name: s, alias: s, spec: {editable: true, default: ~}}\n') },
    { name: 'an empty config list', code: helmFlat(undefined, 'config: []\n') },
  ],
  invalid: [
    {
      name: 'a bare "-": at the dash',
      code: cfg(`${ITEM}  -\n`),
      errors: [{ line: 8, column: 3, message: 'config[1] is empty: the operator\'s YAML decoder drops a null entry from the item list, so it defines no item', severity: 'warning' }],
    },
    {
      name: '~ and null are empty entries too, each reported',
      code: cfg(`  - ~\n${ITEM}  - null\n`),
      errors: [
        { line: 7, column: 5, message: 'config[0] is empty' },
        { line: 9, column: 5, message: 'config[2] is empty' },
      ],
    },
    {
      name: 'in flow style',
      code: helmFlat(undefined, 'config: [~]\n'),
      errors: [{ line: 6, column: 10, message: 'config[0] is empty' }],
    },
  ],
});

test('what the rule says is what render does: the empty entry is no item', () => {
  const r = render({ file: 'd.yaml', text: cfg(`${ITEM}  -\n  - {type: string, name: s, alias: s, spec: {editable: true, default: x}}\n`) });
  assert.deepEqual([...r.effectiveConfig.keys()], ['r', 's']);
});
