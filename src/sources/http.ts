// Fetching a Module's `source.httpURL` definition the way the operator does: a plain GET, and
// only status 200 is success. On top of that, what a linter run needs: a deadline (connect,
// headers and body together, across redirects), a size cap (reading stops past it), a few
// redirects with loop detection, http/https only, UTF-8 text only, a per-run cache (one request
// per URL, concurrent callers share it), an offline mode, and HTTP_PROXY / HTTPS_PROXY /
// NO_PROXY honoured as Go's default transport does. undici is imported on the first
// fetch, so a `lint` without Modules never loads it.
import { STATUS_CODES } from 'node:http';
import { createGunzip } from 'node:zlib';
import { importExternal } from '../runtime/import-external.ts';
import { BlockList, isIP } from 'node:net';
import type { Dispatcher } from 'undici';
import type { HttpResolution } from '../context/module-sources.ts';

export interface HttpFetcherOptions {
  /** Don't fetch; every URL resolves to {ok:false, offline:true}. */
  offline?: boolean;
  /** Deadline for the whole fetch (connect, headers, body, redirects); default 10 s. */
  timeoutMs?: number;
  /** Largest body accepted, in bytes; default 1 MiB. */
  maxBytes?: number;
  /** Redirects followed before giving up; default 9, as Go's http.Client. */
  maxRedirects?: number;
  /** Where HTTP_PROXY, HTTPS_PROXY and NO_PROXY are read; default process.env. */
  env?: Record<string, string | undefined>;
}

export interface HttpFetcher {
  fetch(url: string): Promise<HttpResolution>;
  /** Closes the connection pool (idle keep-alive connections). */
  close(): Promise<void>;
}

export const DEFAULT_HTTP_TIMEOUT_MS = 10_000;
export const DEFAULT_MAX_BYTES = 1024 * 1024;
/** As Go's http.Client: 10 requests at most, so 9 redirects followed and the 10th refused. */
export const DEFAULT_MAX_REDIRECTS = 9;
export const OFFLINE_ERROR = 'not fetched (--offline)';

type Undici = typeof import('undici');
let loaded: Promise<Undici> | undefined;
function loadUndici(): Promise<Undici> {
  loaded ??= importExternal<Undici>('undici').catch((e: unknown) => {
    loaded = undefined;
    throw e;
  });
  return loaded;
}

/** Why a fetch failed; the message is the cause alone, the URL is added by the caller. */
class FetchFailure extends Error {}

type Body = Dispatcher.ResponseData['body'];

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

export function formatSeconds(ms: number): string {
  const s = ms / 1000;
  return `${Number.isInteger(s) ? s : Number(s.toFixed(3))}s`;
}

function formatBytes(n: number): string {
  if (n >= 1024 * 1024 && n % (1024 * 1024) === 0) return `${n} bytes (${n / (1024 * 1024)} MiB)`;
  if (n >= 1024 && n % 1024 === 0) return `${n} bytes (${n / 1024} KiB)`;
  return `${n} bytes`;
}

function statusText(status: number): string {
  const t = STATUS_CODES[status];
  return t ? `${status} ${t}` : String(status);
}

/** Parses a URL as Go's net/url would accept it for http.Get, or throws a FetchFailure. */
function parseUrl(raw: string, what = 'URL'): URL {
  if (raw === '') throw new FetchFailure(`empty ${what}`);
  // Go rejects control characters anywhere, and a leading space makes the scheme unparsable;
  // WHATWG URL parsing would silently strip them.
  if (/[\x00-\x1f\x7f]/.test(raw)) throw new FetchFailure(`invalid ${what}: contains a control character`);
  if (/^\s|\s$/.test(raw)) throw new FetchFailure(`invalid ${what}: leading or trailing space`);
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(raw);
  if (!scheme) throw new FetchFailure(`invalid ${what}: no scheme (expected http:// or https://)`);
  const s = scheme[1].toLowerCase();
  if (s !== 'http' && s !== 'https') throw new FetchFailure(`unsupported scheme ${JSON.stringify(s)}: only http and https are fetched`);
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    throw new FetchFailure(`invalid ${what}`);
  }
  if (!u.hostname) throw new FetchFailure(`invalid ${what}: no host`);
  return u;
}

