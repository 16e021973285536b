import { at, stringAt } from '../../load/ynode.ts';
import type { ModuleRule } from '../context.ts';

export const rule: ModuleRule = {
  meta: {
    id: 'module-workspace',
    severity: 'error',
    description: 'spec.workspace names a Workspace among the inputs (checked when the inputs hold Workspaces).',
  },
  check(ctx) {
    const ws = at(ctx.spec, 'workspace');
    const name = stringAt(ws, 'name');
    if (name === undefined || ctx.run.workspaces.length === 0) return;
    const ns = stringAt(ws, 'namespace') ?? 'default';
    if (ctx.run.workspaces.some((w) => w.name === name && w.namespace === ns)) return;
    const others = ctx.run.workspaces.filter((w) => w.name === name).map((w) => w.namespace);
    const hint = others.length ? ` (there is one in namespace ${others.join(', ')})` : ` (Workspaces in the inputs: ${ctx.run.workspaces.map((w) => `${w.namespace}/${w.name}`).join(', ')})`;
    ctx.report(at(ws, 'name'), `no Workspace ${ns}/${name} among the inputs${hint}; the Module waits for a Workspace that does not exist`, 'spec.workspace.name');
  },
};
