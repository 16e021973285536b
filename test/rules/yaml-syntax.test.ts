import { helmFlat, ruleTester } from './harness.ts';

const inConfigMap = (definition: string) =>
  `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: defs}\ndata:\n  module.yaml: |\n${definition.replace(/^(?=.)/gm, '    ')}`;

ruleTester('yaml-syntax', {
  valid: [
    helmFlat(),
    { name: 'anchors and aliases that resolve', code: 'a: &x [1]\nb: *x\n' },
    { name: 'a definition in a ConfigMap', code: inConfigMap(helmFlat()) },
  ],
  invalid: [
    { name: 'an unclosed flow sequence', code: 'a: [\n', errors: [{ line: 2, column: 1, message: 'Flow sequence in block collection must be sufficiently indented and end with a ]' }] },
    { name: 'a duplicate key (yaml.v3 refuses it)', code: helmFlat().replace('  name: redis\n', '  name: redis\n  name: cache\n'), errors: [{ line: 4, column: 3, message: 'Map keys must be unique' }] },
    { name: 'an alias of no anchor', code: 'a: &x [1]\nb: *y\n', errors: [{ line: 2, column: 4, message: "unknown anchor 'y' referenced" }] },
    {
      name: 'inside data["module.yaml"], at the file position',
      code: inConfigMap('kind: Helm\nmetadata: [\n'),
      errors: [{ line: 7, column: 16, message: 'in data["module.yaml"]: Flow sequence in block collection' }],
    },
  ],
});
