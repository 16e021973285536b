/**
 * Container image references as Kubernetes nodes read them: the grammar of
 * distribution/reference (v0.6) and the digest checks of opencontainers/go-digest, applied
 * the way `ParseNormalizedNamed` applies them (a kubelet or containerd normalises
 * `redis` to `docker.io/library/redis` before parsing).
 *
 *     reference        := name [ ":" tag ] [ "@" digest ]
 *     name             := [domain "/"] remote-name
 *     domain           := host [":" port-number]
 *     host             := domain-name | "[" IPv6address "]"
 *     domain-name      := domain-component ["." domain-component]*
 *     domain-component := /([a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])/
 *     port-number      := /[0-9]+/
 *     remote-name      := path-component ["/" path-component]*
 *     path-component   := alpha-numeric [separator alpha-numeric]*
 *     alpha-numeric    := /[a-z0-9]+/
 *     separator        := /[_.]|__|[-]+/
 *     tag              := /[\w][\w.-]{0,127}/
 *     digest           := algorithm ":" hex   (sha256: 64, sha384: 96, sha512: 128 lowercase hex)
 *
 * Two layers: `parseReference` / `parseNormalizedNamed` decide validity exactly as the Go
 * functions do (same regular expressions, same order of checks, same error kinds), and
 * `imageReferenceProblem` explains an invalid reference in words, naming the part that is
 * wrong and what it should look like.
 */

// ---------------------------------------------------------------------------------------
// The grammar as regular expressions (regexp.go). JavaScript's \w without the u flag is
// [A-Za-z0-9_], as in RE2; submatch semantics are leftmost-first in both.

const alphanumeric = '[a-z0-9]+';
const separator = '(?:[._]|__|[-]+)';
const domainNameComponent = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const optionalPort = '(?::[0-9]+)?';
const tagPat = '[\\w][\\w.-]{0,127}';
const digestPat = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*[:][0-9A-Fa-f]{32,}';
const identifierPat = '([a-f0-9]{64})';
const ipv6address = '\\[(?:[a-fA-F0-9:]+)\\]';
const domainName = `${domainNameComponent}(?:\\.${domainNameComponent})*`;
const host = `(?:${domainName}|${ipv6address})`;
const domainAndPort = host + optionalPort;
const pathComponent = `${alphanumeric}(?:${separator}${alphanumeric})*`;
const remoteName = `${pathComponent}(?:/${pathComponent})*`;
const namePat = `(?:${domainAndPort}/)?${remoteName}`;

