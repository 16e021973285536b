import { ruleTester } from './harness.ts';
import { okModule } from './module-documents.ts';

ruleTester('module-labels', {
  valid: [okModule.replace('  name: redis\n', '  name: redis\n  labels:\n    app.kubernetes.io/name: redis\n    empty: ""\n  annotations:\n    example.com/note: "any text: ok"\n')],
  invalid: [
    {
      code: okModule.replace('  name: redis\n', `  name: redis\n  labels:\n    bad key: x\n    tier: true\n    long: ${'a'.repeat(64)}\n  annotations:\n    Example.com/x: y\n`),
      errors: [
        { line: 6, column: 5, message: 'label key "bad key" name part must be' },
        { line: 7, column: 11, message: 'label "tier" must be a string' },
        { line: 8, column: 11, message: 'value is 64 characters; at most 63' },
        { line: 10, column: 5, message: 'prefix "Example.com" must be a DNS-1123 subdomain' },
      ],
    },
  ],
});
