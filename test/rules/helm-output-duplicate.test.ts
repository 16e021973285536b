import { HELM_FLAT_SPEC, helmChart, helmFlat, ruleTester } from './harness.ts';

const outputs = (...entries: string[]): string => helmFlat(`${HELM_FLAT_SPEC}  outputs:\n${entries.map((e) => `    - ${e}\n`).join('')}`);

ruleTester('helm-output-duplicate', {
  valid: [
    helmFlat(),
    { name: 'distinct names', code: outputs('{name: host, value: h}', '{name: port, value: 1}') },
    { name: 'names differ in case', code: outputs('{name: host, value: h}', '{name: Host, value: h}') },
    { name: 'empty and missing names are helm-outputs\' findings', code: outputs('{name: "", value: 1}', '{name: "", value: 2}', '{value: 3}', '{value: 4}') },
    { name: 'different templates', code: outputs('{name: "{{ .config.a }}", value: 1}', '{name: "{{ .config.b }}", value: 2}') },
  ],
  invalid: [
    {
      name: 'second use of a name',
      code: outputs('{name: host, value: a}', '{name: port, value: 1}', '{name: host, value: b}'),
      errors: [
        {
          line: 14,
          column: 14,
          severity: 'warning',
          message: 'spec.outputs[2].name "host" is already the name of spec.outputs[0]: outputs are looked up by name, so only one of them is exposed; rename one of them',
        },
      ],
    },
    {
      name: 'a number and its text are the same name (yaml.v3 reads both as "1")',
      code: outputs('{name: 1, value: a}', '{name: "1", value: b}'),
      errors: [{ line: 13, column: 14, message: 'spec.outputs[1].name "1" is already the name of spec.outputs[0]' }],
    },
    {
      name: 'three times, templated, chart dialect',
      code: helmChart(
        `  namespace: default\n  chart: {repo: {url: https://charts.example.com, chartName: redis}}\n  outputs:\n    - name: "{{ .config.n }}"\n      value: 1\n    - name: "{{ .config.n }}"\n      value: 2\n    - name: "{{ .config.n }}"\n      value: 3\n`,
      ),
      errors: [
        { line: 12, column: 13, message: 'spec.outputs[1].name "{{ .config.n }}" is already the name of spec.outputs[0]' },
        { line: 14, column: 13, message: 'spec.outputs[2].name "{{ .config.n }}" is already the name of spec.outputs[0]' },
      ],
    },
  ],
});
