import type { ConfigPath } from '../config/index.ts';
import { marshalScalar } from '../config/yaml-coerce.ts';
import { locate } from '../diagnostics/locate.ts';
import { isScalar, isSeq } from '../load/ynode.ts';
import type { Rule } from './types.ts';
import { itemRef, keyTarget, reportAt, typedItems, yamlText } from './shared/config-items.ts';

export const rule: Rule = {
  meta: {
    id: 'config-values',
    severity: 'warning',
    documents: 'definition',
    description: 'option and multiple-options items list their allowed values, each once.',
    messages: {
      valuesMissing:
        '{{kind}} item {{item}} has no values, so every input a Module gives is rejected ("{{operatorError}} ..., must be one of []"); list the allowed values, e.g. values: {{example}}',
      valuesEmpty:
        '{{kind}} item {{item}} has an empty values list, so every input a Module gives is rejected ("{{operatorError}} ..., must be one of []"); list the allowed values, e.g. values: {{example}}',
      valueRepeated: 'values[{{index}}] "{{value}}" of {{item}} repeats values[{{first}}]; remove the duplicate',
      valueRepeatedAsRead: 'values[{{index}}] "{{value}}" of {{item}} repeats values[{{first}}] (both are read as "{{value}}"); remove the duplicate',
    },
  },
  check(ctx) {
    for (const item of typedItems(ctx)) {
      if (item.kind !== 'option' && item.kind !== 'multiple-options') continue;
      const path: ConfigPath = [...item.specPath, 'values'];
      const found = locate(ctx.root, path);
      if (item.values.length === 0) {
        // An explicit constant (editable: false) takes no input, so its values do not matter.
        if (item.written.has('editable') && !item.editable) continue;
        const dflt = item.kind === 'option' ? (item.default ? [item.default] : []) : item.default;
        const example = dflt.length ? yamlText([...new Set(dflt)]) : '[small, medium, large]';
        const written = found.depth === path.length;
        reportAt(ctx, path, {
          node: written ? keyTarget(ctx, path) : keyTarget(ctx, item.specPath),
          messageId: written ? 'valuesEmpty' : 'valuesMissing',
          data: { kind: item.kind, item: itemRef(item), operatorError: item.kind === 'option' ? 'invalid value' : 'invalid option', example },
        });
        continue;
      }
      if (!isSeq(found.node) || found.depth !== path.length) continue;
      const seen = new Map<string, number>();
      found.node.items.forEach((n, i) => {
        if (!isScalar(n) || n.value === null) return;
        const text = typeof n.value === 'string' ? n.value : marshalScalar(n.value).text;
        const first = seen.get(text);
        if (first === undefined) {
          seen.set(text, i);
          return;
        }
        const at = [...path, i];
        const source = ctx.stringOf(n);
        const asWritten = source === text && ctx.stringOf(found.node && isSeq(found.node) ? found.node.items[first] : null) === text;
        reportAt(ctx, at, {
          node: n,
          messageId: asWritten ? 'valueRepeated' : 'valueRepeatedAsRead',
          data: { index: i, value: text, item: itemRef(item), first },
        });
      });
    }
  },
};
