import { ruleTester } from './harness.ts';
import { inline } from './module-documents.ts';

ruleTester('module-ignored-config', {
  valid: [inline],
  invalid: [{ code: inline.replace('  workspace:', '  config:\n    other: 1\n  workspace:'), errors: [{ line: 23, column: 5, message: 'spec.config.other names no config item' }] }],
});
