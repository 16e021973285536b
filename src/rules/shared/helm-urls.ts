/**
 * URL shapes the Helm definition fields take. Each function returns what is wrong with the
 * text (to follow the field's name in a message), or undefined when it is fine.
 */

const SCHEME_URL = /^([A-Za-z][A-Za-z0-9+.-]*):\/\/([^/?#]*)(.*)$/s;

function authorityHost(authority: string): string {
  const hostPort = authority.slice(authority.lastIndexOf('@') + 1);
  if (hostPort.startsWith('[')) return hostPort.slice(0, hostPort.indexOf(']') + 1);
  const colon = hostPort.lastIndexOf(':');
  return colon >= 0 ? hostPort.slice(0, colon) : hostPort;
}

/** Parses `scheme://host...` as Go's url.Parse would split it, checking the host with WHATWG URL. */
function schemeUrl(text: string): { scheme: string; host: string } | { problem: string } {
  if (/\s/.test(text.trim()) || text.trim() !== text) return { problem: 'contains whitespace' };
  const m = SCHEME_URL.exec(text);
  if (!m) {
    return /^[A-Za-z][A-Za-z0-9+.-]*:(?!\d)/.test(text)
      ? { problem: 'has no host (it needs the form scheme://host/path)' }
      : { problem: 'has no scheme (it is not an absolute URL)' };
  }
  const scheme = m[1].toLowerCase();
  const host = authorityHost(m[2]);
  if (!host) return { problem: 'has no host' };
  if (!validAuthority(m[2])) return { problem: `has an invalid host "${m[2]}"` };
  return { scheme, host };
}

// A handful of registries and chart hosts recur in every definition; WHATWG URL parsing is
// the costly part of the check and depends on the authority alone.
const authorities = new Map<string, boolean>();

function validAuthority(authority: string): boolean {
  let ok = authorities.get(authority);
  if (ok === undefined) {
    try {
      new URL(`http://${authority}/`);
      ok = true;
    } catch {
      ok = false;
    }
    if (authorities.size >= 1024) authorities.clear();
    authorities.set(authority, ok);
  }
  return ok;
}

/** A Helm chart repository: http(s) index or an OCI registry, with a host. */
export function chartRepoUrlProblem(text: string): string | undefined {
  const u = schemeUrl(text);
  if ('problem' in u) return u.problem;
  if (u.scheme !== 'http' && u.scheme !== 'https' && u.scheme !== 'oci') return `has the scheme "${u.scheme}"`;
  return undefined;
}

/** A URL to suggest for a repository written without a scheme, e.g. `charts.bitnami.com/bitnami`. */
export function withHttps(text: string): string | undefined {
  if (text.includes('://')) return undefined;
  return /^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+(:\d+)?(\/\S*)?$/.test(text) ? `https://${text}` : undefined;
}

/** A values file, fetched with a plain HTTP GET. */
export function valuesFileUrlProblem(text: string): string | undefined {
  const u = schemeUrl(text);
  if ('problem' in u) return u.problem;
  if (u.scheme !== 'http' && u.scheme !== 'https') return `has the scheme "${u.scheme}"`;
  return undefined;
}

/** scp-like SSH address: `git@github.com:org/repo.git`. */
const SCP_LIKE = /^[A-Za-z0-9._-]+@[A-Za-z0-9.-]+:(?!\/\/)[^\s]+$/;

/** A git repository: an https URL or an SSH address (scp-like `git@host:org/repo.git` or `ssh://`). */
export function gitRepoProblem(text: string): string | undefined {
  if (SCP_LIKE.test(text)) return undefined;
  const u = schemeUrl(text);
  if ('problem' in u) return u.problem;
  if (u.scheme === 'https' || u.scheme === 'ssh') return undefined;
  if (u.scheme === 'http') return 'uses plain http';
  return `has the scheme "${u.scheme}"`;
}
