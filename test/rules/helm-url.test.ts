import { HELM_FLAT_SPEC, helmChart, helmFlat, ruleTester } from './harness.ts';

const flatRepo = (repo: string): string => helmFlat(`  namespace: default\n  repo: ${repo}\n  chartName: redis\n  version: 1.0.0\n`);
const values = (...entries: string[]): string => helmFlat(`${HELM_FLAT_SPEC}  values:\n${entries.map((e) => `    - ${e}\n`).join('')}`);
const chartRepo = (url: string): string => helmChart(`  namespace: default\n  chart:\n    repo:\n      url: ${url}\n      chartName: redis\n`);
const git = (repo: string): string => helmChart(`  namespace: default\n  chart:\n    git:\n      repo: ${repo}\n`);

ruleTester('helm-url', {
  valid: [
    helmFlat(),
    { name: 'oci registry', code: flatRepo('oci://registry-1.docker.io/bitnamicharts') },
    { name: 'http with a port', code: flatRepo('http://chartmuseum.local:8080') },
    { name: 'templated repo is only known after rendering', code: flatRepo('"{{ .config.repo }}"') },
    { name: 'partly templated repo', code: flatRepo('"https://{{ .config.host }}/charts"') },
    { name: 'empty or null repo is helm-chart-source\'s finding', code: flatRepo('""') },
    { name: 'values files: https, http, templated, null', code: values('file: https://raw.githubusercontent.com/org/repo/main/values.yaml', 'file: http://10.0.0.5:8080/v.yaml', 'file: "{{ .config.valuesUrl }}"', 'file:', 'raw: {a: 1}') },
    { name: 'chart.repo.url https', code: chartRepo('https://charts.bitnami.com/bitnami') },
    { name: 'chart.repo.url oci', code: chartRepo('oci://ghcr.io/org/charts') },
    { name: 'git https', code: git('https://github.com/org/charts.git') },
    { name: 'git scp-like SSH', code: git('git@github.com:org/charts.git') },
    { name: 'git ssh:// URL', code: git('ssh://git@gitlab.example.com:2222/org/charts.git') },
    { name: 'git templated', code: git('"{{ .config.chartRepo }}"') },
  ],
  invalid: [
    {
      name: 'flat repo without a scheme, with a suggestion',
      code: flatRepo('charts.bitnami.com/bitnami'),
      errors: [
        {
          line: 8,
          column: 9,
          message:
            'spec.repo "charts.bitnami.com/bitnami" has no scheme (it is not an absolute URL): helm cannot pull the chart from it; a chart repository URL is http://, https:// or oci:// with a host, e.g. "https://charts.bitnami.com/bitnami"',
        },
      ],
    },
    {
      name: 'flat repo with another scheme',
      code: flatRepo('ftp://charts.example.com/stable'),
      errors: [{ line: 8, column: 9, message: 'spec.repo "ftp://charts.example.com/stable" has the scheme "ftp"' }],
    },
    {
      name: 'a lone {{ is not a template',
      code: flatRepo('"{{ .config.repo"'),
      errors: [{ line: 8, column: 9, message: 'spec.repo "{{ .config.repo" has "{{" but no "}}": the operator renders only strings holding both' }],
    },
    {
      name: 'chart.repo.url without a host: operator 0.1.12+ rejects it',
      code: chartRepo('https:///charts'),
      errors: [{ line: 10, column: 12, message: 'spec.chart.repo.url "https:///charts" has no host: operator 0.1.12+ rejects it' }],
    },
    {
      name: 'chart.repo.url with another scheme: helm, not the operator, fails',
      code: chartRepo('ftp://charts.example.com'),
      errors: [{ line: 10, column: 12, message: 'spec.chart.repo.url "ftp://charts.example.com" has the scheme "ftp": helm cannot pull the chart from it' }],
    },
    {
      name: 'chart.repo.url with one slash',
      code: chartRepo('"https:/charts.example.com"'),
      errors: [{ line: 10, column: 12, message: 'has no host (it needs the form scheme://host/path)' }],
    },
    {
      name: 'values files: s3 scheme, relative path, oci',
      code: values('file: s3://bucket/values.yaml', 'raw: {a: 1}', 'file: ./values.yaml', 'file: oci://ghcr.io/org/values'),
      errors: [
        { line: 12, column: 13, message: 'spec.values[0].file "s3://bucket/values.yaml" has the scheme "s3": the operator fetches values files with a plain HTTP GET; give an http(s) URL' },
        { line: 14, column: 13, message: 'spec.values[2].file "./values.yaml" has no scheme' },
        { line: 15, column: 13, message: 'spec.values[3].file "oci://ghcr.io/org/values" has the scheme "oci"' },
      ],
    },
    {
      name: 'values file without scheme gets an https suggestion',
      code: values('file: example.com/values.yaml'),
      errors: [{ line: 12, column: 13, message: 'give an http(s) URL such as "https://example.com/values.yaml", or use a configMap or raw entry' }],
    },
    {
      name: 'git over plain http',
      code: git('http://github.com/org/charts.git'),
      errors: [{ line: 10, column: 13, message: 'spec.chart.git.repo "http://github.com/org/charts.git" uses plain http: give an https URL or an SSH address, e.g. "https://github.com/org/charts.git"' }],
    },
    {
      name: 'values file with a stray }}',
      code: values('file: "https://example.com/{{ .config.env }/values.yaml"', 'file: "https://example.com/.config.env }}/values.yaml"'),
      errors: [
        { line: 12, column: 13, message: 'spec.values[0].file "https://example.com/{{ .config.env }/values.yaml" has "{{" but no "}}"' },
        { line: 13, column: 13, message: 'has "}}" but no "{{"' },
      ],
    },
    {
      name: 'git without scheme',
      code: git('github.com/org/charts'),
      errors: [{ line: 10, column: 13, message: 'spec.chart.git.repo "github.com/org/charts" has no scheme' }],
    },
    {
      name: 'git:// protocol',
      code: git('git://github.com/org/charts.git'),
      errors: [{ line: 10, column: 13, message: 'has the scheme "git": give an https URL or an SSH address, e.g. "https://github.com/org/charts.git"' }],
    },
  ],
});
