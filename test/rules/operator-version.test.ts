import { customImage, helmFlat, ruleTester } from './harness.ts';

ruleTester('operator-version', {
  valid: [
    { name: 'no --operator-version: nothing to check', code: helmFlat() },
    { name: 'a release inside the accepted set', code: helmFlat(), options: { operatorVersion: '0.1.11' } },
    { name: 'v prefix accepted', code: helmFlat(), options: { operatorVersion: 'v0.1.3' } },
    { name: 'custom image with an empty image is still loaded by 0.1.11', code: customImage('  image: ""\n'), options: { operatorVersion: '0.1.11' } },
  ],
  invalid: [
    {
      name: 'release outside the constraint',
      code: helmFlat(),
      options: { operatorVersion: '0.1.20' },
      errors: [{ line: 5, column: 29, message: 'operator 0.1.20 would not load this definition: its supportedOperatorVersion does not admit 0.1.20; releases that would: 0.1.0–0.1.11' }],
    },
    {
      name: 'release that does not read the dialect',
      code: helmFlat().replace('">= 0.1.0, < 0.1.12"', '">= 0.1.0"'),
      options: { operatorVersion: '0.1.15' },
      errors: [{ line: 5, column: 29, message: 'operator 0.1.15 does not read the Helm, flat spec' }],
    },
    {
      name: 'release whose own checks reject the definition',
      code: customImage('  image: ""\n'),
      options: { operatorVersion: '0.1.12' },
      errors: [{ line: 5, column: 29, message: 'operator 0.1.12 rejects an empty spec.image; releases that would: 0.1.8–0.1.11' }],
    },
    {
      name: 'unknown release',
      code: helmFlat(),
      options: { operatorVersion: '0.3.0' },
      errors: [{ line: 5, column: 29, message: '(0.3.0 is not a known release; known: 0.1.0–0.1.24)' }],
    },
  ],
});
