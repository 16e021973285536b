import { HELM_FLAT_SPEC, helmChart, helmFlat, ruleTester } from './harness.ts';

/** Migration block after the four flat spec lines: `migration:` is line 11, its first child line 12. */
const migration = (body: string): string => helmFlat(`${HELM_FLAT_SPEC}  migration:\n${body}`);

ruleTester('helm-migration', {
  valid: [
    helmFlat(),
    { name: 'null migration', code: helmFlat(`${HELM_FLAT_SPEC}  migration:\n`) },
    {
      name: 'all three enabled with templated names',
      code: migration('    pvc:\n      enabled: true\n      names: ["data-{{ .releaseName }}-0"]\n    secret:\n      enabled: true\n      names: ["{{ .releaseName }}"]\n    configMap:\n      enabled: true\n      names: ["{{ .releaseName }}-config"]\n'),
    },
    { name: 'yes/on are true for a bool field', code: migration('    pvc: {enabled: yes, names: [data-0]}\n    secret: {enabled: On, names: [s]}\n') },
    { name: 'disabled without names', code: migration('    pvc: {enabled: false}\n    secret: {enabled: no, names: []}\n    configMap: {names: []}\n') },
    { name: 'templated enabled is only known after rendering', code: migration('    pvc:\n      enabled: "{{ .config.migrate }}"\n') },
    { name: 'a quoted "true" is the structure rule\'s finding', code: migration('    pvc:\n      enabled: "true"\n') },
    {
      name: 'chart dialect',
      code: helmChart(`  namespace: default\n  chart: {repo: {url: https://charts.example.com, chartName: redis}}\n  migration:\n    secret: {enabled: true, names: [s]}\n`),
    },
  ],
  invalid: [
    {
      name: 'enabled without names: at the target key',
      code: migration('    pvc:\n      enabled: true\n'),
      errors: [
        {
          line: 12,
          column: 5,
          severity: 'warning',
          message: 'spec.migration.pvc is enabled but has no names: nothing is migrated; list the PersistentVolumeClaims to migrate, e.g. names: ["data-{{ .releaseName }}-0"]',
        },
      ],
    },
    {
      name: 'enabled (on) with an empty list and with null names: at names',
      code: migration('    secret:\n      enabled: on\n      names: []\n    configMap:\n      enabled: true\n      names:\n'),
      errors: [
        { line: 14, column: 7, message: 'spec.migration.secret is enabled but names is empty: nothing is migrated; list the Secrets to migrate' },
        { line: 17, column: 7, message: 'spec.migration.configMap is enabled but names is empty' },
      ],
    },
    {
      name: 'empty and null names',
      code: migration('    pvc:\n      enabled: true\n      names:\n        - data-0\n        - ""\n        - ~\n'),
      errors: [
        { line: 16, column: 11, message: 'spec.migration.pvc.names[1] is empty: it names no PersistentVolumeClaim; give a name, e.g. "data-{{ .releaseName }}-0", or remove the entry' },
        { line: 17, column: 11, message: 'spec.migration.pvc.names[2] is empty' },
      ],
    },
    {
      name: 'names under a disabled target are ignored',
      code: migration('    secret:\n      enabled: false\n      names: [redis]\n'),
      errors: [{ line: 14, column: 7, message: 'spec.migration.secret.names is ignored because secret.enabled is false: set enabled: true to migrate these Secrets, or remove names' }],
    },
    {
      name: 'names with enabled unset, and with a quoted "no"',
      code: migration('    configMap:\n      names: [redis-config]\n    pvc:\n      enabled: "no"\n      names: [data-0]\n'),
      errors: [
        { line: 13, column: 7, message: 'spec.migration.configMap.names is ignored because configMap.enabled is not set (it defaults to false)' },
        { line: 16, column: 7, message: 'spec.migration.pvc.names is ignored because pvc.enabled is false' },
      ],
    },
  ],
});
