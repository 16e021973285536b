import { HELM_FLAT_SPEC, helmChart, helmFlat, ruleTester } from './harness.ts';

const values = (...entries: string[]): string => helmFlat(`${HELM_FLAT_SPEC}  values:\n${entries.map((e) => `    - ${e}\n`).join('')}`);
const CHART_HEAD = '  namespace: default\n  chart:\n    repo: {url: https://charts.example.com, chartName: redis}\n';
const chartValues = (...entries: string[]): string => helmChart(`${CHART_HEAD}  values:\n${entries.map((e) => `    - ${e}\n`).join('')}`);

ruleTester('helm-values-source', {
  valid: [
    helmFlat(),
    { name: 'empty list', code: helmFlat(`${HELM_FLAT_SPEC}  values: []\n`) },
    { name: 'null list', code: helmFlat(`${HELM_FLAT_SPEC}  values:\n`) },
    {
      name: 'one source per entry',
      code: values('file: https://example.com/base.yaml', 'configMap: {name: prod-values, namespace: default}', 'raw:\n        replicaCount: "{{ .config.replicas }}"'),
    },
    { name: 'templated file and configMap name', code: values('file: "{{ .config.valuesUrl }}"', 'configMap: {name: "{{ .releaseName }}-values"}') },
    { name: 'raw: {} is a (empty) source', code: values('raw: {}') },
    { name: 'a null second source does not count', code: values('file: https://example.com/v.yaml\n      raw:') },
    { name: 'chart dialect: configMap with key', code: chartValues('configMap: {name: prod-values, key: values.yaml}') },
    { name: 'a scalar entry is the structure rule\'s finding', code: values('https://example.com/v.yaml') },
  ],
  invalid: [
    {
      name: 'an empty entry',
      code: values('{}'),
      errors: [{ line: 12, column: 7, message: 'spec.values[0] has no values source: the operator rejects it; give exactly one of file (an http(s) URL), configMap ({name, namespace}) or raw (inline values)' }],
    },
    {
      name: 'file written empty',
      code: values('raw: {a: 1}', 'file: ""'),
      errors: [{ line: 13, column: 7, message: 'spec.values[1] has no values source (file is empty): the operator rejects it' }],
    },
    {
      name: 'configMap and raw written null',
      code: values('configMap:\n      raw: ~'),
      errors: [{ line: 12, column: 7, message: 'spec.values[0] has no values source (configMap and raw are empty)' }],
    },
    {
      name: 'a misspelt source key only',
      code: values('values: {a: 1}'),
      errors: [{ line: 12, column: 7, message: 'spec.values[0] has no values source' }],
    },
    {
      name: 'file and raw in one entry: reported at the second',
      code: values('file: https://example.com/v.yaml\n      raw: {replicaCount: 2}'),
      errors: [
        {
          line: 13,
          column: 7,
          message:
            'spec.values[0] sets file and raw: the operator reads only one source per entry; give exactly one of file, configMap or raw, and put the others in entries of their own',
        },
      ],
    },
    {
      name: 'all three',
      code: values('{file: https://example.com/v.yaml, configMap: {name: v}, raw: {a: 1}}'),
      errors: [{ line: 12, column: 42, message: 'spec.values[0] sets file, configMap and raw' }],
    },
    {
      name: 'configMap without a name (flat: data key "values")',
      code: values('configMap:\n        namespace: default'),
      errors: [{ line: 12, column: 7, message: 'spec.values[0].configMap.name is missing: name the ConfigMap that holds the values (data key "values"), e.g. name: redis-values' }],
    },
    {
      name: 'configMap name written empty',
      code: values('raw: {}', 'configMap: {name: "", namespace: default}'),
      errors: [{ line: 13, column: 25, message: 'spec.values[1].configMap.name is empty' }],
    },
    {
      name: 'chart dialect: configMap with a key but no name',
      code: chartValues('configMap: {key: values.yaml}', '{}'),
      errors: [
        { line: 11, column: 7, message: 'spec.values[0].configMap.name is missing: name the ConfigMap that holds the values (data key "values", or the one configMap.key names)' },
        { line: 12, column: 7, message: 'spec.values[1] has no values source' },
      ],
    },
  ],
});
