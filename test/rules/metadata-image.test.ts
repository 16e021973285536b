import { helmFlat, ruleTester } from './harness.ts';

ruleTester('metadata-image', {
  valid: [helmFlat(), { name: 'https icon', code: helmFlat().replace('  version: 1.0.0\n', '  version: 1.0.0\n  image: https://example.com/redis.png\n') }],
  invalid: [
    {
      name: 'relative path',
      code: helmFlat().replace('  version: 1.0.0\n', '  version: 1.0.0\n  image: icons/redis.png\n'),
      errors: [{ line: 5, column: 10, message: 'is not an absolute URL (it needs a scheme such as https://)' }],
    },
    {
      name: 'ftp scheme',
      code: helmFlat().replace('  version: 1.0.0\n', '  version: 1.0.0\n  image: ftp://example.com/i.png\n'),
      errors: [{ line: 5, column: 10, message: 'has the scheme "ftp"; only http and https are fetched' }],
    },
  ],
});
