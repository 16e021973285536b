import { ruleTester } from './harness.ts';
import { inline } from './module-documents.ts';

ruleTester('module-inline-duplicate-alias', {
  valid: [inline],
  invalid: [
    {
      code: inline.replace('spec:\n  helm:', '  - name: Again\n    alias: replicas\n    integer:\n      default: 3\nspec:\n  helm:'),
      errors: [{ line: 13, column: 12, severity: 'warning', message: 'alias "replicas" is also used by config[0]' }],
    },
  ],
});
