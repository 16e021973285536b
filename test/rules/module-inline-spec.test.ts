import { ruleTester } from './harness.ts';
import { inline } from './module-documents.ts';

ruleTester('module-inline-spec', {
  valid: [inline],
  invalid: [{ code: inline.replace('  workspace:', '  custom:\n    image: x\n  workspace:'), errors: [{ line: 22, column: 3, message: 'spec sets both helm and custom' }] }],
});
