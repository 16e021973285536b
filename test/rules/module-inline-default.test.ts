import { ruleTester } from './harness.ts';
import { inline } from './module-documents.ts';

ruleTester('module-inline-default', {
  valid: [inline],
  invalid: [{ code: inline.replace('default: 2', 'default: 9'), errors: [{ line: 9, column: 16, message: 'replicas: 9 is above the maximum 5', severity: 'warning' }] }],
});