const referenceRegexp = new RegExp(`^(${namePat})(?::(${tagPat}))?(?:@(${digestPat}))?$`);
const anchoredNameRegexp = new RegExp(`^(?:(${domainAndPort})/)?(${remoteName})$`);
const anchoredIdentifierRegexp = new RegExp(`^${identifierPat}$`);
const anchoredDomainRegexp = new RegExp(`^${domainAndPort}$`);
const anchoredPathComponent = new RegExp(`^${pathComponent}$`);
const anchoredTagRegexp = new RegExp(`^${tagPat}$`);
const anchoredDigestAlgorithm = /^[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*$/;

/** The anchored regular expressions, for tests that port distribution/reference's own. */
export const grammar = {
  /** `^domainAndPort$` (TestDomainRegexp). */
  domain: (s: string): boolean => anchoredDomainRegexp.test(s),
  /** anchoredNameRegexp: [domain, path] (TestFullNameRegexp). */
  name: (s: string): [string, string] | undefined => {
    const m = anchoredNameRegexp.exec(s);
    return m ? [m[1] ?? '', m[2]] : undefined;
  },
  /** referenceRegexp: [name, tag, digest] (TestReferenceRegexp). */
  reference: (s: string): [string, string, string] | undefined => {
    const m = referenceRegexp.exec(s);
    return m ? [m[1], m[2] ?? '', m[3] ?? ''] : undefined;
  },
  /** anchoredIdentifierRegexp (TestIdentifierRegexp). */
  identifier: (s: string): boolean => anchoredIdentifierRegexp.test(s),
};

/** RepositoryNameTotalLengthMax: the longest path (remote name) a reference may have. */
export const REPOSITORY_NAME_MAX = 255;
export const TAG_MAX = 128;

/** Algorithms go-digest knows, with the length of their hex encoding. */
export const DIGEST_ALGORITHMS: Readonly<Record<string, number>> = { sha256: 64, sha384: 96, sha512: 128 };

/** Longer input is refused before any regular expression sees it. */
const INPUT_MAX = 4096;

// ---------------------------------------------------------------------------------------
// Validity, as the Go functions decide it.

/** The error a Go function returns, by name. */
export type ReferenceErrorKind =
  | 'name-empty' // ErrNameEmpty
  | 'invalid-format' // ErrReferenceInvalidFormat
  | 'name-uppercase' // ErrNameContainsUppercase
  | 'name-too-long' // ErrNameTooLong
  | 'digest-invalid-format' // digest.ErrDigestInvalidFormat
  | 'digest-invalid-length' // digest.ErrDigestInvalidLength
  | 'digest-unsupported' // digest.ErrDigestUnsupported
  | 'identifier' // ParseNormalizedNamed: "cannot specify 64-byte hexadecimal strings"
  | 'remote-uppercase'; // ParseNormalizedNamed: "repository name (...) must be lowercase"

export interface ParsedReference {
  /** The registry host[:port]; "" when the name has none (Parse only). */
  domain: string;
  /** The repository path (remote name), without the domain. */
  path: string;
  tag?: string;
  digest?: string;
}

export type ReferenceResult = { ok: true; ref: ParsedReference } | { ok: false; error: ReferenceErrorKind };

/** go-digest's Digest.Validate. */
export function validateDigest(d: string): ReferenceErrorKind | undefined {
  const i = d.indexOf(':');
  if (i <= 0 || i + 1 === d.length) return 'digest-invalid-format';
  const algorithm = d.slice(0, i);
  const encoded = d.slice(i + 1);
  const size = DIGEST_ALGORITHMS[algorithm];
  if (size === undefined) {
    return new RegExp(`^${digestPat}$`).test(d) ? 'digest-unsupported' : 'digest-invalid-format';
  }
  if (encoded.length !== size) return 'digest-invalid-length';
  return /^[a-f0-9]+$/.test(encoded) ? undefined : 'digest-invalid-format';
}

/** distribution/reference `Parse`: the reference as written, no normalisation. */
export function parseReference(s: string): ReferenceResult {
  if (s === '') return { ok: false, error: 'name-empty' };
  if (s.length > INPUT_MAX) return { ok: false, error: 'invalid-format' };
  const m = referenceRegexp.exec(s);
  if (!m) {
    const lower = s.toLowerCase();
    if (lower !== s && referenceRegexp.test(lower)) return { ok: false, error: 'name-uppercase' };
    return { ok: false, error: 'invalid-format' };
  }
  const name = m[1];
  const nm = anchoredNameRegexp.exec(name);
  const ref: ParsedReference = nm ? { domain: nm[1] ?? '', path: nm[2] } : { domain: '', path: name };
  if (ref.path.length > REPOSITORY_NAME_MAX) return { ok: false, error: 'name-too-long' };
  if (m[2] !== undefined && m[2] !== '') ref.tag = m[2];
  if (m[3] !== undefined && m[3] !== '') {
    const err = validateDigest(m[3]);
    if (err) return { ok: false, error: err };
    ref.digest = m[3];
  }
  return { ok: true, ref };
}

/**
 * `splitDockerDomain`: the registry part of a familiar name. The first component is a
 * registry when it is `localhost`, holds a "." or ":", or has an uppercase letter; names
 * without one live on Docker Hub, single-component ones under `library/`.
 */
export function splitDockerDomain(name: string): { domain: string; remainder: string } {
  const slash = name.indexOf('/');
  if (slash < 0) return { domain: 'docker.io', remainder: `library/${name}` };
  const first = name.slice(0, slash);
  const rest = name.slice(slash + 1);
  let domain: string;
  let remainder: string;
  if (first === 'localhost' || /[.:]/.test(first) || first.toLowerCase() !== first) {
    domain = first === 'index.docker.io' ? 'docker.io' : first;
    remainder = rest;
  } else {
    domain = 'docker.io';
    remainder = name;
  }
  if (domain === 'docker.io' && !remainder.includes('/')) remainder = `library/${remainder}`;
  return { domain, remainder };
}

/** distribution/reference `ParseNormalizedNamed`: what a node does with `spec.image`. */
export function parseNormalizedNamed(s: string): ReferenceResult {
  if (anchoredIdentifierRegexp.test(s)) return { ok: false, error: 'identifier' };
  const { domain, remainder } = splitDockerDomain(s);
  const colon = remainder.indexOf(':');
  const remote = colon >= 0 ? remainder.slice(0, colon) : remainder;
  if (remote.toLowerCase() !== remote) return { ok: false, error: 'remote-uppercase' };
  return parseReference(`${domain}/${remainder}`);
}

// ---------------------------------------------------------------------------------------
// Explanations.

export interface ImageReferenceCheck {
  /** The normalised reference, when valid. */
  ref?: ParsedReference;
  /** Why it is invalid: a sentence fragment to follow the quoted value. */
  problem?: string;
}

/** Parses `spec.image` as a node would, and says what is wrong when it cannot. */
export function checkImageReference(s: string): ImageReferenceCheck {
  const r = parseNormalizedNamed(s);
  if (r.ok) return { ref: r.ref };
  return { problem: explain(s, r.error) };
}

/** Undefined when the reference is valid; otherwise what is wrong and what would be right. */
export function imageReferenceProblem(s: string): string | undefined {
  return checkImageReference(s).problem;
}

const FORMAT = 'expected [registry[:port]/]repository[:tag][@digest], e.g. "ghcr.io/acme/module:v1.2.3"';

function quote(s: string): string {
  return JSON.stringify(s);
}

/** A corrected reference, offered only when it would itself be valid. */
function suggest(fixed: string): string {
  return parseNormalizedNamed(fixed).ok ? `; write ${quote(fixed)}` : '';
}

function explain(s: string, error: ReferenceErrorKind): string {
  if (s === '') return 'is empty; give a container image reference, e.g. "ghcr.io/acme/module:v1.2.3"';
  if (s.length > INPUT_MAX) return `is ${s.length} characters long, far beyond any valid image reference`;
  if (s.trim() !== s) return `has leading or trailing whitespace${suggest(s.trim()) || '; remove it'}`;
  const space = /\s/.exec(s);
  if (space) return `contains whitespace (${quote(space[0])}); an image reference has none`;
  const scheme = /^[A-Za-z][A-Za-z0-9+.-]*:\/\//.exec(s);
  if (scheme) return `starts with the URL scheme ${quote(scheme[0])}, but an image reference has no scheme${suggest(s.slice(scheme[0].length)) || `; drop ${quote(scheme[0])}`}`;
  if (error === 'identifier') {
    return 'is a bare 64-hex image ID, which a node cannot pull; name the repository and pin the ID as a digest, e.g. "ghcr.io/acme/module@sha256:<id>"';
  }

  const at = s.indexOf('@');
  const namePart = at < 0 ? s : s.slice(0, at);
  const digest = at < 0 ? undefined : s.slice(at + 1);
  if (digest !== undefined && digest.includes('/')) return 'has "@" before a "/"; "@" may only introduce the digest at the end, as in "repo@sha256:<64 hex>"';
  if (digest !== undefined && digest.includes('@')) return 'contains more than one "@"; a single digest may follow the name, as in "repo@sha256:<64 hex>"';

  const lastSlash = namePart.lastIndexOf('/');
  if (lastSlash < 0 && namePart.startsWith('[')) {
    const example = `${namePart}/module:v1.2.3`;
    return `is only a registry address; add the repository after it${parseNormalizedNamed(example).ok ? `, e.g. ${quote(example)}` : ''}`;
  }
  const colon = namePart.indexOf(':', lastSlash + 1);
  const name = colon < 0 ? namePart : namePart.slice(0, colon);
  const tag = colon < 0 ? undefined : namePart.slice(colon + 1);

  if (name === '') return `has no repository name before ${quote(colon === 0 ? ':' : '@')}; ${FORMAT}`;

  const nameProblem = explainName(name);
  if (nameProblem) return nameProblem;

  if (tag !== undefined) {
    const tagProblem = explainTag(tag, digest !== undefined);
    if (tagProblem) return tagProblem;
  }
  if (digest !== undefined) {
    const digestProblem = explainDigest(digest);
    if (digestProblem) return digestProblem;
  }
  return `is not a valid image reference; ${FORMAT}`;
}

function explainName(name: string): string | undefined {
  const comps = name.split('/');
  let domain: string | undefined;
  let path = comps;
  if (comps.length > 1) {
    const first = comps[0];
    const looksLikeRegistry = first === 'localhost' || /[.:]/.test(first);
    const uppercaseOnly = !looksLikeRegistry && first.toLowerCase() !== first;
    if (looksLikeRegistry || uppercaseOnly) {
      // A first component that fails as a registry but passes as a path component is one
      // (Parse falls back to that reading), so only a hopeless registry is reported.
      const asPath = anchoredPathComponent.test(first);
      if (anchoredDomainRegexp.test(first)) {
        domain = first;
        path = comps.slice(1);
      } else if (!asPath && !uppercaseOnly) {
        return domainProblem(first);
      }
    }
  }

  const pathText = path.join('/');
  if (path.some((c) => c === '')) {
    if (pathText === '' && domain !== undefined) return `names the registry ${quote(domain)} but no repository after it; e.g. ${quote(`${domain}/acme/module:v1.2.3`)}`;
    return `has an empty path component in ${quote(pathText)} (a doubled "/", or one at the start or end); components are separated by single "/"`;
  }
  for (const c of path) {
    const bad = /[^A-Za-z0-9._-]/.exec(c);
    if (bad) {
      const hint = bad[0] === ':' ? ' (a ":" before the last "/" must be a registry port, as in "registry.example.com:5000/repo")' : '';
      return `has ${quote(bad[0])} in the path component ${quote(c)}${hint}; path components allow lowercase letters, digits and the separators ".", "_", "__" and "-"`;
    }
  }
  if (pathText.toLowerCase() !== pathText) {
    const fixed = (domain !== undefined ? `${domain}/` : '') + pathText.toLowerCase();
    const valid = anchoredNameRegexp.test(fixed);
    return `has uppercase letters in the repository ${quote(pathText)}; repository paths must be lowercase${valid ? `, e.g. ${quote(fixed)}` : ''}`;
  }
  for (const c of path) {
    const p = pathComponentProblem(c);
    if (p) return p;
  }
  const normalizedPath = domain === undefined ? (path.length === 1 ? `library/${pathText}` : pathText) : pathText;
  if (normalizedPath.length > REPOSITORY_NAME_MAX) {
    return `has a repository path of ${normalizedPath.length} characters${normalizedPath !== pathText ? ` (as ${quote('library/…')} on Docker Hub)` : ''}, over the ${REPOSITORY_NAME_MAX} allowed`;
  }
  return undefined;
}

function pathComponentProblem(c: string): string | undefined {
  if (/^[._-]|[._-]$/.test(c)) return `has the path component ${quote(c)}, which must start and end with a lowercase letter or digit`;
  for (const sep of c.match(/[._-]+/g) ?? []) {
    if (sep === '.' || sep === '_' || sep === '__' || /^-+$/.test(sep)) continue;
    return `has the separator ${quote(sep)} in the path component ${quote(c)}; between letters and digits use one ".", one or two "_", or dashes`;
  }
  return undefined;
}

function domainProblem(d: string): string {
  if (d.startsWith('[')) {
    const m = /^\[([^\]]*)\](.*)$/.exec(d);
    if (!m) return `has the registry ${quote(d)} with "[" but no closing "]"`;
    if (m[1].includes('%')) return `has the registry ${quote(d)} with an IPv6 zone ("%..."), which image references do not allow; drop the zone`;
    if (!/^[a-fA-F0-9:]+$/.test(m[1])) return `has the registry ${quote(d)}: inside "[ ]" only an IPv6 address in hexadecimal and ":" is allowed (no embedded IPv4)`;
    return `has the registry ${quote(d)} with a malformed port ${quote(m[2])}; write it as "[addr]:5000"`;
  }
  if ((d.match(/:/g) ?? []).length > 1) return `has the registry ${quote(d)}, which looks like an IPv6 address; put it in brackets, e.g. "[fc00::1]:5000"`;
  const i = d.indexOf(':');
  const h = i < 0 ? d : d.slice(0, i);
  const port = i < 0 ? undefined : d.slice(i + 1);
  if (h === '') return `has the registry ${quote(d)} with no host name before ":"`;
  for (const label of h.split('.')) {
    if (label === '') return `has the registry host ${quote(h)} with an empty label (".." or a "." at the start or end)`;
    const bad = /[^a-zA-Z0-9-]/.exec(label);
    if (bad) return `has ${quote(bad[0])} in the registry host ${quote(h)}; host names allow letters, digits, "-" and "."`;
    if (label.startsWith('-') || label.endsWith('-')) return `has the registry host ${quote(h)} with the label ${quote(label)}, which must not start or end with "-"`;
  }
  if (port === '') return `has the registry ${quote(d)} with ":" but no port number after it`;
  if (port !== undefined && !/^[0-9]+$/.test(port)) return `has the registry port ${quote(port)}, which is not a number; e.g. ${quote(`${h}:5000`)}`;
  return `has the malformed registry ${quote(d)}`;
}

