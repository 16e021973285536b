import { customImage, helmFlat, ruleTester } from './harness.ts';

const CONFIG = 'config:\n  - type: integer\n    name: Replicas\n    alias: replicas\n    spec: {editable: true, default: 1}\n';
const withValues = (raw: string, cfg = CONFIG, constraint = '">= 0.1.0, < 0.1.12"') =>
  helmFlat(undefined, cfg).replace('">= 0.1.0, < 0.1.12"', constraint) + `  values:\n    - raw:\n        ${raw}\n`;
// Line of the `raw` entry's value in withValues(): header 5 + config 5 + spec 5 + values 2.
const L = 18;

ruleTester('template-syntax', {
  valid: [
    withValues('replicaCount: "{{ .config.replicas }}"'),
    { name: 'no template markers: not rendered', code: withValues('note: "{{ not closed"') },
    { name: 'trim markers, comments, pipelines', code: withValues('x: "{{- /* c */ -}}{{ .config.replicas | printf \\"%d\\" }}"') },
    { name: 'Custom specs are not rendered: not checked here', code: customImage('  image: ghcr.io/a/b:v1\n  imagePullSecrets: ["{{ .x"]\n') },
  ],
  invalid: [
    {
      name: 'unclosed action, Go\'s message and the position of the failure',
      code: withValues('replicaCount: "{{ if .config.replicas }}x{{ end"'),
      errors: [{ line: L, column: 56, message: 'spec.values[0].raw.replicaCount: template: spec.values[0].raw.replicaCount:1: unclosed action' }],
    },
    {
      name: 'unexpected end in a block scalar maps to the right line',
      code: withValues('script: |\n          first line\n          {{ if .config.replicas }}open'),
      errors: [{ line: L + 2, column: 40, message: 'unexpected EOF' }],
    },
  ],
});

ruleTester('template-function', {
  valid: [withValues('x: "{{ printf \\"%v-%v\\" .releaseName .config.replicas }}"'), withValues('x: "{{ if and (gt .config.replicas 1) true }}ha{{ end }}"')],
  invalid: [
    {
      name: 'sprig default, with a Go alternative',
      code: withValues('storageClass: "{{ default \\"standard\\" .config.replicas }}"'),
      errors: [{ line: L, column: 27, message: 'the operator has no function "default" (it renders with Go\'s text/template and no extra functions, not Helm\'s sprig library; write {{ if .config.x }}' }],
    },
    {
      name: 'piped lower',
      code: withValues('name: "{{ .releaseName | lower }}-svc"'),
      errors: [{ line: L, column: 34, message: 'no function "lower"' }],
    },
    {
      name: 'unknown non-sprig function lists the built-ins',
      code: withValues('name: "{{ frobnicate 1 }}"'),
      errors: [{ line: L, column: 19, message: 'built-ins are and, or, not, len, index' }],
    },
  ],
});

ruleTester('template-data', {
  valid: [
    withValues('a: "{{ .config.replicas }}-{{ .releaseName }}-{{ $.config.replicas }}"'),
    { name: 'dot rebound by with/range is not the data', code: withValues('a: "{{ with .config }}{{ .anything }}{{ end }}"') },
    { name: 'variables are not data', code: withValues('a: "{{ $x := .config.replicas }}{{ $x }}"') },
  ],
  invalid: [
    {
      name: 'an alias that is not declared, with did-you-mean',
      code: withValues('replicaCount: "{{ .config.replica }}"'),
      errors: [{ line: L, column: 27, message: '.config.replica is not a declared config alias, so it renders as <no value>; did you mean .config.replicas?' }],
    },
    {
      name: 'unknown top-level data',
      code: withValues('name: "{{ .Release.Name }}"'),
      errors: [{ line: L, column: 19, message: '.Release.Name is not in the template data and renders as <no value>' }],
    },
    {
      name: 'field access below a config value fails at render time',
      code: withValues('n: "{{ .config.replicas.count }}"'),
      errors: [{ line: L, column: 16, message: 'config values are scalars or lists, so .config.replicas.count fails at render time' }],
    },
    {
      name: 'an undeclared alias with nothing close: the declared ones are listed',
      code: withValues('n: "{{ .config.storage }}"'),
      errors: [{ line: L, column: 16, message: '.config.storage is not a declared config alias, so it renders as <no value> (declared aliases: "replicas")' }],
    },
    {
      name: 'no config items at all',
      code: withValues('n: "{{ $.config.size }}"', ''),
      errors: [{ line: 13, column: 16, message: 'the definition declares no config items' }],
    },
  ],
});

ruleTester('template-namespace', {
  valid: [
    { name: 'only 0.1.20 is admitted', code: helmFlat().replace('">= 0.1.0, < 0.1.12"', '"0.1.20"').replace('chartName: redis', 'chart: {repo: {url: "https://c.example", chartName: redis}}') + '  values:\n    - raw: {ns: "{{ .namespace }}"}\n' },
    withValues('ns: "{{ .releaseName }}"'),
  ],
  invalid: [
    {
      name: '.namespace on releases before 0.1.20',
      code: withValues('ns: "{{ .namespace }}"'),
      errors: [{ line: L, column: 17, message: '.namespace is provided only from operator 0.1.20; releases 0.1.0–0.1.11 that this definition supports render it as <no value>', severity: 'warning' }],
    },
    {
      name: 'the flat dialect: no release that reads it has .namespace, so raising the constraint is not the advice',
      code: withValues('ns: "{{ .namespace }}"'),
      errors: [{ line: L, column: 17, message: 'render it as <no value>. No release that reads this dialect provides it: write the namespace literally or template it from a config item' }],
    },
    {
      name: 'the chart dialect up to 0.1.19: raise the constraint to 0.1.20',
      code:
        helmFlat().replace('">= 0.1.0, < 0.1.12"', '">= 0.1.12"').replace('chartName: redis', 'chart: {repo: {url: "https://c.example", chartName: redis}}') + '  values:\n    - raw: {ns: "{{ .namespace }}"}\n',
      errors: [{ line: 12, column: 21, message: 'releases 0.1.12–0.1.19 that this definition supports render it as <no value>. Raise supportedOperatorVersion to ">= 0.1.20" or template the namespace from a config item' }],
    },
  ],
});
