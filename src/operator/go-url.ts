/**
 * Go's net/url.Parse (Go 1.24.5) as far as the operator's spec checks read it: whether it fails,
 * with Go's error text, and the scheme and host it finds. The operator refuses a chart or git URL
 * on these (pkg/resources Validate), so "parses" must mean what it means in Go, not in WHATWG URL.
 */
import { quote } from '../template/fmt/index.ts';

export type GoUrl = { ok: true; scheme: string; host: string; opaque: string; path: string } | { ok: false; error: string };

type Mode = 'host' | 'zone' | 'path' | 'user' | 'fragment';

const isAlnum = (c: string) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
const isHex = (c: string | undefined) => c !== undefined && /^[0-9A-Fa-f]$/.test(c);

function shouldEscape(c: string, mode: Mode): boolean {
  if (isAlnum(c)) return false;
  if ((mode === 'host' || mode === 'zone') && `!$&'()*+,;=:[]<>"`.includes(c)) return false;
  if ('-_.~'.includes(c)) return false;
  if ('$&+,/:;=?@'.includes(c)) {
    if (mode === 'path') return c === '?';
    if (mode === 'user') return c === '@' || c === '/' || c === '?' || c === ':';
    if (mode === 'fragment') return false;
  }
  if (mode === 'fragment' && '!()*'.includes(c)) return false;
  return true;
}

class UrlError extends Error {}

/**
 * The parser works on UTF-8 bytes, as Go's does: each char of a byte string is one byte. An
 * error that quotes a slice of bytes may cut a character; Go's %q shows such bytes as \xNN.
 */
const toBytes = (s: string) => Buffer.from(s, 'utf8').toString('latin1');
const fromBytes = (b: string) => Buffer.from(b, 'latin1').toString('utf8');

function quoteBytes(b: string): string {
  const bytes = Buffer.from(b, 'latin1');
  let out = '';
  for (let i = 0; i < bytes.length;) {
    const n = bytes[i] < 0x80 ? 1 : bytes[i] >= 0xf0 ? 4 : bytes[i] >= 0xe0 ? 3 : bytes[i] >= 0xc0 ? 2 : 0;
    const piece = n ? bytes.subarray(i, i + n) : undefined;
    const text = piece && piece.length === n ? piece.toString('utf8') : undefined;
    if (text !== undefined && !text.includes('\uFFFD')) {
      out += quote(text, false).slice(1, -1);
      i += n;
    } else {
      out += `\\x${bytes[i].toString(16).padStart(2, '0')}`;
      i++;
    }
  }
  return `"${out}"`;
}

function unescape(s: string, mode: Mode): string {
  let out = '';
  for (let i = 0; i < s.length;) {
    const c = s[i];
    if (c === '%') {
      if (i + 2 >= s.length || !isHex(s[i + 1]) || !isHex(s[i + 2])) throw new UrlError(`invalid URL escape ${quoteBytes(s.slice(i, i + 3))}`);
      const v = parseInt(s.slice(i + 1, i + 3), 16);
      if (mode === 'host' && v < 0x80 && s.slice(i, i + 3) !== '%25') throw new UrlError(`invalid URL escape ${quoteBytes(s.slice(i, i + 3))}`);
      if (mode === 'zone' && s.slice(i, i + 3) !== '%25' && v !== 0x20 && v < 0x80 && shouldEscape(String.fromCharCode(v), 'host')) {
        throw new UrlError(`invalid URL escape ${quoteBytes(s.slice(i, i + 3))}`);
      }
      out += String.fromCharCode(v);
      i += 3;
      continue;
    }
    if ((mode === 'host' || mode === 'zone') && c.charCodeAt(0) < 0x80 && shouldEscape(c, mode)) throw new UrlError(`invalid character ${quoteBytes(c)} in host name`);
    out += c;
    i++;
  }
  return out;
}

function validOptionalPort(port: string): boolean {
  if (port === '') return true;
  if (port[0] !== ':') return false;
  return /^:[0-9]*$/.test(port);
}