function describeError(e: unknown, url: URL, timedOut: boolean, timeoutMs: number): string {
  if (e instanceof FetchFailure) return e.message;
  if (timedOut) return `timeout after ${formatSeconds(timeoutMs)}`;
  const err = e as { name?: string; message?: string; code?: string; cause?: { code?: string; message?: string } };
  const code = err.code ?? err.cause?.code ?? '';
  const host = url.host;
  switch (code) {
    case 'ENOTFOUND':
      return `DNS lookup failed: host ${url.hostname} not found`;
    case 'EAI_AGAIN':
      return `DNS lookup failed for host ${url.hostname} (temporary failure; no network?)`;
    case 'ECONNREFUSED':
      return `connection refused by ${host}`;
    case 'ECONNRESET':
    case 'UND_ERR_SOCKET':
    case 'UND_ERR_CLOSED':
      return `connection to ${host} closed before the response was complete`;
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return `host ${host} unreachable (${code})`;
    case 'UND_ERR_CONNECT_TIMEOUT':
    case 'UND_ERR_HEADERS_TIMEOUT':
    case 'UND_ERR_BODY_TIMEOUT':
    case 'ETIMEDOUT':
      return `timeout after ${formatSeconds(timeoutMs)}`;
    case 'UND_ERR_HEADERS_OVERFLOW':
      return `response headers from ${host} over the 16 KiB limit`;
    case 'UND_ERR_INVALID_ARG':
      return `invalid URL: ${err.message ?? ''}`.trim();
  }
  if (typeof code === 'string' && /^ERR_TLS|CERT|SSL/.test(code)) return `TLS error with ${host}: ${err.message ?? code}`;
  if (/certificate|self[- ]signed|TLS|SSL/i.test(`${err.message} ${err.cause?.message}`)) return `TLS error with ${host}: ${err.cause?.message ?? err.message}`;
  const detail = err.cause?.message ?? err.message ?? String(e);
  return `request to ${host} failed: ${detail}${code ? ` (${code})` : ''}`;
}

/** Decodes a body as UTF-8 text, or throws a FetchFailure naming why it is not text. */
export function decodeText(bytes: Uint8Array): string {
  let text: string;
  try {
    // ignoreBOM: keep a byte order mark, so the lint sees the bytes the operator parses.
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new FetchFailure(`non-text body: not valid UTF-8 (at byte ${firstInvalidUtf8(bytes)})`);
  }
  const nul = text.indexOf('\0');
  if (nul >= 0) throw new FetchFailure(`non-text body: contains a NUL byte (at byte ${Buffer.byteLength(text.slice(0, nul))})`);
  return text;
}

function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    let n: number;
    if (c < 0x80) n = 0;
    else if (c >= 0xc2 && c <= 0xdf) n = 1;
    else if (c >= 0xe0 && c <= 0xef) n = 2;
    else if (c >= 0xf0 && c <= 0xf4) n = 3;
    else return i;
    for (let k = 1; k <= n; k++) {
      const d = b[i + k];
      if (d === undefined || (d & 0xc0) !== 0x80) return i;
      if (k === 1) {
        if (c === 0xe0 && d < 0xa0) return i;
        if (c === 0xed && d > 0x9f) return i;
        if (c === 0xf0 && d < 0x90) return i;
        if (c === 0xf4 && d > 0x8f) return i;
      }
    }
    i += n + 1;
  }
  return i;
}

