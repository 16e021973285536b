import { customImage, ruleTester } from './harness.ts';

const img = '  image: my-private-registry.com/my-module:v1.0.0\n';

ruleTester('custom-pull-secrets', {
  valid: [
    customImage(),
    customImage(`${img}  imagePullSecrets:\n    - my-registry-secret\n    - another-registry-secret\n`),
    customImage(`${img}  imagePullSecrets: ["regcred", 'ghcr.auth']\n`),
    { name: 'an empty list', code: customImage(`${img}  imagePullSecrets: []\n`) },
    { name: 'null', code: customImage(`${img}  imagePullSecrets:\n`) },
    { name: 'a {name: ...} entry is the structure rule\'s finding', code: customImage(`${img}  imagePullSecrets:\n    - name: regcred\n`) },
    { name: 'a number is its text, and a valid name', code: customImage(`${img}  imagePullSecrets: [123]\n`) },
  ],
  invalid: [
    {
      name: 'an invalid name, with a suggestion',
      code: customImage(`${img}  imagePullSecrets:\n    - My_Registry_Secret\n`),
      errors: [
        {
          line: 9,
          column: 7,
          message: 'spec.imagePullSecrets[0] "My_Registry_Secret" is not a valid Secret name: it must consist of lower case letters, digits, "-" and ".", starting and ending with a letter or digit; for example "my-registry-secret"',
          severity: 'warning',
        },
      ],
    },
    {
      name: 'null and empty entries',
      code: customImage(`${img}  imagePullSecrets:\n    - ~\n    - ""\n`),
      errors: [
        { line: 9, column: 7, message: 'spec.imagePullSecrets[0] is empty: the module pod would reference a Secret with no name; give the name of a docker-registry Secret in the forkspacer-system namespace' },
        { line: 10, column: 7, message: 'spec.imagePullSecrets[1] is empty' },
      ],
    },
    {
      name: 'duplicates',
      code: customImage(`${img}  imagePullSecrets: [regcred, other, 'regcred']\n`),
      errors: [{ line: 8, column: 38, message: 'spec.imagePullSecrets[2] "regcred" repeats spec.imagePullSecrets[0]; list each Secret once and remove the duplicate' }],
    },
    {
      name: 'too long',
      code: customImage(`${img}  imagePullSecrets: [${'a'.repeat(254)}]\n`),
      errors: [{ line: 8, column: 22, message: 'is not a valid Secret name: it is 254 characters, over the 253 allowed' }],
    },
    {
      name: 'trailing dash',
      code: customImage(`${img}  imagePullSecrets:\n    - "regcred-"\n`),
      errors: [{ line: 9, column: 7, message: 'spec.imagePullSecrets[0] "regcred-" is not a valid Secret name: it must consist of lower case letters, digits, "-" and ".", starting and ending with a letter or digit; for example "regcred"' }],
    },
  ],
});
