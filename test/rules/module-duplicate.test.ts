import { ruleTester } from './harness.ts';
import { okModule } from './module-documents.ts';

ruleTester('module-duplicate', {
  valid: [okModule, `${okModule}---\n${okModule.replace('name: redis\n', 'name: redis\n  namespace: other\n')}`],
  invalid: [{ code: `${okModule}---\n${okModule}`, errors: [{ line: 32, column: 9, message: 'also defined in document 1 of this file' }] }],
});
