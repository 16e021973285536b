import { ruleTester } from './harness.ts';
import { head, okModule } from './module-documents.ts';

ruleTester('module-config', {
  valid: [okModule.replace('  workspace:', '  config:\n    replicas: 3\n  workspace:')],
  invalid: [
    {
      code: okModule.replace('  workspace:', '  config:\n    replicas: 9\n    nope: 1\n  workspace:'),
      errors: [
        { line: 27, column: 15, message: 'replicas: 9 is above the maximum 5' },
        { line: 28, column: 5, message: 'nope: no config item has this alias' },
      ],
    },
    {
      name: 'a definition from a ConfigMap among the inputs',
      code: `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: defs\ndata:\n  module.yaml: |\n    kind: Helm\n    metadata:\n      name: r\n      version: "1.0.0"\n      supportedOperatorVersion: ">= 0.1.0"\n    config:\n      - type: option\n        name: Mode\n        alias: mode\n        spec:\n          editable: true\n          values: [a, b]\n    spec:\n      namespace: default\n      repo: https://charts.bitnami.com/bitnami\n      chartName: redis\n      version: 1.0.0\n---\n${head()}spec:\n  source:\n    configMap:\n      name: defs\n  config:\n    mode: c\n  workspace:\n    name: dev\n`,
      errors: [{ line: 34, column: 11, message: 'ConfigMap default/defs data["module.yaml"]' }],
    },
  ],
});
