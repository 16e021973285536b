import { ruleTester } from './harness.ts';
import { head, okModule } from './module-documents.ts';

ruleTester('module-pruned-field', {
  valid: [okModule],
  invalid: [
    {
      code: `${head()}spec:\n  extra: 1\n  source:\n    httpURL: https://x/y\n  workspace:\n    name: dev\n    namespace:\n`,
      errors: [
        { line: 6, column: 3, message: 'spec.extra is not a field of the Module CRD', severity: 'warning' },
        { line: 11, column: 5, message: 'spec.workspace.namespace is null' },
      ],
    },
    {
      name: 'createNamespace is not in the 0.1.11 CRD',
      code: `${head()}spec:\n  createNamespace: true\n  source:\n    httpURL: https://x/y\n  workspace:\n    name: dev\n`,
      options: { operatorVersion: '0.1.11' },
      errors: [{ line: 6, column: 3, message: '(CRD of operator 0.1.11)' }],
    },
  ],
});
