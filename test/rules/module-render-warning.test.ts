import { ruleTester } from './harness.ts';
import { inline } from './module-documents.ts';

ruleTester('module-render-warning', {
  valid: [inline],
  invalid: [{ code: inline.replace('{{ .config.replicas }}', '{{ .config.nope }}'), errors: [{ line: 21, column: 21, message: '<no value>' }] }],
});
