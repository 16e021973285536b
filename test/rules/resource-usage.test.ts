import { helmFlat, ruleTester } from './harness.ts';

ruleTester('resource-usage', {
  valid: [
    helmFlat(),
    { name: 'quantities of every form', code: helmFlat().replace('  version: 1.0.0\n', '  version: 1.0.0\n  resource_usage: {cpu: 0.5, memory: 1e9}\n') },
    { name: 'binary and decimal units', code: helmFlat().replace('  version: 1.0.0\n', '  version: 1.0.0\n  resource_usage: {cpu: 250m, memory: 2Gi}\n') },
  ],
  invalid: [
    {
      name: 'GB is not a Kubernetes unit',
      code: helmFlat().replace('  version: 1.0.0\n', '  version: 1.0.0\n  resource_usage:\n    memory: 2GB\n'),
      errors: [{ line: 6, column: 13, message: 'metadata.resource_usage.memory "2GB" has the unknown unit "GB" (did you mean Gi or G?)' }],
    },
    {
      name: 'not a number',
      code: helmFlat().replace('  version: 1.0.0\n', '  version: 1.0.0\n  resource_usage: {cpu: lots}\n'),
      errors: [{ line: 5, column: 25, message: 'metadata.resource_usage.cpu "lots" is not a quantity' }],
    },
  ],
});
