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
