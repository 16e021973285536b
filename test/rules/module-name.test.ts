import { ruleTester } from './harness.ts';
import { okModule } from './module-documents.ts';

ruleTester('module-name', {
  valid: [okModule, okModule.replace('name: redis\n', 'name: redis.cache\n  namespace: team-a\n')],
  invalid: [
    {
      code: okModule.replace('  name: redis\n', '  name: My_Redis\n  namespace: Team-A\n'),
      errors: [
        { line: 4, column: 9, message: 'metadata.name "My_Redis" must be a DNS-1123 subdomain' },
        { line: 5, column: 14, message: 'metadata.namespace "Team-A" must be a DNS-1123 label' },
      ],
    },
    { code: okModule.replace('  name: redis\n', '  labels: {}\n'), errors: [{ line: 3, column: 1, message: 'metadata.name is missing' }] },
  ],
});
