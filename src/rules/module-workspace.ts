import { at, stringAt } from '../load/ynode.ts';
import type { ModuleContext } from '../context/module-context.ts';
import type { Rule } from './types.ts';
import { workspaceKey } from '../context/module-sources.ts';

export const rule: Rule<ModuleContext> = {
  meta: {
    id: 'module-workspace',
    severity: 'error',
    documents: 'module',
    description: 'spec.workspace names a Workspace that exists: among the inputs, or with --cluster in the cluster (unchecked when neither can tell).',
    messages: {
      workspaceNotFound: 'no Workspace {{namespace}}/{{name}} among the inputs nor in the cluster{{hint}}: {{error}}; the Module waits for a Workspace that does not exist',
      workspaceUnknown: 'cannot tell whether Workspace {{namespace}}/{{name}} exists{{hint}}: {{error}}',
      workspaceNotInInputs:
        'no Workspace {{namespace}}/{{name}} among the inputs{{hint}}; the Module waits for a Workspace that does not exist (with --cluster the cluster is asked too)',
    },
  },
  check(ctx) {
    const ws = at(ctx.spec, 'workspace');
    const name = stringAt(ws, 'name');
    if (name === undefined) return;
    const ns = stringAt(ws, 'namespace') ?? 'default';
    if (ctx.run.workspaces.some((w) => w.name === name && w.namespace === ns)) return;
    const api = stringAt(ctx.root, 'apiVersion') ?? '';
    const inCluster = ctx.options.moduleSources?.workspaces?.get(workspaceKey(api.slice(0, api.indexOf('/')), ns, name));
    if (inCluster?.ok) return;
    const others = ctx.run.workspaces.filter((w) => w.name === name).map((w) => w.namespace);
    const hint = others.length
      ? ` (the inputs have one in namespace ${others.join(', ')})`
      : ctx.run.workspaces.length
        ? ` (Workspaces in the inputs: ${ctx.run.workspaces.map((w) => `${w.namespace}/${w.name}`).join(', ')})`
        : '';
    const node = at(ws, 'name');
    const path = 'spec.workspace.name';
    if (inCluster?.notFound) {
      ctx.report({ node, path, messageId: 'workspaceNotFound', data: { namespace: ns, name, hint, error: inCluster.error } });
    } else if (inCluster) {
      ctx.report({ node, path, messageId: 'workspaceUnknown', data: { namespace: ns, name, hint, error: inCluster.error } });
    } else if (ctx.run.workspaces.length) {
      ctx.report({ node, path, messageId: 'workspaceNotInInputs', data: { namespace: ns, name, hint } });
    }
  },
};
