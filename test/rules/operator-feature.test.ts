import { HELM_FLAT_SPEC, helmChart, helmFlat, ruleTester } from './harness.ts';

/** A flat definition with this constraint; `migration:` is line 11, its first child line 12. */
const flat = (constraint: string, migration: string): string =>
  helmFlat(`${HELM_FLAT_SPEC}${migration ? `  migration:\n${migration}` : ''}`).replace('">= 0.1.0, < 0.1.12"', JSON.stringify(constraint));

const PVC = '    pvc: {enabled: true, names: [data-0]}\n';
const SECRET = '    secret: {enabled: true, names: [s]}\n';
const CONFIGMAP = '    configMap: {enabled: true, names: [c]}\n';

ruleTester('operator-feature', {
  valid: [
    helmFlat(),
    { name: 'migration from 0.1.6 on', code: flat('>= 0.1.6, < 0.1.12', PVC) },
    { name: 'secret and configMap from 0.1.9 on', code: flat('~0.1.9', PVC + SECRET + CONFIGMAP) },
    { name: 'disabled migration is not a used feature', code: flat('>= 0.1.0', '    pvc: {enabled: false}\n    secret: {names: [s]}\n') },
    { name: 'null migration', code: flat('>= 0.1.0', '').replace('spec:\n', 'spec:\n  migration:\n') },
    { name: 'an invalid constraint is supported-operator-version\'s finding', code: flat('>= 0.1.x.y', PVC) },
    {
      name: 'chart dialect: every chart-era release has migration',
      code: helmChart(`  namespace: default\n  chart: {repo: {url: https://charts.example.com, chartName: redis}}\n  migration:\n${SECRET}`).replace('">= 0.1.12, <= 0.1.20"', '">= 0.1.0"'),
    },
  ],
  invalid: [
    {
      name: 'pvc migration with a constraint from 0.1.0',
      code: flat('>= 0.1.0, < 0.1.12', PVC),
      errors: [
        {
          line: 11,
          column: 3,
          severity: 'warning',
          message: 'spec.migration is ignored by operator 0.1.0–0.1.5, which the constraint ">= 0.1.0, < 0.1.12" admits; raise the lower bound to ">= 0.1.6"',
        },
      ],
    },
    {
      name: 'secret migration: the whole block before 0.1.6, the secret part in 0.1.6–0.1.8',
      code: flat('>= 0.1.0', SECRET),
      errors: [
        { line: 11, column: 3, message: 'spec.migration is ignored by operator 0.1.0–0.1.5, which the constraint ">= 0.1.0" admits; raise the lower bound to ">= 0.1.9"' },
        { line: 12, column: 5, message: 'spec.migration.secret is ignored by operator 0.1.6–0.1.8, which the constraint ">= 0.1.0" admits; raise the lower bound to ">= 0.1.9"' },
      ],
    },
    {
      name: 'configMap migration admitted on 0.1.8',
      code: flat('>= 0.1.8, < 0.1.12', PVC + CONFIGMAP),
      errors: [{ line: 13, column: 5, message: 'spec.migration.configMap is ignored by operator 0.1.8, which the constraint ">= 0.1.8, < 0.1.12" admits; raise the lower bound to ">= 0.1.9"' }],
    },
    {
      name: 'an OR constraint admitting an old release',
      code: flat('0.1.5 || >= 0.1.9', PVC),
      errors: [{ line: 11, column: 3, message: 'spec.migration is ignored by operator 0.1.5, which the constraint "0.1.5 || >= 0.1.9" admits' }],
    },
    {
      name: 'a templated enabled counts as used',
      code: flat('>= 0.1.7, < 0.1.12', '    secret:\n      enabled: "{{ .config.migrateSecrets }}"\n      names: [s]\n'),
      errors: [{ line: 12, column: 5, message: 'spec.migration.secret is ignored by operator 0.1.7–0.1.8' }],
    },
  ],
});
