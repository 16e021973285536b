import { ruleTester } from './harness.ts';
import { inline } from './module-documents.ts';

ruleTester('module-render', {
  valid: [inline],
  invalid: [{ code: inline.replace('{{ .config.replicas }}', '{{ .config.replicas | default 1 }}'), errors: [{ line: 21, column: 44, message: 'function "default" not defined' }] }],
});
