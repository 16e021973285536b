import { customImage, ruleTester, withValues, VALUES_LINE } from './harness.ts';

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
      errors: [{ line: VALUES_LINE, column: 56, message: 'spec.values[0].raw.replicaCount: template: spec.values[0].raw.replicaCount:1: unclosed action' }],
    },
    {
      name: 'unexpected end in a block scalar maps to the right line',
      code: withValues('script: |\n          first line\n          {{ if .config.replicas }}open'),
      errors: [{ line: VALUES_LINE + 2, column: 40, message: 'unexpected EOF' }],
    },
  ],
});
