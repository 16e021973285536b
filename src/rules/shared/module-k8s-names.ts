/** Kubernetes name rules (apimachinery validation). */
export const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
export const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
export const QUALIFIED_NAME = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
export const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;

export function subdomainProblem(s: string): string | undefined {
  if (s.length === 0) return 'must not be empty';
  if (s.length > 253) return `is ${s.length} characters; at most 253`;
  if (!DNS1123_SUBDOMAIN.test(s)) return 'must be a DNS-1123 subdomain: lowercase letters, digits, "-" and ".", starting and ending with a letter or digit';
  return undefined;
}

export function labelProblem(s: string): string | undefined {
  if (s.length === 0) return 'must not be empty';
  if (s.length > 63) return `is ${s.length} characters; at most 63`;
  if (!DNS1123_LABEL.test(s)) return 'must be a DNS-1123 label: lowercase letters, digits and "-", starting and ending with a letter or digit';
  return undefined;
}

/** A label or annotation key: `[prefix/]name`. */
export function qualifiedNameProblem(key: string): string | undefined {
  const parts = key.split('/');
  if (parts.length > 2) return 'has more than one "/"';
  const [prefix, name] = parts.length === 2 ? parts : [undefined, parts[0]];
  if (prefix !== undefined) {
    const p = subdomainProblem(prefix);
    if (p) return `prefix "${prefix}" ${p}`;
  }
  if (name.length === 0) return 'has an empty name part';
  if (name.length > 63) return `name part is ${name.length} characters; at most 63`;
  if (!QUALIFIED_NAME.test(name)) return 'name part must be letters, digits, "-", "_" and ".", starting and ending with a letter or digit';
  return undefined;
}
