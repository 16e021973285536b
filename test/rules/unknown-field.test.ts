import { helmFlat, ruleTester, customImage } from './harness.ts';

ruleTester('unknown-field', {
  valid: [helmFlat(), customImage()],
  invalid: [
    {
      name: 'misspelt chartName, with a suggestion',
      code: helmFlat('  namespace: default\n  repo: https://charts.bitnami.com/bitnami\n  chartname: redis\n  version: 1.0.0\n'),
      errors: [{ line: 9, column: 3, message: 'unknown field "chartname" at spec.chartname: the operator ignores it; did you mean "chartName"?' }],
    },
    {
      name: 'unknown metadata field without a close match lists the known ones',
      code: helmFlat(undefined, '').replace('  version: 1.0.0\n', '  version: 1.0.0\n  maintainers: [a]\n'),
      errors: [{ line: 5, column: 3, message: /known fields of metadata: "name", "version"/ }],
    },
    {
      name: 'top-level apiVersion on a definition',
      code: 'apiVersion: v1\n' + customImage(),
      errors: [{ line: 1, column: 1, message: 'unknown field "apiVersion"' }],
    },
    {
      name: 'config item spec field of another type',
      code: helmFlat(undefined, 'config:\n  - type: string\n    name: n\n    alias: n\n    spec: {min: 1, editable: true}\n'),
      errors: [{ line: 10, column: 12, message: 'unknown field "min" at config[0].spec.min' }],
    },
  ],
});