function explainTag(tag: string, digestFollows: boolean): string | undefined {
  if (tag === '')
    return digestFollows ? 'has ":" with no tag before "@"; remove the ":" or add a tag' : 'ends with ":" but no tag follows; add a tag such as ":v1.2.3" or remove the ":"';
  if (tag.length > TAG_MAX) return `has a tag of ${tag.length} characters, over the ${TAG_MAX} allowed`;
  if (!/^\w/.test(tag)) return `has the tag ${quote(tag)}, which must start with a letter, digit or "_"`;
  const bad = /[^\w.-]/.exec(tag);
  if (bad) return `has ${quote(bad[0])} in the tag ${quote(tag)}; tags allow letters, digits, "_", "." and "-"`;
  return anchoredTagRegexp.test(tag) ? undefined : `has the invalid tag ${quote(tag)}`;
}

function explainDigest(d: string): string | undefined {
  const example = '"@sha256:" followed by 64 lowercase hex digits';
  if (d === '') return `ends with "@" but no digest follows; write ${example}, or remove the "@"`;
  const i = d.indexOf(':');
  if (i < 0) return `has the digest ${quote(d)} without an algorithm; write ${example}`;
  const algorithm = d.slice(0, i);
  const hex = d.slice(i + 1);
  if (algorithm === '') return `has the digest ${quote(d)} with no algorithm before ":"; write ${example}`;
  const size = DIGEST_ALGORITHMS[algorithm];
  if (size === undefined) {
    const lower = algorithm.toLowerCase();
    if (DIGEST_ALGORITHMS[lower] !== undefined) return `has the digest algorithm ${quote(algorithm)}; it must be lowercase ${quote(lower)}`;
    if (!anchoredDigestAlgorithm.test(algorithm)) return `has the malformed digest algorithm ${quote(algorithm)}; write ${example}`;
    return `has the unsupported digest algorithm ${quote(algorithm)}; use sha256 (or sha384, sha512)`;
  }
  if (hex === '') return `has no digest value after ${quote(`${algorithm}:`)}; it needs ${size} lowercase hex digits`;
  const bad = /[^0-9a-fA-F]/.exec(hex);
  if (bad) return `has ${quote(bad[0])} in the ${algorithm} digest, which allows only hex digits (0-9, a-f)`;
  if (hex.length !== size) return `has a ${algorithm} digest of ${hex.length} hex digits; it needs exactly ${size}`;
  if (/[A-F]/.test(hex)) return `has uppercase hex digits in the ${algorithm} digest; write it in lowercase`;
  return undefined;
}
