import { customImage, helmChart, helmFlat, ruleTester } from './harness.ts';

const withConstraint = (c: string) => helmFlat().replace('">= 0.1.0, < 0.1.12"', c);

ruleTester('supported-operator-version', {
  valid: [
    helmFlat(),
    { name: 'Masterminds grammar: v prefix, wildcard, space-separated AND', code: withConstraint('"v0.1.x"') },
    { name: 'hyphen range', code: withConstraint('"0.1.0 - 0.1.11"') },
    { name: 'OR of ranges with !=', code: withConstraint('">= 0.1.5, != 0.1.6 || 0.1.9"') },
    { name: 'docs-style wide range admits the dialect', code: withConstraint('">= 0.0.0, < 1.0.0"') },
    helmChart('  namespace: default\n  chart:\n    repo: {url: "https://charts.example.com", chartName: x}\n'),
  ],
  invalid: [
    {
      name: 'missing',
      code: helmFlat().replace('  supportedOperatorVersion: ">= 0.1.0, < 0.1.12"\n', ''),
      errors: [{ line: 2, column: 1, message: 'metadata.supportedOperatorVersion is missing; the operator rejects a definition without it' }],
    },
    {
      name: 'unparsable',
      code: withConstraint('">== 0.1.0"'),
      errors: [{ line: 5, column: 29, message: /is not a valid constraint \(Masterminds semver: .+\); e\.g\. ">= 0\.1\.0, <= 0\.1\.11"/ }],
    },
    {
      name: 'unsatisfiable',
      code: withConstraint('">= 0.2.0, < 0.1.0"'),
      errors: [{ line: 5, column: 29, message: 'admits no version at all' }],
    },
    {
      name: 'only future releases',
      code: withConstraint('">= 1.0.0"'),
      errors: [{ line: 5, column: 29, message: 'admits no released operator (0.1.0–0.1.24); this dialect is read by 0.1.0–0.1.11' }],
    },
    {
      name: 'a flat Helm definition constrained to chart-era releases',
      code: withConstraint('">= 0.1.12"'),
      errors: [{ line: 5, column: 29, message: 'but the Helm, flat spec (namespace/repo/chartName/version) dialect is read only by 0.1.0–0.1.11' }],
    },
    {
      name: 'custom image with an empty image admitted only by releases that reject it',
      code: customImage('  image: ""\n').replace('">= 0.1.8, <= 0.1.20"', '">= 0.1.12"'),
      errors: [{ line: 5, column: 29, message: 'reject an empty spec.image (since 0.1.12)' }],
    },
  ],
});
