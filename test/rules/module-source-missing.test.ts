import type { ModuleLintOptions } from '../../src/lint/lint-module.ts';
import { ruleTester } from './harness.ts';
import { head, helmRaw } from './module-documents.ts';

ruleTester('module-source-missing', {
  valid: [
    {
      name: 'the ConfigMap has the key',
      code: `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: defs\ndata:\n  def.yaml: |\n${helmRaw.replace(/^ {6}/gm, '    ').replace('    raw:\n', '')}---\n${head()}spec:\n  source:\n    configMap:\n      name: defs\n      key: def.yaml\n  workspace:\n    name: dev\n`,
    },
  ],
  invalid: [
    {
      code: `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: defs\ndata:\n  other: x\n---\n${head()}spec:\n  source:\n    configMap:\n      name: defs\n      key: def.yaml\n  workspace:\n    name: dev\n`,
      errors: [{ line: 15, column: 7, message: 'has no data key "def.yaml"' }],
    },
    {
      name: 'HTTP error from the resolver',
      code: `${head()}spec:\n  source:\n    httpURL: https://x/y\n  workspace:\n    name: dev\n`,
      options: { moduleSources: { http: new Map([['https://x/y', { ok: false, error: 'HTTP 404 Not Found' }]]) } } as ModuleLintOptions,
      errors: [{ line: 7, column: 14, message: 'https://x/y: HTTP 404 Not Found' }],
    },
  ],
});
