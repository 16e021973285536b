import { customImage, customPlugin, ruleTester } from './harness.ts';

const D = `sha256:${'a'.repeat(64)}`;

ruleTester('custom-image-ref', {
  valid: [
    customImage(),
    customImage('  image: redis\n'),
    customImage('  image: "localhost:5000/team/module:1.0"\n'),
    customImage(`  image: ghcr.io/acme/module@${D}\n`),
    customImage(`  image: 'registry.example.com:8443/acme/module:v2@${D}'\n`),
    customImage('  image: "[::1]:5000/module:v1"\n'),
    { name: 'yaml.v3 gives a number as its text: "123" is a repository name', code: customImage('  image: 123\n') },
    { name: 'flow-style spec', code: customImage('  {image: ghcr.io/acme/module:v1, permissions: [workspace]}\n').replace('spec:\n  {', 'spec: {') },
    { name: 'a non-string image is the structure rule\'s finding', code: customImage('  image: [a, b]\n') },
    { name: 'a missing spec is the structure rule\'s finding', code: 'kind: Custom\nmetadata:\n  name: tool\n  version: 1.0.0\n  supportedOperatorVersion: ">= 0.1.8, <= 0.1.20"\n' },
    { name: 'the plugin dialect has no image', code: customPlugin('  repo:\n    file: https://example.com/plugin.so\n') },
  ],
  invalid: [
    {
      name: 'image missing from the spec',
      code: customImage('  permissions: [workspace]\n'),
      errors: [{ line: 6, column: 1, message: 'spec.image is missing: a Custom module runs as a container, so it needs an image (operator 0.1.12+ rejects', severity: 'error' }],
    },
    {
      name: 'a misspelt image key is pointed out',
      code: customImage('  Image: ghcr.io/acme/module:v1\n'),
      errors: [{ line: 6, column: 1, message: 'spec.image is missing (is "Image" meant to be it?): a Custom module runs as a container' }],
    },
    {
      name: 'null spec',
      code: customImage(''),
      errors: [{ line: 6, column: 1, message: 'spec.image is missing' }],
    },
    {
      name: 'null image, reported at the key',
      code: customImage('  image:\n  permissions: [workspace]\n'),
      errors: [{ line: 7, column: 3, message: 'spec.image is empty: operator 0.1.12+ rejects a Custom module without an image' }],
    },
    {
      name: 'explicit ~',
      code: customImage('  image: ~\n'),
      errors: [{ line: 7, column: 3, message: 'spec.image is empty' }],
    },
    {
      name: 'empty quoted string',
      code: customImage('  image: ""\n'),
      errors: [{ line: 7, column: 10, message: 'e.g. ghcr.io/acme/module:v1.2.3' }],
    },
    {
      name: 'uppercase repository, with the lower-cased fix',
      code: customImage('  image: ghcr.io/Acme/Module:v1\n'),
      errors: [{ line: 7, column: 10, message: 'spec.image "ghcr.io/Acme/Module:v1" has uppercase letters in the repository "Acme/Module"; repository paths must be lowercase, e.g. "ghcr.io/acme/module"' }],
    },
    {
      name: 'a URL scheme',
      code: customImage('  image: "https://ghcr.io/acme/module:v1"\n'),
      errors: [{ line: 7, column: 10, message: 'has no scheme; write "ghcr.io/acme/module:v1"' }],
    },
    {
      name: 'bad tag',
      code: customImage("  image: 'ghcr.io/acme/module:v1+build.7'\n"),
      errors: [{ line: 7, column: 10, message: 'has "+" in the tag "v1+build.7"; tags allow letters, digits, "_", "." and "-"' }],
    },
    {
      name: 'short digest',
      code: customImage('  image: ghcr.io/acme/module@sha256:abc123\n'),
      errors: [{ line: 7, column: 10, message: 'has a sha256 digest of 6 hex digits; it needs exactly 64' }],
    },
    {
      name: 'empty path component',
      code: customImage('  image: ghcr.io/acme//module:v1\n'),
      errors: [{ line: 7, column: 10, message: 'has an empty path component in "acme//module"' }],
    },
    {
      name: 'a trailing colon',
      code: customImage('  image: "my-registry/my-module:"\n'),
      errors: [{ line: 7, column: 10, message: 'ends with ":" but no tag follows' }],
    },
    {
      name: 'flow style',
      code: customImage('').replace('spec:\n', 'spec: {image: "Module:v1"}\n'),
      errors: [{ line: 6, column: 15, message: 'spec.image "Module:v1" has uppercase letters in the repository "Module"' }],
    },
    {
      name: 'block scalar with a trailing newline',
      code: customImage('  image: |\n    ghcr.io/acme/module:v1\n'),
      errors: [{ line: 7, column: 10, message: 'has leading or trailing whitespace; write "ghcr.io/acme/module:v1"' }],
    },
  ],
});
