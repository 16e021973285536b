import { ruleTester } from './harness.ts';
import { head, okModule } from './module-documents.ts';

ruleTester('module-unresolved-source', {
  valid: [okModule],
  invalid: [
    { code: `${head()}spec:\n  source:\n    httpURL: https://x/y\n  workspace:\n    name: dev\n`, errors: [{ line: 7, column: 14, message: 'https://x/y was not fetched', severity: 'warning' }] },
    { code: `${head()}spec:\n  source:\n    configMap:\n      name: defs\n  workspace:\n    name: dev\n`, errors: [{ line: 8, column: 7, message: 'ConfigMap default/defs is not among the inputs' }] },
  ],
});