function parseHost(host: string): string {
  if (host.startsWith('[')) {
    const i = host.lastIndexOf(']');
    if (i < 0) throw new UrlError("missing ']' in host");
    const colonPort = host.slice(i + 1);
    if (!validOptionalPort(colonPort)) throw new UrlError(`invalid port ${quoteBytes(colonPort)} after host`);
    const zone = host.slice(0, i).indexOf('%25');
    if (zone >= 0) return unescape(host.slice(0, zone), 'host') + unescape(host.slice(zone, i), 'zone') + unescape(host.slice(i), 'host');
  } else {
    const i = host.lastIndexOf(':');
    if (i !== -1) {
      const colonPort = host.slice(i);
      if (!validOptionalPort(colonPort)) throw new UrlError(`invalid port ${quoteBytes(colonPort)} after host`);
    }
  }
  return unescape(host, 'host');
}

const USERINFO = /^[A-Za-z0-9\-._:~!$&'()*+,;=%@]*$/;

function parseAuthority(authority: string): string {
  const i = authority.lastIndexOf('@');
  const host = parseHost(i < 0 ? authority : authority.slice(i + 1));
  if (i < 0) return host;
  const userinfo = authority.slice(0, i);
  if (!USERINFO.test(userinfo)) throw new UrlError('net/url: invalid userinfo');
  const colon = userinfo.indexOf(':');
  if (colon < 0) unescape(userinfo, 'user');
  else {
    unescape(userinfo.slice(0, colon), 'user');
    unescape(userinfo.slice(colon + 1), 'user');
  }
  return host;
}

function getScheme(raw: string): { scheme: string; rest: string } {
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) continue;
    if ((c >= '0' && c <= '9') || c === '+' || c === '-' || c === '.') {
      if (i === 0) return { scheme: '', rest: raw };
      continue;
    }
    if (c === ':') {
      if (i === 0) throw new UrlError('missing protocol scheme');
      return { scheme: raw.slice(0, i), rest: raw.slice(i + 1) };
    }
    return { scheme: '', rest: raw };
  }
  return { scheme: '', rest: raw };
}

const CTL = /[\u0000-\u001f\u007f]/;

function parseNoFragment(raw: string): { scheme: string; host: string; opaque: string; path: string } {
  if (CTL.test(raw)) throw new UrlError('net/url: invalid control character in URL');
  if (raw === '*') return { scheme: '', host: '', opaque: '', path: '*' };
  const s = getScheme(raw);
  const scheme = s.scheme.toLowerCase();
  let rest = s.rest;
  if (rest.endsWith('?') && rest.split('?').length === 2) rest = rest.slice(0, -1);
  else {
    const q = rest.indexOf('?');
    if (q >= 0) rest = rest.slice(0, q);
  }
  if (!rest.startsWith('/')) {
    if (scheme !== '') return { scheme, host: '', opaque: rest, path: '' };
    const slash = rest.indexOf('/');
    const segment = slash >= 0 ? rest.slice(0, slash) : rest;
    if (segment.includes(':')) throw new UrlError('first path segment in URL cannot contain colon');
  }
  let host = '';
  if ((scheme !== '' || !rest.startsWith('///')) && rest.startsWith('//')) {
    let authority = rest.slice(2);
    rest = '';
    const i = authority.indexOf('/');
    if (i >= 0) {
      rest = authority.slice(i);
      authority = authority.slice(0, i);
    }
    host = parseAuthority(authority);
  }
  const path = unescape(rest, 'path');
  return { scheme, host, opaque: '', path };
}

/** url.Parse(raw): the error text Go prints (`parse "x": ...`), or the scheme and host. */
export function goUrlParse(raw: string): GoUrl {
  const hash = raw.indexOf('#');
  const u = hash >= 0 ? raw.slice(0, hash) : raw;
  let parsed;
  try {
    parsed = parseNoFragment(toBytes(u));
  } catch (e) {
    if (e instanceof UrlError) return { ok: false, error: `parse ${quote(u, false)}: ${e.message}` };
    throw e;
  }
  if (hash >= 0) {
    try {
      unescape(toBytes(raw.slice(hash + 1)), 'fragment');
    } catch (e) {
      if (e instanceof UrlError) return { ok: false, error: `parse ${quote(raw, false)}: ${e.message}` };
      throw e;
    }
  }
  return { ok: true, scheme: parsed.scheme, host: fromBytes(parsed.host), opaque: fromBytes(parsed.opaque), path: fromBytes(parsed.path) };
}