export function createHttpFetcher(opts: HttpFetcherOptions = {}): HttpFetcher {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_HTTP_TIMEOUT_MS;
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxRedirects = opts.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  const cache = new Map<string, Promise<HttpResolution>>();
  let agent: Dispatcher | undefined;
  const proxies = new Map<string, Dispatcher>();

  function dispatcherFor(undici: Undici, u: URL): Dispatcher {
    agent ??= new undici.Agent({ connect: { timeout: timeoutMs }, headersTimeout: timeoutMs, bodyTimeout: timeoutMs });
    const proxy = proxyFor(u, opts.env ?? process.env);
    if (!proxy) return agent;
    let d = proxies.get(proxy);
    if (!d) {
      d = new undici.ProxyAgent({ uri: proxy, connect: { timeout: timeoutMs }, headersTimeout: timeoutMs, bodyTimeout: timeoutMs });
      proxies.set(proxy, d);
    }
    return d;
  }

  async function getOnce(u: URL, signal: AbortSignal): Promise<{ status: number; location?: string; body: Body; contentLength?: number; encoding?: string }> {
    const undici = await loadUndici();
    const dispatcher = dispatcherFor(undici, u);
    const headers: Record<string, string> = { 'user-agent': 'Go-http-client/1.1', 'accept-encoding': 'identity' };
    const target = new URL(u.href);
    if (target.username || target.password) {
      // Go's http.Get sends userinfo as basic auth; undici would not.
      headers.authorization = 'Basic ' + Buffer.from(`${decodeURIComponent(target.username)}:${decodeURIComponent(target.password)}`).toString('base64');
      target.username = '';
      target.password = '';
    }
    target.hash = '';
    const res = await undici.request(target, { method: 'GET', headers, signal, dispatcher });
    const loc = res.headers.location;
    const cl = res.headers['content-length'];
    const contentLength = typeof cl === 'string' && /^\d+$/.test(cl) ? Number(cl) : undefined;
    const ce = res.headers['content-encoding'];
    const encoding = (Array.isArray(ce) ? ce.join(',') : ce)?.trim().toLowerCase() || undefined;
    return { status: res.statusCode, location: Array.isArray(loc) ? loc[0] : loc, body: res.body, contentLength, encoding };
  }

  async function readCapped(body: Body, contentLength: number | undefined, encoding: string | undefined): Promise<Uint8Array> {
    if (contentLength !== undefined && contentLength > maxBytes) {
      abandon(body);
      throw new FetchFailure(`body over ${formatBytes(maxBytes)} (Content-Length ${contentLength})`);
    }
    // Go's transport asks for gzip itself and decodes it, so the operator reads a gzip answer as
    // its decoded text; the cap applies to the decoded bytes (a small gzip bomb stays small).
    const gzip = encoding === 'gzip' || encoding === 'x-gzip';
    const source: AsyncIterable<unknown> = gzip ? body.pipe(createGunzip()) : body;
    const chunks: Buffer[] = [];
    let total = 0;
    try {
      for await (const chunk of source) {
        const b = chunk as Buffer;
        total += b.length;
        if (total > maxBytes) {
          abandon(body);
          throw new FetchFailure(`body over ${formatBytes(maxBytes)}${gzip ? ' after gzip decoding' : ''}`);
        }
        chunks.push(b);
      }
    } catch (e) {
      if (e instanceof FetchFailure || !gzip || (e as { code?: string }).code?.startsWith('UND_')) throw e;
      abandon(body);
      throw new FetchFailure(`Content-Encoding gzip, but the body is not valid gzip: ${(e as Error).message}`);
    } finally {
      if (gzip && source !== body) (source as { destroy?: () => void }).destroy?.();
    }
    return Buffer.concat(chunks, total);
  }

  async function doFetch(raw: string): Promise<HttpResolution> {
    let current: URL;
    try {
      current = parseUrl(raw);
    } catch (e) {
      return { ok: false, error: `${raw}: ${(e as Error).message}` };
    }
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort(new Error(`timeout after ${formatSeconds(timeoutMs)}`));
    }, timeoutMs);
    const chain: string[] = [current.href];
    const seen = new Set<string>([stripHash(current)]);
    const where = (): string => (chain.length > 1 ? `${raw} (redirected to ${current.href})` : raw);
    try {
      for (;;) {
        const res = await getOnce(current, controller.signal);
        if (REDIRECT_STATUSES.has(res.status) && res.location !== undefined) {
          await res.body.dump().catch(() => undefined);
          let next: URL;
          try {
            next = new URL(res.location, current);
          } catch {
            throw new FetchFailure(`status ${statusText(res.status)} with an invalid Location ${JSON.stringify(res.location)}`);
          }
          if (next.protocol !== 'http:' && next.protocol !== 'https:')
            throw new FetchFailure(`redirected to ${next.href}: unsupported scheme ${JSON.stringify(next.protocol.slice(0, -1))}: only http and https are fetched`);
          const key = stripHash(next);
          if (seen.has(key)) throw new FetchFailure(`redirect loop: ${[...chain, next.href].join(' -> ')}`);
          if (chain.length > maxRedirects) throw new FetchFailure(`stopped after ${maxRedirects} redirects: ${[...chain, next.href].join(' -> ')}`);
          seen.add(key);
          chain.push(next.href);
          current = next;
          continue;
        }
        if (res.status !== 200) {
          await res.body.dump().catch(() => undefined);
          const hint = REDIRECT_STATUSES.has(res.status) ? ' without a Location header' : '';
          throw new FetchFailure(`status ${statusText(res.status)}${hint} (only 200 is accepted)`);
        }
        const bytes = await readCapped(res.body, res.encoding === 'gzip' || res.encoding === 'x-gzip' ? undefined : res.contentLength, res.encoding);
        const text = decodeText(bytes);
        return { ok: true, text, url: current.href };
      }
    } catch (e) {
      return { ok: false, error: `${where()}: ${describeError(e, current, timedOut, timeoutMs)}` };
    } finally {
      clearTimeout(timer);
    }
  }

  return {
    fetch(url: string): Promise<HttpResolution> {
      if (opts.offline) return Promise.resolve({ ok: false, offline: true, error: OFFLINE_ERROR });
      let p = cache.get(url);
      if (!p) {
        p = doFetch(url);
        cache.set(url, p);
      }
      return p;
    },
    async close(): Promise<void> {
      const all = [agent, ...proxies.values()];
      agent = undefined;
      proxies.clear();
      for (const d of all) if (d) await d.close().catch(() => undefined);
    },
  };
}

