import { closest } from '../diagnostics/suggest.ts';
import { child, isScalar, isSeq } from '../load/ynode.ts';
import type { Rule } from './types.ts';

/** What each permission gives the module's container. */
export const PERMISSIONS: Readonly<Record<string, string>> = {
  workspace: "the workspace's kubeconfig",
  controller: "the operator's service account on the main cluster",
};

const CHOICES = `"workspace" (${PERMISSIONS.workspace}) or "controller" (${PERMISSIONS.controller})`;
const REJECTED = 'the operator rejects it (0.1.8 – 0.1.11 when installing, 0.1.12+ when loading the definition)';

export const rule: Rule = {
  meta: {
    id: 'custom-permissions',
    severity: 'error',
    documents: 'definition',
    description:
      'Each spec.permissions entry is "workspace" or "controller" (the operator rejects anything else: 0.1.8 – 0.1.11 when installing, 0.1.12+ when loading the definition).',
    dialects: ['custom-image'],
    messages: {
      permissionEmpty: `spec.permissions[{{index}}] is empty: the operator (0.1.8+) rejects an unknown permission, and "" is one; use ${CHOICES}, or remove the entry`,
      unknownPermission: `spec.permissions[{{index}}] {{permission}} is not a permission: ${REJECTED}; allowed: ${CHOICES}`,
      unknownPermissionSuggestion: `spec.permissions[{{index}}] {{permission}} is not a permission: ${REJECTED}; did you mean {{suggestion}}? Allowed: ${CHOICES}`,
    },
  },
  check(ctx) {
    const list = child(ctx.spec, 'permissions');
    if (!isSeq(list)) return;
    list.items.forEach((item, i) => {
      const path = `spec.permissions[${i}]`;
      if (item != null && !isScalar(item)) return; // a list or map is the structure rule's finding
      const text = ctx.stringOf(item);
      if (text === undefined || text === '') {
        ctx.report({ node: item ?? list, path, messageId: 'permissionEmpty', data: { index: i } });
        return;
      }
      if (Object.hasOwn(PERMISSIONS, text)) return;
      const guess = closest(text, Object.keys(PERMISSIONS));
      const permission = JSON.stringify(text);
      if (guess) ctx.report({ node: item, path, messageId: 'unknownPermissionSuggestion', data: { index: i, permission, suggestion: JSON.stringify(guess) } });
      else ctx.report({ node: item, path, messageId: 'unknownPermission', data: { index: i, permission } });
    });
  },
};
