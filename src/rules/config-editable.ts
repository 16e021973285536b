import type { ConfigPath } from '../config/index.ts';
import { locate } from '../diagnostics/locate.ts';
import type { Rule } from './types.ts';
import { isMap } from '../load/ynode.ts';
import { insertEntryFix } from './shared/fixes.ts';
import { hasProblemAt, itemRef, keyTarget, reportAt, typedItems } from './shared/config-items.ts';

export const rule: Rule = {
  meta: {
    id: 'config-editable',
    severity: 'warning',
    documents: 'definition',
    description: 'Config items say editable: true or false (it defaults to false before 0.1.21), and no item is both required and not editable.',
    messages: {
      requiredNotEditable:
        '{{item}} is required but not editable: a Module that leaves "{{alias}}" out is rejected ("field \'{{alias}}\' is required but missing") and one that sets it is rejected too ("field \'{{alias}}\' is not editable"), so no Module can use this definition{{defaultNote}}; set editable: true, or required: false with a default to make it a constant',
      requiredEditableUnwritten:
        '{{item}} is required but not editable (editable is not written and defaults to false before operator 0.1.21): a Module that leaves "{{alias}}" out is rejected ("field \'{{alias}}\' is required but missing") and one that sets it is rejected too ("field \'{{alias}}\' is not editable"), so no Module can use this definition{{defaultNote}}; set editable: true, or required: false with a default to make it a constant',
      editableUnwritten:
        '{{item}} does not say whether it is editable, and editable defaults to false before operator 0.1.21: a Module that sets "{{alias}}" is rejected ("field \'{{alias}}\' is not editable"); add editable: true to let Modules set it, or editable: false to make it a constant on purpose',
    },
  },
  check(ctx) {
    for (const item of typedItems(ctx)) {
      // No alias (config-alias) or a spec that does not decode (structure): fix those first.
      if (item.alias === '' || hasProblemAt(ctx, item.specPath)) continue;
      const editablePath: ConfigPath = [...item.specPath, 'editable'];
      const written = item.written.has('editable');
      // Report at `editable` when it is there, else at `spec`, else at the item (looked up only
      // when there is something to report).
      const target = () => {
        const specFound = locate(ctx.root, item.specPath).depth === item.specPath.length;
        return locate(ctx.root, editablePath).depth === editablePath.length
          ? keyTarget(ctx, editablePath)
          : specFound
            ? keyTarget(ctx, item.specPath)
            : keyTarget(ctx, ['config', item.index, 'type']);
      };
      const alias = item.alias;
      if (item.required && !item.editable) {
        reportAt(ctx, editablePath, {
          node: target(),
          messageId: written ? 'requiredNotEditable' : 'requiredEditableUnwritten',
          data: { item: itemRef(item), alias, defaultNote: item.written.has('default') ? ' (a default does not help a required item)' : '' },
        });
        continue;
      }
      if (written) continue;
      // Every release that reads a separate definition (up to 0.1.20) defaults editable to
      // false, so writing it out changes nothing: the one edit that is safe.
      const spec = locate(ctx.root, item.specPath);
      const fix =
        spec.depth === item.specPath.length && isMap(spec.node)
          ? insertEntryFix(ctx.text, spec.node, 'editable', 'false', `add "editable: false" to ${itemRef(item)} (the value it has now)`)
          : undefined;
      reportAt(ctx, editablePath, { node: target(), messageId: 'editableUnwritten', data: { item: itemRef(item), alias }, fix });
    }
  },
};
