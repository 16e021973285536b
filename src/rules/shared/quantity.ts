/**
 * Kubernetes resource quantities (apimachinery's ParseQuantity): a signed decimal number
 * and a suffix, binary (Ki Mi Gi Ti Pi Ei), decimal (n u m "" k M G T P E) or an exponent.
 */
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
const SUFFIXES = new Set(['', 'n', 'u', 'm', 'k', 'M', 'G', 'T', 'P', 'E', 'Ki', 'Mi', 'Gi', 'Ti', 'Pi', 'Ei']);

export function quantityProblem(text: string): string | undefined {
  const m = /^([+-]?[0-9.]+)(.*)$/.exec(text.trim() === text ? text : '');
  if (!m) return 'is not a quantity (a number with an optional unit, e.g. 500m, 2, 512Mi, 1Gi)';
  const [, num, suffix] = m;
  if (!NUMBER.test(num)) return `has a malformed number "${num}"`;
  if (SUFFIXES.has(suffix) || /^[eE][+-]?\d+$/.test(suffix)) return undefined;
  const hint = suffix.toLowerCase() === 'gb' ? 'Gi or G' : suffix.toLowerCase() === 'mb' ? 'Mi or M' : suffix.toLowerCase() === 'kb' ? 'Ki or k' : undefined;
  return `has the unknown unit "${suffix}"${hint ? ` (did you mean ${hint}?)` : ''}; units are m, k, M, G, T, Ki, Mi, Gi, Ti, ...`;
}
