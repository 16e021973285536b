/** Comparing and describing Go values as both operators hand them to Helm and templates. */
import { formatFloatG } from '../../config/go-format.ts';
import type { GoValue } from '../../values/go-value.ts';
import { isGoMap, toPlain } from '../../values/go-value.ts';

/** Whether two values print and marshal the same for Helm and templates (int 3 and float64 3 do; 1000000 and 1e+06 do not). */
export function equivalent(a: GoValue | undefined, b: GoValue | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  if (typeof a === 'bigint' && typeof b === 'number') return Number(a) === b && formatFloatG(b) === a.toString();
  if (typeof a === 'number' && typeof b === 'bigint') return equivalent(b, a);
  if (Array.isArray(a) || Array.isArray(b)) return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => equivalent(x, b[i]));
  if (isGoMap(a) || isGoMap(b)) {
    if (!(a instanceof Map) || !(b instanceof Map) || a.size !== b.size) return false;
    for (const [k, x] of a) if (!b.has(k) || !equivalent(x, b.get(k))) return false;
    return true;
  }
  if (typeof a === 'number' && typeof b === 'number') return a === b || (Number.isNaN(a) && Number.isNaN(b));
  return a === b;
}

export const show = (v: GoValue | undefined): string => {
  if (v === undefined) return 'nothing';
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'bigint') return `the int ${v}`;
  if (typeof v === 'number') return `the float ${formatFloatG(v)}`;
  if (v === null) return 'null';
  if (typeof v === 'boolean') return String(v);
  return JSON.stringify(toPlain(v));
};

/** A value as it reads in running text: strings and numbers bare, anything else as `show` gives it. */
export const plain = (v: GoValue | undefined): string =>
  typeof v === 'string' || typeof v === 'bigint' || typeof v === 'boolean' || v === null ? String(v) : typeof v === 'number' ? formatFloatG(v) : show(v);
