import { ruleTester } from './harness.ts';
import { okModule, inline } from './module-documents.ts';

ruleTester('module-release-name', {
  valid: [okModule, inline],
  invalid: [
    { code: okModule.replace('name: redis\n', `name: ${'r'.repeat(50)}\n`), errors: [{ line: 4, column: 9, message: 'is 58 characters (Helm allows 53)' }] },
    { code: inline.replace('    namespace: default\n', '    namespace: default\n    releaseName: Redis\n'), errors: [{ line: 15, column: 18, message: '"Redis" (spec.helm.releaseName) is not a DNS-1123 name' }] },
  ],
});
