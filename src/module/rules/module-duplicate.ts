import { at } from '../../load/ynode.ts';
import type { ModuleRule } from '../context.ts';

export const rule: ModuleRule = {
  meta: {
    id: 'module-duplicate',
    severity: 'error',
    description: 'Two Modules in the inputs have the same namespace and name; the second overwrites the first.',
  },
  check(ctx) {
    const name = ctx.name;
    if (name === undefined) return;
    const ns = ctx.namespace;
    const first = ctx.run.modules.find((m) => m.name !== '' && m.name === name && m.namespace === ns);
    if (!first || (first.file === ctx.file && first.index === ctx.docIndex)) return;
    const where = first.file === ctx.file ? `document ${first.index + 1} of this file` : `${first.file} (document ${first.index + 1})`;
    ctx.report(at(ctx.root, 'metadata', 'name'), `Module ${ns}/${name} is also defined in ${where}; applying both keeps only the last`, 'metadata.name');
  },
};
