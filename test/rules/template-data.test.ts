import { ruleTester, withValues, VALUES_LINE } from './harness.ts';

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
      errors: [{ line: VALUES_LINE, column: 27, message: '.config.replica is not a declared config alias, so it renders as <no value>; did you mean .config.replicas?' }],
    },
    {
      name: 'unknown top-level data',
      code: withValues('name: "{{ .Release.Name }}"'),
      errors: [{ line: VALUES_LINE, column: 19, message: '.Release.Name is not in the template data and renders as <no value>' }],
    },
    {
      name: 'field access below a config value fails at render time',
      code: withValues('n: "{{ .config.replicas.count }}"'),
      errors: [{ line: VALUES_LINE, column: 16, message: 'config values are scalars or lists, so .config.replicas.count fails at render time' }],
    },
    {
      name: 'an undeclared alias with nothing close: the declared ones are listed',
      code: withValues('n: "{{ .config.storage }}"'),
      errors: [{ line: VALUES_LINE, column: 16, message: '.config.storage is not a declared config alias, so it renders as <no value> (declared aliases: "replicas")' }],
    },
    {
      name: 'no config items at all',
      code: withValues('n: "{{ $.config.size }}"', ''),
      errors: [{ line: 13, column: 16, message: 'the definition declares no config items' }],
    },
  ],
});
