import { ruleTester } from './harness.ts';
import { okModule } from './module-documents.ts';

ruleTester('module-api-version', {
  valid: [okModule, { code: okModule, options: { operatorVersion: '0.1.20' } }],
  invalid: [
    { code: okModule, options: { operatorVersion: '0.1.2' }, errors: [{ line: 1, column: 13, message: 'serves Modules as batch.environment.sh/v1' }] },
    { code: okModule, options: { operatorVersion: '0.1.24' }, errors: [{ line: 5, column: 1, message: 'reads spec.helm or spec.custom' }] },
  ],
});
