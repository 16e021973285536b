import { ruleTester } from './harness.ts';
import { head, okModule } from './module-documents.ts';

ruleTester('module-source', {
  valid: [okModule, `${head()}spec:\n  source:\n    existingHelmRelease:\n      name: redis\n      chartSource:\n        repository:\n          url: https://charts.bitnami.com/bitnami\n          chart: redis\n  workspace:\n    name: dev\n`],
  invalid: [
    { code: `${head()}spec:\n  source:\n    httpURL: https://x/y\n    raw:\n      kind: Helm\n  workspace:\n    name: dev\n`, errors: [{ line: 8, column: 5, message: 'spec.source sets 2 sources (httpURL, raw)' }] },
    { code: `${head()}spec:\n  source: {}\n  workspace:\n    name: dev\n`, errors: [{ line: 6, column: 3, message: 'spec.source sets no source' }] },
    { code: `${head()}spec:\n  source:\n    raw:\n      kind: Chart\n  workspace:\n    name: dev\n`, errors: [{ line: 8, column: 7, message: 'kind "Chart"' }] },
    {
      name: 'existingHelmRelease with spec.config, two chart sources, bad url',
      code: `${head()}spec:\n  config:\n    replicas: 1\n  source:\n    existingHelmRelease:\n      name: redis\n      chartSource:\n        repository:\n          url: "charts.example.com"\n          chart: redis\n        git:\n          repo: https://github.com/x/y\n          path: chart\n  workspace:\n    name: dev\n`,
      errors: [
        { line: 6, column: 3, message: 'spec.config has no effect with source.existingHelmRelease' },
        { line: 13, column: 16, message: 'is not an http(s) or oci URL' },
        { line: 15, column: 9, message: 'chartSource sets 2 chart sources' },
      ],
    },
  ],
});
