import type { ConfigPath } from '../config/index.ts';
import type { Rule } from './types.ts';
import { itemRef, reportAt, typedItems, valueTarget } from './shared/config-items.ts';

export const rule: Rule = {
  meta: {
    id: 'config-range',
    severity: 'warning',
    documents: 'definition',
    description: 'min is not above max, and multiple-options bounds lie within 0..the number of values.',
  },
  check(ctx) {
    for (const item of typedItems(ctx)) {
      if (item.kind !== 'integer' && item.kind !== 'float' && item.kind !== 'multiple-options') continue;
      const minPath: ConfigPath = [...item.specPath, 'min'];
      const maxPath: ConfigPath = [...item.specPath, 'max'];
      const { min, max } = item;
      const what = item.kind === 'multiple-options' ? 'list' : 'value';
      if (min !== null && max !== null && min > max) {
        reportAt(
          ctx,
          valueTarget(ctx, minPath),
          minPath,
          `min ${min} of ${itemRef(item)} is greater than max ${max}, so no input ${what} can pass (each is below min or above max); swap them: min: ${max}, max: ${min}`,
        );
        continue;
      }
      if (item.kind !== 'multiple-options') continue;
      const n = BigInt(item.values.length);
      if (item.min !== null && item.min < 0n) {
        reportAt(
          ctx,
          valueTarget(ctx, minPath),
          minPath,
          `min ${item.min} of ${itemRef(item)} is below 0 and has no effect (a list never has fewer than 0 entries); use min: 0 or leave it out`,
        );
      }
      if (item.max !== null && item.max < 0n) {
        reportAt(
          ctx,
          valueTarget(ctx, maxPath),
          maxPath,
          `max ${item.max} of ${itemRef(item)} is below 0, so no input passes, not even an empty list; use a max between 0 and ${n}`,
        );
      }
      if (n === 0n) continue; // config-values reports the missing values
      if (item.min !== null && item.min > n) {
        reportAt(
          ctx,
          valueTarget(ctx, minPath),
          minPath,
          `min ${item.min} of ${itemRef(item)} is more than its ${n} values, so only an input that repeats values can pass; use a min between 0 and ${n}`,
        );
      }
      if (item.max !== null && item.max > n) {
        reportAt(
          ctx,
          valueTarget(ctx, maxPath),
          maxPath,
          `max ${item.max} of ${itemRef(item)} is more than its ${n} values, so it only admits inputs that repeat values; use max: ${n} (or leave it out)`,
        );
      }
    }
  },
};
