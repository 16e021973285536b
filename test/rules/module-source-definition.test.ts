import type { ModuleLintOptions } from '../../src/lint/lint-module.ts';
import { ruleTester } from './harness.ts';
import { head, helmRaw } from './module-documents.ts';

ruleTester('module-source-definition', {
  valid: [
    {
      code: `${head()}spec:\n  source:\n    httpURL: https://x/y\n  workspace:\n    name: dev\n`,
      options: { moduleSources: { http: new Map([['https://x/y', { ok: true, url: 'https://x/y', text: helmRaw.replace(/^ {6}/gm, '').replace('    raw:\n', '') }]]) } } as ModuleLintOptions,
    },
  ],
  invalid: [
    {
      code: `${head()}spec:\n  source:\n    httpURL: https://x/y\n  config:\n    replicas: 7\n  workspace:\n    name: dev\n`,
      options: { moduleSources: { http: new Map([['https://x/y', { ok: true, url: 'https://x/y', text: 'kind: Helm\nmetadata:\n  name: r\n  version: "1.0.0"\nconfig:\n  - type: integer\n    name: R\n    alias: replicas\n    spec: {editable: true, max: 5}\nspec:\n  namespace: default\n  repo: https://charts.bitnami.com/bitnami\n  chartName: redis\n  version: 1.0.0\n' }]]) } } as ModuleLintOptions,
      errors: [{ line: 7, column: 14, message: 'the definition from https://x/y has an error: at its line 2:1, metadata.supportedOperatorVersion is missing' }],
    },
  ],
});
