import { customImage, customPlugin, helmFlat, ruleTester } from './harness.ts';

ruleTester('custom-template', {
  valid: [
    customImage(),
    customPlugin('  repo:\n    file: https://example.com/plugin.so\n'),
    { name: 'single braces', code: customImage('  image: ghcr.io/acme/module:v1\n  imagePullSecrets: ["{secret}"]\n') },
    { name: 'only an opening pair', code: customImage('  image: ghcr.io/acme/module:v1\n  imagePullSecrets: ["a{{b"]\n') },
    { name: 'closing before opening is no action', code: customImage('  image: ghcr.io/acme/module:v1\n  imagePullSecrets: ["}} {{"]\n') },
    { name: 'templates in config defaults are not spec', code: customImage(undefined, 'config:\n  - type: string\n    name: n\n    alias: n\n    spec: {default: "{{ .x }}"}\n') },
    { name: 'Helm specs are rendered, and not this rule\'s', code: helmFlat('  namespace: "{{ .Release }}"\n  repo: https://x.example\n  chartName: redis\n  version: 1.0.0\n') },
    { name: 'a null image', code: customImage('  image:\n') },
  ],
  invalid: [
    {
      name: 'a templated image tag',
      code: customImage('  image: "ghcr.io/acme/module:{{ .version }}"\n'),
      errors: [
        {
          line: 7,
          column: 10,
          message:
            'spec.image contains "{{ … }}", but operators 0.1.0–0.1.20 never render a Custom spec (rendering came with the inline Module of 0.1.21), so the module receives the braces literally; write a fixed value, and read per-install settings from the module\'s config instead',
          severity: 'warning',
        },
      ],
    },
    {
      name: 'in a list entry, flow style',
      code: customImage('  image: ghcr.io/acme/module:v1\n  imagePullSecrets: [regcred, "{{.secret}}"]\n'),
      errors: [{ line: 8, column: 31, message: 'spec.imagePullSecrets[1] contains "{{ … }}"' }],
    },
    {
      name: 'plugin dialect: the file URL',
      code: customPlugin("  repo:\n    file: 'https://example.com/{{ .Values.version }}/plugin.so'\n"),
      errors: [{ line: 8, column: 11, message: 'spec.repo.file contains "{{ … }}"' }],
    },
    {
      name: 'plugin dialect: the ConfigMap name and namespace',
      code: customPlugin('  repo:\n    configMap:\n      name: "{{ .name }}"\n      namespace: "{{ .ns }}"\n'),
      errors: [
        { line: 9, column: 13, message: 'spec.repo.configMap.name contains' },
        { line: 10, column: 18, message: 'spec.repo.configMap.namespace contains' },
      ],
    },
    {
      name: 'a block scalar',
      code: customImage('  image: >-\n    ghcr.io/acme/module:{{ .v }}\n'),
      errors: [{ line: 7, column: 10, message: 'spec.image contains' }],
    },
  ],
});
