import { HELM_FLAT_SPEC, helmChart, helmFlat, ruleTester } from './harness.ts';

const outputs = (...entries: string[]): string => helmFlat(`${HELM_FLAT_SPEC}  outputs:\n${entries.map((e) => `    - ${e}\n`).join('')}`);

ruleTester('helm-outputs', {
  valid: [
    helmFlat(),
    { name: 'empty and null lists', code: helmFlat(`${HELM_FLAT_SPEC}  outputs: []\n`) },
    {
      name: 'literal, number and templated values; secret and configMap references',
      code: outputs(
        'name: host\n      value: "{{ .releaseName }}-master.default.svc"',
        'name: port\n      value: 6379',
        'name: password\n      valueFrom:\n        secret: {name: "{{ .releaseName }}", key: redis-password, namespace: default}',
        'name: "{{ .config.prefix }}-url"\n      valueFrom:\n        configMap: {name: redis-config, key: url}',
      ),
    },
    { name: 'an empty string is a value', code: outputs('name: note\n      value: ""') },
    { name: 'a map is a value', code: outputs('name: conn\n      value: {host: h, port: 1}') },
    {
      name: 'chart dialect',
      code: helmChart(`  namespace: default\n  chart: {repo: {url: https://charts.example.com, chartName: redis}}\n  outputs:\n    - {name: a, value: 1}\n`),
    },
  ],
  invalid: [
    {
      name: 'no name',
      code: outputs('value: 1'),
      errors: [{ line: 12, column: 7, message: 'spec.outputs[0].name is missing: every output needs the name it is exposed under, e.g. name: redisHost' }],
    },
    {
      name: 'name empty and name null',
      code: outputs('{name: "", value: 1}', 'name:\n      value: 2'),
      errors: [
        { line: 12, column: 14, message: 'spec.outputs[0].name is empty' },
        { line: 13, column: 7, message: 'spec.outputs[1].name is empty' },
      ],
    },
    {
      name: 'neither value nor valueFrom',
      code: outputs('name: host'),
      errors: [{ line: 12, column: 7, message: 'spec.outputs[0] ("host") has neither value nor valueFrom: give exactly one, a literal value (value: "...") or a reference (valueFrom: {secret: {name, key}})' }],
    },
    {
      name: 'value null',
      code: outputs('name: host\n      value:'),
      errors: [{ line: 13, column: 7, message: 'spec.outputs[0] ("host") has an empty value' }],
    },
    {
      name: 'both value and valueFrom, at valueFrom',
      code: outputs('name: pw\n      value: x\n      valueFrom: {secret: {name: s, key: k}}'),
      errors: [{ line: 14, column: 7, message: 'spec.outputs[0] ("pw") sets both value and valueFrom: give exactly one of them' }],
    },
    {
      name: 'valueFrom null',
      code: outputs('name: pw\n      valueFrom:'),
      errors: [{ line: 13, column: 7, message: 'spec.outputs[0] ("pw") has an empty valueFrom: give exactly one' }],
    },
    {
      name: 'valueFrom with no reference',
      code: outputs('name: pw\n      valueFrom: {}'),
      errors: [{ line: 13, column: 7, message: 'spec.outputs[0].valueFrom names no source: give exactly one of secret or configMap, each with name and key' }],
    },
    {
      name: 'valueFrom with both secret and configMap',
      code: outputs('name: pw\n      valueFrom:\n        secret: {name: s, key: k}\n        configMap: {name: c, key: k}'),
      errors: [{ line: 15, column: 9, message: 'spec.outputs[0].valueFrom sets secret and configMap: give exactly one of secret or configMap' }],
    },
    {
      name: 'secret without key, configMap with empty name',
      code: outputs('name: pw\n      valueFrom:\n        secret: {name: "{{ .releaseName }}"}', 'name: url\n      valueFrom:\n        configMap: {name: "", key: url}'),
      errors: [
        { line: 14, column: 9, message: 'spec.outputs[0].valueFrom.secret.key is missing: give the data key to read, e.g. key: redis-password' },
        { line: 17, column: 27, message: 'spec.outputs[1].valueFrom.configMap.name is empty: give the ConfigMap to read' },
      ],
    },
  ],
});
