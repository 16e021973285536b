import { helmChart, helmFlat, ruleTester } from './harness.ts';

const REST = '  repo: https://charts.bitnami.com/bitnami\n  chartName: redis\n  version: 21.2.9\n';
const ns = (value: string): string => helmFlat(`  namespace: ${value}\n${REST}`);

ruleTester('helm-namespace', {
  valid: [
    helmFlat(),
    { name: 'templated', code: ns('"{{ .config.namespace }}"') },
    { name: 'partly templated', code: ns('"team-{{ .config.team }}"') },
    { name: 'digits only is a valid label', code: ns('"123"') },
    { name: '63 characters', code: ns('a'.repeat(63)) },
    { name: 'no spec key at all is the structure rule\'s finding', code: helmChart('').replace('spec:\n', '') },
    { name: 'a scalar spec is the structure rule\'s finding', code: helmChart('').replace('spec:\n', 'spec: redis\n') },
    { name: 'missing is helm-namespace-missing\'s finding', code: helmFlat(REST) },
    { name: 'null is helm-namespace-missing\'s finding', code: ns('') },
    { name: 'empty string is helm-namespace-missing\'s finding', code: ns('""') },
    { name: 'chart dialect', code: helmChart('  namespace: databases\n  chart: {git: {repo: https://github.com/org/charts.git}}\n') },
  ],
  invalid: [
    {
      name: 'upper case and underscore, with a suggestion',
      code: ns('My_Namespace'),
      errors: [{ line: 7, column: 14, severity: 'error', message: 'spec.namespace "My_Namespace" must consist of lower case letters, digits and "-", starting and ending with a letter or digit (a namespace name is a DNS-1123 label); e.g. "my-namespace"' }],
    },
    {
      name: 'a dot is fine in a name but not in a namespace',
      code: ns('team.redis'),
      errors: [{ line: 7, column: 14, message: 'spec.namespace "team.redis" must consist of lower case letters, digits and "-"' }],
    },
    {
      name: 'too long',
      code: ns('a'.repeat(64)),
      errors: [{ line: 7, column: 14, message: 'is 64 characters, over the 63 allowed' }],
    },
    {
      name: 'a lone {{ is not a template',
      code: ns('"{{ .config.namespace"'),
      errors: [{ line: 7, column: 14, message: 'spec.namespace "{{ .config.namespace" must consist of lower case letters' }],
    },
  ],
});
