/** Kubernetes name grammars (apimachinery's validation), with the reason a name fails. */
const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

export function dns1123LabelProblem(name: string): string | undefined {
  if (name.length === 0) return 'is empty';
  if (name.length > 63) return `is ${name.length} characters, over the 63 allowed`;
  if (!DNS1123_LABEL.test(name)) return 'must consist of lower case letters, digits and "-", starting and ending with a letter or digit';
  return undefined;
}

export function dns1123SubdomainProblem(name: string): string | undefined {
  if (name.length === 0) return 'is empty';
  if (name.length > 253) return `is ${name.length} characters, over the 253 allowed`;
  if (!DNS1123_SUBDOMAIN.test(name)) return 'must consist of lower case letters, digits, "-" and ".", starting and ending with a letter or digit';
  return undefined;
}

/** A suggestion that would pass: lower-cased, invalid runs turned into "-". */
export function toDns1123(name: string, max = 253): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9.-]+/g, '-')
    .replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, '')
    .slice(0, max)
    .replace(/[^a-z0-9]+$/, '');
}
