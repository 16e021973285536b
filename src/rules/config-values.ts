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
        const target = found.depth === path.length ? keyTarget(ctx, path) : keyTarget(ctx, item.specPath);
        const what = found.depth === path.length ? 'has an empty values list' : 'has no values';
        reportAt(
          ctx,
          target,
          path,
          `${item.kind} item ${itemRef(item)} ${what}, so every input a Module gives is rejected ("${
            item.kind === 'option' ? 'invalid value' : 'invalid option'
          } ..., must be one of []"); list the allowed values, e.g. values: ${example}`,
        );
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
        const same = source === text && ctx.stringOf(found.node && isSeq(found.node) ? found.node.items[first] : null) === text ? '' : ` (both are read as "${text}")`;
        reportAt(ctx, n, at, `values[${i}] "${text}" of ${itemRef(item)} repeats values[${first}]${same}; remove the duplicate`);
      });
    }
  },
};
