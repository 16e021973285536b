/** Parses an http(s) URL with a host, or says what is wrong with it. */
export function httpUrlProblem(text: string): string | undefined {
  let u: URL;
  try {
    u = new URL(text);
  } catch {
    return /^[a-z][a-z0-9+.-]*:/i.test(text) ? 'is not a valid URL' : 'is not an absolute URL (it needs a scheme such as https://)';
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return `has the scheme "${u.protocol.slice(0, -1)}"; only http and https are fetched`;
  if (!u.hostname) return 'has no host';
  return undefined;
}
