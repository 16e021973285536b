import { helmFlat, ruleTester } from './harness.ts';

ruleTester('document-shape', {
  valid: [
    helmFlat(),
    { name: 'an empty document', code: '---\n---\n' + helmFlat() },
    { name: 'another Kubernetes object', code: 'apiVersion: v1\nkind: Service\nmetadata: {name: s}\n' },
  ],
  invalid: [
    { name: 'a list', code: '- 1\n- 2\n', errors: [{ line: 1, column: 1, message: 'document 1 is a list, not a mapping; expected a definition or a Kubernetes object' }] },
    { name: 'a scalar, second document', code: helmFlat() + '---\njust text\n', errors: [{ line: 12, column: 1, message: 'document 2 is a scalar, not a mapping' }] },
  ],
});
