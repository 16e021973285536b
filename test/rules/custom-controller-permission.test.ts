import { customImage, ruleTester } from './harness.ts';

const img = '  image: ghcr.io/acme/module:v1.2.3\n';

ruleTester('custom-controller-permission', {
  valid: [
    customImage(),
    customImage(`${img}  permissions: [workspace]\n`),
    { name: 'empty list', code: customImage(`${img}  permissions: []\n`) },
    { name: 'null', code: customImage(`${img}  permissions:\n`) },
    { name: 'case matters: "Controller" is custom-permissions\' finding', code: customImage(`${img}  permissions: [Controller]\n`) },
  ],
  invalid: [
    {
      name: 'controller, as in the docs',
      code: customImage('  image: my-registry/admin-module:v1.0.0\n  permissions:\n    - controller\n'),
      errors: [
        {
          line: 9,
          column: 7,
          message:
            'spec.permissions[0] "controller" gives the module the operator\'s service account on the main cluster (where Forkspacer runs), with access well beyond its workspace; use "workspace" (the workspace\'s kubeconfig) unless the module really needs cluster-wide access',
          severity: 'warning',
        },
      ],
    },
    {
      name: 'reported once, at the first occurrence, next to workspace',
      code: customImage(`${img}  permissions: [workspace, "controller", controller]\n`),
      errors: [{ line: 8, column: 28, message: 'spec.permissions[1] "controller" gives the module' }],
    },
  ],
});
