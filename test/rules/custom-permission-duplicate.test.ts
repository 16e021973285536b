import { customImage, ruleTester } from './harness.ts';

const img = '  image: ghcr.io/acme/module:v1.2.3\n';

ruleTester('custom-permission-duplicate', {
  valid: [
    customImage(),
    customImage(`${img}  permissions: [workspace, controller]\n`),
    { name: 'an empty list', code: customImage(`${img}  permissions: []\n`) },
    { name: 'null entries are custom-permissions\' finding', code: customImage(`${img}  permissions: [~, ~, '']\n`) },
    { name: 'case differs: a different (invalid) value', code: customImage(`${img}  permissions: [workspace, Workspace]\n`) },
  ],
  invalid: [
    {
      name: 'workspace twice',
      code: customImage(`${img}  permissions:\n    - workspace\n    - "workspace"\n`),
      errors: [{ line: 10, column: 7, message: 'spec.permissions[1] "workspace" repeats spec.permissions[0]; listing it once is enough, remove the duplicate', severity: 'warning' }],
    },
    {
      name: 'each repeat is reported against the first',
      code: customImage(`${img}  permissions: [controller, workspace, controller, controller]\n`),
      errors: [
        { line: 8, column: 40, message: 'spec.permissions[2] "controller" repeats spec.permissions[0]' },
        { line: 8, column: 52, message: 'spec.permissions[3] "controller" repeats spec.permissions[0]' },
      ],
    },
    {
      name: 'unknown values repeated are still duplicates',
      code: customImage(`${img}  permissions: [admin, admin]\n`),
      errors: [{ line: 8, column: 24, message: 'spec.permissions[1] "admin" repeats spec.permissions[0]' }],
    },
  ],
});
