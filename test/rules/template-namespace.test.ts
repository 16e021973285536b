import { helmFlat, ruleTester, withValues, VALUES_LINE } from './harness.ts';

ruleTester('template-namespace', {
  valid: [
    { name: 'only 0.1.20 is admitted', code: helmFlat().replace('">= 0.1.0, < 0.1.12"', '"0.1.20"').replace('chartName: redis', 'chart: {repo: {url: "https://c.example", chartName: redis}}') + '  values:\n    - raw: {ns: "{{ .namespace }}"}\n' },
    withValues('ns: "{{ .releaseName }}"'),
  ],
  invalid: [
    {
      name: '.namespace on releases before 0.1.20',
      code: withValues('ns: "{{ .namespace }}"'),
      errors: [{ line: VALUES_LINE, column: 17, message: '.namespace is provided only from operator 0.1.20; releases 0.1.0–0.1.11 that this definition supports render it as <no value>', severity: 'warning' }],
    },
    {
      name: 'the flat dialect: no release that reads it has .namespace, so raising the constraint is not the advice',
      code: withValues('ns: "{{ .namespace }}"'),
      errors: [{ line: VALUES_LINE, column: 17, message: 'render it as <no value>. No release that reads this dialect provides it: write the namespace literally or template it from a config item' }],
    },
    {
      name: 'the chart dialect up to 0.1.19: raise the constraint to 0.1.20',
      code:
        helmFlat().replace('">= 0.1.0, < 0.1.12"', '">= 0.1.12"').replace('chartName: redis', 'chart: {repo: {url: "https://c.example", chartName: redis}}') + '  values:\n    - raw: {ns: "{{ .namespace }}"}\n',
      errors: [{ line: 12, column: 21, message: 'releases 0.1.12–0.1.19 that this definition supports render it as <no value>. Raise supportedOperatorVersion to ">= 0.1.20" or template the namespace from a config item' }],
    },
  ],
});