/** Stops reading a response body and closes its connection (undici's destroy emits an error). */
function abandon(body: Body): void {
  body.on('error', () => undefined);
  body.destroy();
}

/**
 * The proxy Go's http.ProxyFromEnvironment would use for a URL: HTTP_PROXY for http, HTTPS_PROXY
 * for https (upper case first), none for localhost and loopback addresses or a NO_PROXY match
 * (`*`, host names matching themselves and subdomains, `.suffix`, IPs, CIDRs, optional `:port`).
 */
export function proxyFor(u: URL, env: Record<string, string | undefined>): string | undefined {
  const get = (k: string): string | undefined => env[k] || env[k.toLowerCase()] || undefined;
  const raw = u.protocol === 'https:' ? get('HTTPS_PROXY') : get('HTTP_PROXY');
  if (!raw) return undefined;
  const host = u.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost') || (isIP(host) && isLoopback(host))) return undefined;
  const port = u.port || (u.protocol === 'https:' ? '443' : '80');
  for (let entry of (get('NO_PROXY') ?? '').split(',')) {
    entry = entry.trim().toLowerCase();
    if (!entry) continue;
    if (entry === '*') return undefined;
    if (entry.includes('/')) {
      const [net, bits] = entry.split('/');
      const fam = isIP(net);
      if (fam && isIP(host) === fam) {
        const bl = new BlockList();
        try {
          bl.addSubnet(net, Number(bits), fam === 6 ? 'ipv6' : 'ipv4');
          if (bl.check(host, fam === 6 ? 'ipv6' : 'ipv4')) return undefined;
        } catch {
          /* not a CIDR */
        }
      }
      continue;
    }
    let ePort = '';
    const m = /^(.*):(\d+)$/.exec(entry);
    if (m && !isIP(entry.replace(/^\[|\]$/g, ''))) {
      entry = m[1];
      ePort = m[2];
    }
    entry = entry.replace(/^\[|\]$/g, '');
    if (ePort && ePort !== port) continue;
    if (entry.startsWith('*.')) entry = entry.slice(1);
    if (entry.startsWith('.') ? host.endsWith(entry) : host === entry || host.endsWith('.' + entry)) return undefined;
  }
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `http://${raw}`;
}

function isLoopback(ip: string): boolean {
  return ip === '::1' || /^127\./.test(ip) || /^::ffff:127\./i.test(ip);
}

function stripHash(u: URL): string {
  const c = new URL(u.href);
  c.hash = '';
  return c.href;
}
