import { closest } from '../diagnostics/suggest.ts';
import { child, isScalar, isSeq } from '../load/ynode.ts';
import type { Rule } from './types.ts';

/** What each permission gives the module's container. */
export const PERMISSIONS: Readonly<Record<string, string>> = {
  workspace: "the workspace's kubeconfig",
  controller: "the operator's service account on the main cluster",
};

export const rule: Rule = {
  meta: {
    id: 'custom-permissions',
    severity: 'error',
    documents: 'definition',
    description:
      'Each spec.permissions entry is "workspace" or "controller" (the operator rejects anything else: 0.1.8 – 0.1.11 when installing, 0.1.12+ when loading the definition).',
    dialects: ['custom-image'],
  },
  check(ctx) {
    const list = child(ctx.spec, 'permissions');
    if (!isSeq(list)) return;
    list.items.forEach((item, i) => {
      const path = `spec.permissions[${i}]`;
      if (item != null && !isScalar(item)) return; // a list or map is the structure rule's finding
      const text = ctx.stringOf(item);
      if (text === undefined || text === '') {
        ctx.legacyReport(
          item ?? list,
          `${path} is empty: the operator (0.1.8+) rejects an unknown permission, and "" is one; use "workspace" (${PERMISSIONS.workspace}) or "controller" (${PERMISSIONS.controller}), or remove the entry`,
          path,
        );
        return;
      }
      if (Object.hasOwn(PERMISSIONS, text)) return;
      const guess = closest(text, Object.keys(PERMISSIONS));
      const choices = `"workspace" (${PERMISSIONS.workspace}) or "controller" (${PERMISSIONS.controller})`;
      ctx.legacyReport(
        item,
        `${path} ${JSON.stringify(text)} is not a permission: the operator rejects it (0.1.8 – 0.1.11 when installing, 0.1.12+ when loading the definition); ${guess ? `did you mean ${JSON.stringify(guess)}? Allowed: ${choices}` : `allowed: ${choices}`}`,
        path,
      );
    });
  },
};
