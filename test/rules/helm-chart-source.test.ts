import { helmChart, helmFlat, ruleTester } from './harness.ts';

const FLAT_HEAD = '  namespace: default\n';

ruleTester('helm-chart-source', {
  valid: [
    helmFlat(),
    { name: 'flat, templated repo and version', code: helmFlat(`${FLAT_HEAD}  repo: "{{ .config.repo }}"\n  chartName: redis\n  version: "{{ .config.version }}"\n`) },
    { name: 'flat, numeric version is its text', code: helmFlat(`${FLAT_HEAD}  repo: https://charts.example.com\n  chartName: redis\n  version: 1.10\n`) },
    { name: 'chart.repo with url and chartName', code: helmChart(`${FLAT_HEAD}  chart:\n    repo:\n      url: https://charts.bitnami.com/bitnami\n      chartName: redis\n      version: 21.2.9\n`) },
    { name: 'chart.repo without version (latest)', code: helmChart(`${FLAT_HEAD}  chart:\n    repo: {url: oci://registry-1.docker.io/bitnamicharts, chartName: "{{ .config.chart }}"}\n`) },
    { name: 'chart.configMap', code: helmChart(`${FLAT_HEAD}  chart:\n    configMap:\n      name: redis-chart\n      namespace: default\n      key: chart.tgz\n`) },
    { name: 'chart.git', code: helmChart(`${FLAT_HEAD}  chart:\n    git:\n      repo: git@github.com:org/charts.git\n      path: charts/redis\n      revision: main\n`) },
    { name: 'no spec key at all is the structure rule\'s finding', code: helmChart('').replace('spec:\n', '') },
    { name: 'a scalar spec is the structure rule\'s finding', code: helmChart('').replace('spec:\n', 'spec: redis\n') },
    { name: 'a second source written as null does not count', code: helmChart(`${FLAT_HEAD}  chart:\n    repo: {url: https://charts.example.com, chartName: redis}\n    git:\n`) },
  ],
  invalid: [
    {
      name: 'flat: version missing, reported at spec',
      code: helmFlat(`${FLAT_HEAD}  repo: https://charts.bitnami.com/bitnami\n  chartName: redis\n`),
      errors: [{ line: 6, column: 1, message: 'spec.version is missing: the flat Helm spec needs the chart version to install; e.g. version: 21.2.9' }],
    },
    {
      name: 'flat: chartName null (at the key) and repo "" (at the value)',
      code: helmFlat(`${FLAT_HEAD}  repo: ""\n  chartName:\n  version: 1.0.0\n`),
      errors: [
        { line: 8, column: 9, message: 'spec.repo is empty: the flat Helm spec needs the chart repository URL; e.g. repo: https://charts.bitnami.com/bitnami' },
        { line: 9, column: 3, message: 'spec.chartName is empty: helm cannot install without the chart name' },
      ],
    },
    {
      name: 'flat: chartName ~ is reported at the ~',
      code: helmFlat(`${FLAT_HEAD}  repo: https://charts.bitnami.com/bitnami\n  chartName: ~\n  version: 1.0.0\n`),
      errors: [{ line: 9, column: 14, message: 'spec.chartName is empty' }],
    },
    {
      name: 'chart dialect with an empty spec',
      code: helmChart(''),
      errors: [{ line: 6, column: 1, message: 'spec.chart is missing: operator 0.1.12+ needs exactly one chart source: spec.chart.repo, spec.chart.configMap or spec.chart.git' }],
    },
    {
      name: 'chart with only a null source',
      code: helmChart(`${FLAT_HEAD}  chart:\n    repo:\n`),
      errors: [{ line: 8, column: 3, message: 'spec.chart has no chart source (spec.chart.repo is empty): the operator 0.1.12+ needs exactly one chart source' }],
    },
    {
      name: 'chart with repo and git: reported at the second',
      code: helmChart(`${FLAT_HEAD}  chart:\n    repo: {url: https://charts.example.com, chartName: redis}\n    git: {repo: https://github.com/org/charts.git}\n`),
      errors: [{ line: 10, column: 5, message: 'spec.chart.repo and spec.chart.git are both set: the operator 0.1.12+ needs exactly one chart source' }],
    },
    {
      name: 'chart.repo without chartName, url empty',
      code: helmChart(`${FLAT_HEAD}  chart:\n    repo:\n      url: ""\n      version: 1.0.0\n`),
      errors: [
        { line: 9, column: 5, message: 'spec.chart.repo.chartName is missing: operator 0.1.12+ rejects a repository chart source without a chart name; e.g. chartName: redis' },
        { line: 10, column: 12, message: 'spec.chart.repo.url is empty: give the chart repository URL' },
      ],
    },
    {
      name: 'chart.git without repo, chart.configMap without name',
      code: helmChart(`${FLAT_HEAD}  chart:\n    configMap: {namespace: default}\n    git: {path: charts/redis}\n`),
      errors: [
        { line: 9, column: 5, message: 'spec.chart.configMap.name is missing: name the ConfigMap that holds the packaged chart' },
        { line: 10, column: 5, message: 'spec.chart.configMap and spec.chart.git are both set' },
        { line: 10, column: 5, message: 'spec.chart.git.repo is missing: give the git repository that holds the chart; e.g. repo: https://github.com/org/charts.git' },
      ],
    },
    {
      name: 'all three chart sources',
      code: helmChart(`${FLAT_HEAD}  chart:\n    repo: {url: https://charts.example.com, chartName: redis}\n    configMap: {name: c}\n    git: {repo: https://github.com/org/charts.git}\n`),
      errors: [{ line: 10, column: 5, message: 'spec.chart.repo, spec.chart.configMap and spec.chart.git are all set: the operator 0.1.12+ needs exactly one chart source: spec.chart.repo, spec.chart.configMap or spec.chart.git; keep one and remove the others' }],
    },
    {
      name: 'inside a ConfigMap-embedded definition, positions map back to the file',
      code: `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: redis-def\ndata:\n  module.yaml: |\n    kind: Helm\n    metadata:\n      name: redis\n      version: 1.0.0\n      supportedOperatorVersion: ">= 0.1.0, < 0.1.12"\n    spec:\n      namespace: default\n      repo: https://charts.example.com\n      version: 1.0.0\n`,
      errors: [{ line: 12, column: 5, message: 'spec.chartName is missing' }],
    },
  ],
});
