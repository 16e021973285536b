import { ruleTester } from './harness.ts';
import { okModule, workspace } from './module-documents.ts';

ruleTester('module-workspace', {
  valid: [okModule, workspace('dev') + okModule],
  invalid: [
    { code: workspace('prod') + okModule, errors: [{ line: 34, column: 11, message: 'no Workspace default/dev among the inputs (Workspaces in the inputs: default/prod)' }] },
    { code: workspace('dev', 'team') + okModule, errors: [{ line: 34, column: 11, message: 'the inputs have one in namespace team' }] },
  ],
});
