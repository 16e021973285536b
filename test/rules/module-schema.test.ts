import { ruleTester } from './harness.ts';
import { head, okModule } from './module-documents.ts';

ruleTester('module-schema', {
  valid: [okModule],
  invalid: [
    {
      code: `${head()}spec:\n  hibernated: "no"\n  source:\n    httpURL: https://x/y\n  workspace:\n    name: dev\n`,
      errors: [{ line: 6, column: 15, message: 'spec.hibernated must be true or false' }],
    },
    { code: `${head()}spec:\n  source:\n    httpURL: https://x/y\n`, errors: [{ line: 5, column: 1, message: 'spec.workspace is required' }] },
    {
      name: 'empty workspace name (minLength)',
      code: `${head()}spec:\n  source:\n    httpURL: https://x/y\n  workspace:\n    name: ""\n`,
      errors: [{ line: 9, column: 11, message: 'spec.workspace.name must not be empty' }],
    },
  ],
});
