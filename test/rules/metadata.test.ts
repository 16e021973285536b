import { helmFlat, ruleTester } from './harness.ts';

ruleTester('metadata-name', {
  valid: [helmFlat(), { name: 'dots allowed (DNS-1123 subdomain)', code: helmFlat().replace('name: redis', 'name: redis.cache-v2') }],
  invalid: [
    { name: 'missing', code: helmFlat().replace('  name: redis\n', ''), errors: [{ line: 2, column: 1, message: 'metadata.name is missing' }] },
    { name: 'empty', code: helmFlat().replace('name: redis', 'name: ""'), errors: [{ line: 3, column: 3, message: 'metadata.name is missing' }] },
    {
      name: 'upper case and underscore, with a fix',
      code: helmFlat().replace('name: redis', 'name: My_Redis'),
      errors: [{ line: 3, column: 9, message: 'metadata.name "My_Redis" must consist of lower case letters, digits, "-" and "."' }],
    },
    { name: 'too long', code: helmFlat().replace('name: redis', `name: ${'a'.repeat(254)}`), errors: [{ line: 3, column: 9, message: 'is 254 characters, over the 253 allowed' }] },
  ],
});

ruleTester('metadata-version', {
  valid: [helmFlat(), { name: 'prerelease and build', code: helmFlat().replace('version: 1.0.0', 'version: 1.0.0-rc.1+build.5') }],
  invalid: [
    { name: 'missing', code: helmFlat().replace('  version: 1.0.0\n', ''), errors: [{ line: 2, column: 1, message: 'metadata.version is missing', severity: 'warning' }] },
    { name: 'two parts (a YAML float)', code: helmFlat().replace('version: 1.0.0', 'version: 1.10'), errors: [{ line: 4, column: 12, message: 'metadata.version "1.10" is not a semantic version (MAJOR.MINOR.PATCH); write e.g. "1.10.0"' }] },
    { name: 'v prefix', code: helmFlat().replace('version: 1.0.0', 'version: v2.1.0'), errors: [{ line: 4, column: 12, message: 'write e.g. "2.1.0"' }] },
  ],
});

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
