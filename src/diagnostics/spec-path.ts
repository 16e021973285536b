/**
 * Paths inside a document as findings print them: `spec.values[1].raw["app.kubernetes.io/name"]`.
 * A key that reads as an identifier follows a dot; any other key is quoted in brackets, so the
 * path can be read back (authoring/migrate/paths.ts parses it) and pasted into yq.
 */
const PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/** One step appended: a list index in brackets, a map key after a dot (none at the start) or quoted. */
export function appendStep(path: string, step: string | number): string {
  if (typeof step === 'number') return `${path}[${step}]`;
  if (PLAIN_KEY.test(step)) return path ? `${path}.${step}` : step;
  return `${path}[${JSON.stringify(step)}]`;
}

/** ['config', 2, 'spec', 'min'] -> `config[2].spec.min`. */
export function pathText(steps: readonly (string | number)[]): string {
  let path = '';
  for (const step of steps) path = appendStep(path, step);
  return path;
}
