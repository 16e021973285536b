import { ruleTester } from './harness.ts';
import { inline } from './module-documents.ts';

ruleTester('module-chart-source', {
  valid: [inline, inline.replace(/    chart:\n      repo:\n        url: \S+\n        chart: redis\n/, '    chart:\n      git:\n        repo: https://github.com/x/y\n')],
  invalid: [
    {
      name: 'an empty chart',
      code: inline.replace(/    chart:\n      repo:\n        url: \S+\n        chart: redis\n/, '    chart: {}\n'),
      errors: [{ line: 15, column: 5, message: 'spec.helm.chart sets no chart source' }],
    },
  ],
});
