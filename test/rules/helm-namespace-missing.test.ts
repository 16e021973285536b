import { helmChart, helmFlat, ruleTester } from './harness.ts';

const REST = '  repo: https://charts.bitnami.com/bitnami\n  chartName: redis\n  version: 21.2.9\n';
const ns = (value: string): string => helmFlat(`  namespace: ${value}\n${REST}`);

ruleTester('helm-namespace-missing', {
  valid: [
    helmFlat(),
    { name: 'templated', code: ns('"{{ .config.namespace }}"') },
    { name: 'an invalid name is helm-namespace\'s finding', code: ns('My_Namespace') },
    { name: 'no spec key at all is the structure rule\'s finding', code: helmChart('').replace('spec:\n', '') },
    { name: 'a scalar spec is the structure rule\'s finding', code: helmChart('').replace('spec:\n', 'spec: redis\n') },
    { name: 'chart dialect', code: helmChart('  namespace: databases\n  chart: {git: {repo: https://github.com/org/charts.git}}\n') },
  ],
  invalid: [
    {
      name: 'missing: at the spec key',
      code: helmFlat(REST),
      errors: [{ line: 6, column: 1, severity: 'warning', message: 'spec.namespace is missing: it is the namespace the Helm release is installed in; set it, e.g. namespace: default, or namespace: "{{ .config.namespace }}" to let the Module choose' }],
    },
    {
      name: 'null: at the key',
      code: ns(''),
      errors: [{ line: 7, column: 3, severity: 'warning', message: 'spec.namespace is empty' }],
    },
    {
      name: 'empty string: at the value',
      code: ns('""'),
      errors: [{ line: 7, column: 14, severity: 'warning', message: 'spec.namespace is empty' }],
    },
    {
      name: 'chart dialect with an empty spec',
      code: helmChart(''),
      errors: [{ line: 6, column: 1, severity: 'warning', message: 'spec.namespace is missing' }],
    },
  ],
});
