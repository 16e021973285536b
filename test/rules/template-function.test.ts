import { ruleTester, withValues, VALUES_LINE } from './harness.ts';

ruleTester('template-function', {
  valid: [withValues('x: "{{ printf \\"%v-%v\\" .releaseName .config.replicas }}"'), withValues('x: "{{ if and (gt .config.replicas 1) true }}ha{{ end }}"')],
  invalid: [
    {
      name: 'sprig default, with a Go alternative',
      code: withValues('storageClass: "{{ default \\"standard\\" .config.replicas }}"'),
      errors: [{ line: VALUES_LINE, column: 27, message: 'the operator has no function "default" (it renders with Go\'s text/template and no extra functions, not Helm\'s sprig library; write {{ if .config.x }}' }],
    },
    {
      name: 'piped lower',
      code: withValues('name: "{{ .releaseName | lower }}-svc"'),
      errors: [{ line: VALUES_LINE, column: 34, message: 'no function "lower"' }],
    },
    {
      name: 'unknown non-sprig function lists the built-ins',
      code: withValues('name: "{{ frobnicate 1 }}"'),
      errors: [{ line: VALUES_LINE, column: 19, message: 'built-ins are and, or, not, len, index' }],
    },
  ],
});
