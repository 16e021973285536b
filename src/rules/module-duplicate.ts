import { at } from '../load/ynode.ts';
import type { ModuleContext } from '../context/module-context.ts';
import type { Rule } from './types.ts';

export const rule: Rule<ModuleContext> = {
  meta: {
    id: 'module-duplicate',
    severity: 'error',
    documents: 'module',
    description: 'Two Modules in the inputs have the same namespace and name; the second overwrites the first.',
    messages: {
      duplicateInThisFile: 'Module {{namespace}}/{{name}} is also defined in document {{document}} of this file; applying both keeps only the last',
      duplicateInOtherFile: 'Module {{namespace}}/{{name}} is also defined in {{file}} (document {{document}}); applying both keeps only the last',
    },
  },
  check(ctx) {
    const name = ctx.name;
    if (name === undefined) return;
    const ns = ctx.namespace;
    const first = ctx.run.modules.find((m) => m.name !== '' && m.name === name && m.namespace === ns);
    if (!first || (first.file === ctx.file && first.index === ctx.docIndex)) return;
    ctx.report({
      node: at(ctx.root, 'metadata', 'name'),
      path: 'metadata.name',
      messageId: first.file === ctx.file ? 'duplicateInThisFile' : 'duplicateInOtherFile',
      data: { namespace: ns, name, document: first.index + 1, file: first.file },
    });
  },
};
