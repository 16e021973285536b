import type { ConfigPath } from '../config/index.ts';
import type { Rule } from './types.ts';
import { itemRef, reportAt, typedItems, valueTarget } from './shared/config-items.ts';

export const rule: Rule = {
  meta: {
    id: 'config-range',
    severity: 'warning',
    documents: 'definition',
    description: 'min is not above max, and multiple-options bounds lie within 0..the number of values.',
    messages: {
      minAboveMax: 'min {{min}} of {{item}} is greater than max {{max}}, so no input {{what}} can pass (each is below min or above max); swap them: min: {{max}}, max: {{min}}',
      minBelowZero: 'min {{min}} of {{item}} is below 0 and has no effect (a list never has fewer than 0 entries); use min: 0 or leave it out',
      maxBelowZero: 'max {{max}} of {{item}} is below 0, so no input passes, not even an empty list; use a max between 0 and {{count}}',
      minAboveCount: 'min {{min}} of {{item}} is more than its {{count}} values, so only an input that repeats values can pass; use a min between 0 and {{count}}',
      maxAboveCount: 'max {{max}} of {{item}} is more than its {{count}} values, so it only admits inputs that repeat values; use max: {{count}} (or leave it out)',
    },
  },
  check(ctx) {
    for (const item of typedItems(ctx)) {
      if (item.kind !== 'integer' && item.kind !== 'float' && item.kind !== 'multiple-options') continue;
      const minPath: ConfigPath = [...item.specPath, 'min'];
      const maxPath: ConfigPath = [...item.specPath, 'max'];
      const { min, max } = item;
      const what = item.kind === 'multiple-options' ? 'list' : 'value';
      if (min !== null && max !== null && min > max) {
        reportAt(ctx, minPath, { node: valueTarget(ctx, minPath), messageId: 'minAboveMax', data: { min, max, item: itemRef(item), what } });
        continue;
      }
      if (item.kind !== 'multiple-options') continue;
      const n = BigInt(item.values.length);
      if (item.min !== null && item.min < 0n) {
        reportAt(ctx, minPath, { node: valueTarget(ctx, minPath), messageId: 'minBelowZero', data: { min: item.min, item: itemRef(item) } });
      }
      if (item.max !== null && item.max < 0n) {
        reportAt(ctx, maxPath, { node: valueTarget(ctx, maxPath), messageId: 'maxBelowZero', data: { max: item.max, item: itemRef(item), count: n } });
      }
      if (n === 0n) continue; // config-values reports the missing values
      if (item.min !== null && item.min > n) {
        reportAt(ctx, minPath, { node: valueTarget(ctx, minPath), messageId: 'minAboveCount', data: { min: item.min, item: itemRef(item), count: n } });
      }
      if (item.max !== null && item.max > n) {
        reportAt(ctx, maxPath, { node: valueTarget(ctx, maxPath), messageId: 'maxAboveCount', data: { max: item.max, item: itemRef(item), count: n } });
      }
    }
  },
};
