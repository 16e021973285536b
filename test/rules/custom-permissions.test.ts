import { customImage, customPlugin, ruleTester } from './harness.ts';

const img = '  image: ghcr.io/acme/module:v1.2.3\n';

ruleTester('custom-permissions', {
  valid: [
    customImage(),
    customImage(`${img}  permissions:\n    - workspace\n`),
    customImage(`${img}  permissions: [workspace, controller]\n`),
    customImage(`${img}  permissions: ["workspace", 'controller']\n`),
    { name: 'an empty list', code: customImage(`${img}  permissions: []\n`) },
    { name: 'null permissions', code: customImage(`${img}  permissions:\n`) },
    { name: 'duplicates are custom-permission-duplicate\'s finding', code: customImage(`${img}  permissions: [workspace, workspace]\n`) },
    { name: 'a map entry is the structure rule\'s finding', code: customImage(`${img}  permissions:\n    - {name: workspace}\n`) },
    { name: 'a scalar instead of a list is the structure rule\'s finding', code: customImage(`${img}  permissions: workspace\n`) },
    { name: 'plugin dialect', code: customPlugin('  repo:\n    file: https://example.com/plugin.so\n') },
  ],
  invalid: [
    {
      name: 'wrong case, with a suggestion',
      code: customImage(`${img}  permissions:\n    - Workspace\n`),
      errors: [
        {
          line: 9,
          column: 7,
          message:
            'spec.permissions[0] "Workspace" is not a permission: the operator rejects it (0.1.8 – 0.1.11 when installing, 0.1.12+ when loading the definition); did you mean "workspace"? Allowed: "workspace" (the workspace\'s kubeconfig) or "controller"',
          severity: 'error',
        },
      ],
    },
    {
      name: 'a typo',
      code: customImage(`${img}  permissions: [workspace, controler]\n`),
      errors: [{ line: 8, column: 28, message: 'spec.permissions[1] "controler" is not a permission: the operator rejects it (0.1.8 – 0.1.11 when installing, 0.1.12+ when loading the definition); did you mean "controller"?' }],
    },
    {
      name: 'no close match lists the allowed values',
      code: customImage(`${img}  permissions:\n    - "cluster-admin"\n    - workspace\n`),
      errors: [{ line: 9, column: 7, message: /"cluster-admin" is not a permission: .*; allowed: "workspace" \(the workspace's kubeconfig\) or "controller" \(the operator's service account on the main cluster\)$/ }],
    },
    {
      name: 'null and empty entries',
      code: customImage(`${img}  permissions:\n    - ~\n    - ''\n    - workspace\n`),
      errors: [
        { line: 9, column: 7, message: 'spec.permissions[0] is empty: the operator (0.1.8+) rejects an unknown permission, and "" is one' },
        { line: 10, column: 7, message: 'spec.permissions[1] is empty' },
      ],
    },
    {
      name: 'a number is its text',
      code: customImage(`${img}  permissions: [1]\n`),
      errors: [{ line: 8, column: 17, message: 'spec.permissions[0] "1" is not a permission' }],
    },
    {
      name: 'flow style spec',
      code: customImage('').replace('spec:\n', 'spec: {image: "a:v1", permissions: [admin]}\n'),
      errors: [{ line: 6, column: 37, message: 'spec.permissions[0] "admin" is not a permission' }],
    },
  ],
});
