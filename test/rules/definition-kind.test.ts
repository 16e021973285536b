import { helmFlat, ruleTester } from './harness.ts';

ruleTester('definition-kind', {
  valid: [
    helmFlat(),
    { name: 'a ConfigMap without module.yaml is not a definition', code: 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: d}\ndata:\n  other: x\n' },
    { name: 'a Kubernetes object of another kind', code: 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\nspec: {}\n' },
  ],
  invalid: [
    { name: 'kind Chart', code: helmFlat().replace('kind: Helm', 'kind: Chart'), errors: [{ line: 1, column: 7, message: 'this looks like a resource definition but has "Chart"; kind must be Helm or Custom' }] },
    { name: 'no kind at all', code: helmFlat().replace('kind: Helm\n', ''), errors: [{ line: 1, column: 1, message: 'has no kind; kind must be Helm or Custom' }] },
    {
      name: 'data["module.yaml"] that holds something else',
      code: 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: d}\ndata:\n  module.yaml: |\n    a: 1\n',
      errors: [{ line: 6, column: 5, message: 'data["module.yaml"] does not hold a resource definition (kind Helm or Custom)' }],
    },
  ],
});
