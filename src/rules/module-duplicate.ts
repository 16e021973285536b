import { at } from '../load/ynode.ts';
import type { ModuleContext } from '../context/module-context.ts';
import type { Rule } from './types.ts';

export const rule: Rule<ModuleContext> = {
  meta: {
    id: 'module-duplicate',
    severity: 'error',
    documents: 'module',
    description: 'Two Modules in the inputs have the same namespace and name; the second overwrites the first.',
  },
  check(ctx) {
    const name = ctx.name;
    if (name === undefined) return;
    const ns = ctx.namespace;
    const first = ctx.run.modules.find((m) => m.name !== '' && m.name === name && m.namespace === ns);
    if (!first || (first.file === ctx.file && first.index === ctx.docIndex)) return;
    const where = first.file === ctx.file ? `document ${first.index + 1} of this file` : `${first.file} (document ${first.index + 1})`;
    ctx.legacyReport(at(ctx.root, 'metadata', 'name'), `Module ${ns}/${name} is also defined in ${where}; applying both keeps only the last`, 'metadata.name');
  },
};
