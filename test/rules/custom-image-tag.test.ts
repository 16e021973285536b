import { customImage, customPlugin, ruleTester } from './harness.ts';

const D = `sha256:${'0123456789abcdef'.repeat(4)}`;

ruleTester('custom-image-tag', {
  valid: [
    customImage(),
    customImage('  image: ghcr.io/acme/module:1.4\n'),
    { name: 'a digest pins the image', code: customImage(`  image: ghcr.io/acme/module@${D}\n`) },
    { name: '"latest" with a digest is pinned by the digest', code: customImage(`  image: "ghcr.io/acme/module:latest@${D}"\n`) },
    { name: 'the tag is case-sensitive: "Latest" is a tag of its own', code: customImage('  image: ghcr.io/acme/module:Latest\n') },
    { name: 'a port is not a tag', code: customImage('  image: localhost:5000/module:v3\n') },
    { name: 'an invalid reference is custom-image-ref\'s finding', code: customImage('  image: Module\n') },
    { name: 'null image', code: customImage('  image:\n') },
    { name: 'plugin dialect', code: customPlugin('  repo:\n    file: https://example.com/plugin.so\n') },
  ],
  invalid: [
    {
      name: 'no tag',
      code: customImage('  image: ghcr.io/acme/module\n'),
      errors: [{ line: 7, column: 10, message: 'spec.image "ghcr.io/acme/module" has no tag, so it means ":latest"', severity: 'warning' }],
    },
    {
      name: 'latest, as in the docs',
      code: customImage('  image: my-registry/simple-module:latest\n  permissions:\n    - workspace\n'),
      errors: [{ line: 7, column: 10, message: 'uses the "latest" tag, which moves with every push: installs of this module are not reproducible; pin a version tag (e.g. ":v1.2.3") or a digest' }],
    },
    {
      name: 'a registry port without a tag',
      code: customImage('  image: "localhost:5000/module"\n'),
      errors: [{ line: 7, column: 10, message: 'has no tag' }],
    },
    {
      name: 'a familiar Docker Hub name',
      code: customImage("  image: 'redis'\n"),
      errors: [{ line: 7, column: 10, message: 'spec.image "redis" has no tag' }],
    },
    {
      name: 'flow style',
      code: customImage('').replace('spec:\n', 'spec: {image: "ghcr.io/forkspacer/custom-example:latest"}\n'),
      errors: [{ line: 6, column: 15, message: 'uses the "latest" tag' }],
    },
  ],
});
