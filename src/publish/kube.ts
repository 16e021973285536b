// Talking to the Kubernetes API through @kubernetes/client-node: its KubeConfig (files from
// --kubeconfig or KUBECONFIG or ~/.kube/config, --context, tokens, client certificates, exec
// plugins, CA / insecure-skip-tls-verify) and its HTTP layer. The module is imported here,
// dynamically, so `lint` never loads it.
import { importExternal } from '../runtime/import-external.ts';
import { kubeconfigFiles, loadKubeconfigFiles } from './kubeconfig-files.ts';

export interface KubeResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export interface KubeRequest {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  query?: Record<string, string | undefined>;
  body?: string;
  contentType?: string;
  timeoutMs: number;
  /** Largest answer read, in bytes (after any gzip decoding); default 64 MiB. */
  maxResponseBytes?: number;
}

export const DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024;

export interface KubeClient {
  server: string;
  context: string;
  user?: string;
  request(req: KubeRequest): Promise<KubeResponse>;
  /** `text` with the kubeconfig user's credentials (tokens, passwords) blotted out. */
  redact(text: string): string;
  close(): Promise<void>;
}

/** A failure below HTTP: no status code came back. */
export class TransportError extends Error {
  constructor(
    readonly kind: 'timeout' | 'connection-refused' | 'connection-dropped' | 'network' | 'kubeconfig',
    message: string,
  ) {
    super(message);
  }
}

type ClientNode = typeof import('@kubernetes/client-node');

let loaded: Promise<ClientNode> | undefined;

async function loadClientNode(): Promise<ClientNode> {
  loaded ??= importExternal<ClientNode>('@kubernetes/client-node').catch((e: unknown) => {
    loaded = undefined;
    const msg = (e as Error)?.message ?? String(e);
    throw new TransportError(
      'kubeconfig',
      `cannot load @kubernetes/client-node on Node ${process.versions.node}: ${msg}` +
        (Number(process.versions.node.split('.')[0]) < 22
          ? ' (the undici 8 it depends on needs Node >= 22.19; on Node 20 it must resolve undici 7: package.json "overrides": {"@kubernetes/client-node": {"undici": "$undici"}})'
          : ''),
    );
  });
  return loaded;
}

const TLS_CODE = /^(ERR_TLS|ERR_SSL|CERT_|DEPTH_ZERO|SELF_SIGNED|UNABLE_TO_|ERR_OSSL|HOSTNAME_MISMATCH)/;

function describeNetworkError(e: unknown, server: string, timeoutMs: number): TransportError {
  const err = e as { name?: string; message?: string; code?: string; cause?: { code?: string; message?: string; name?: string } };
  const code = err.cause?.code ?? err.code ?? '';
  const name = err.name ?? '';
  if (TLS_CODE.test(code) || /certificate|TLS|SSL/i.test(`${err.cause?.message ?? ''}`))
    return new TransportError(
      'network',
      `TLS error with ${server}: ${err.cause?.message ?? err.message}${code ? ` (${code})` : ''}; check the cluster's certificate-authority(-data) and server name in the kubeconfig`,
    );
  if (code === 'UND_ERR_HEADERS_OVERFLOW') return new TransportError('network', `the answer from ${server} has headers over the 16 KiB limit; reading stopped`);
  if (name === 'TimeoutError' || name === 'AbortError' || code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT' || code === 'ETIMEDOUT')
    return new TransportError('timeout', `no response from ${server} within ${timeoutMs} ms`);
  if (code === 'ECONNREFUSED')
    return new TransportError('connection-refused', `connection to ${server} refused; is the cluster reachable and the kubeconfig server address right?`);
  if (
    code === 'UND_ERR_SOCKET' ||
    code === 'ECONNRESET' ||
    code === 'EPIPE' ||
    code === 'UND_ERR_CLOSED' ||
    /other side closed|terminated|socket hang up/i.test(`${err.message} ${err.cause?.message}`)
  )
    return new TransportError('connection-dropped', `connection to ${server} was closed before the response was complete`);
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return new TransportError('network', `cannot resolve the server host of ${server}`);
  const detail = err.cause?.message ?? err.message ?? String(e);
  return new TransportError('network', `request to ${server} failed: ${detail}${code ? ` (${code})` : ''}`);
}

/** A response body as UTF-8 text, reading no more than `maxBytes` (a larger one is an error). */
async function readCapped(stream: ReadableStream<Uint8Array>, maxBytes: number, server: string): Promise<string> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new TransportError('network', `the answer from ${server} is over ${maxBytes} bytes; reading stopped`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, total).toString('utf8');
}

export interface ConnectOptions {
  kubeconfig?: string;
  context?: string;
}

export async function connect(opts: ConnectOptions): Promise<KubeClient> {
  const k = await loadClientNode();
  const kc = new k.KubeConfig();
  try {
    const listed = opts.kubeconfig ? undefined : kubeconfigFiles();
    if (opts.kubeconfig) kc.loadFromFile(opts.kubeconfig);
    else if (listed) loadKubeconfigFiles(kc, listed, () => new k.KubeConfig());
    else kc.loadFromDefault();
  } catch (e) {
    throw new TransportError('kubeconfig', `cannot read kubeconfig${opts.kubeconfig ? ` ${opts.kubeconfig}` : ''}: ${(e as Error).message}`);
  }
  if (opts.context) {
    if (!kc.getContextObject(opts.context)) {
      const names = kc.getContexts().map((c) => c.name);
      throw new TransportError('kubeconfig', `context ${JSON.stringify(opts.context)} not found in kubeconfig${names.length ? ` (contexts: ${names.join(', ')})` : ''}`);
    }
    kc.setCurrentContext(opts.context);
  }
  const cluster = kc.getCurrentCluster();
  if (!cluster) {
    const where = opts.kubeconfig ?? process.env.KUBECONFIG ?? '~/.kube/config';
    throw new TransportError('kubeconfig', `no current cluster in kubeconfig (${where}); set current-context or pass --context`);
  }
  const server = cluster.server.replace(/\/+$/, '');
  // Credentials that must never reach a message: the user's token and password as written,
  // and whatever authorization header they (or an exec plugin) produce.
  const secrets = new Set<string>();
  const user = kc.getCurrentUser() as { token?: string; password?: string } | null;
  for (const v of [user?.token, user?.password]) if (v && v.length >= 4) secrets.add(v);
  const redact = (text: string): string => {
    let out = text;
    for (const v of secrets) if (out.includes(v)) out = out.split(v).join('[redacted]');
    return out;
  };
  // client-node's own HTTP library is fetch with redirects followed (20 of them, to any host);
  // the API server never redirects, so a redirect is reported instead of followed, and the
  // credentials never go to a host the kubeconfig does not name.
  const { fetch } = await importExternal<typeof import('undici')>('undici');
  // One dispatcher (connection pool) for the whole run: client-node builds a new one per
  // request when TLS options are set, which would open a connection per request.
  let dispatcher: unknown;
  const dispatchers = new Set<{ close?: () => Promise<void>; destroy?: () => Promise<void> }>();
  // Credentials (headers) from the kubeconfig user, refreshed every 30 s so exec-plugin and
  // OIDC tokens are renewed; computing them per request would also build a dispatcher per request.
  let auth: { headers: Record<string, string>; at: number } | undefined;
  const AUTH_TTL_MS = 30_000;
  async function authenticate(ctx: InstanceType<ClientNode['RequestContext']>): Promise<void> {
    if (!auth || performance.now() - auth.at > AUTH_TTL_MS) {
      const probe = new k.RequestContext(server + '/', 'GET');
      try {
        await kc.applySecurityAuthentication(probe);
      } catch (e) {
        throw new TransportError('kubeconfig', `cannot authenticate with the kubeconfig user: ${(e as Error).message}`);
      }
      auth = { headers: { ...probe.getHeaders() }, at: performance.now() };
      for (const [h, v] of Object.entries(auth.headers)) {
        if (h.toLowerCase() !== 'authorization' || !v) continue;
        secrets.add(v);
        const cred = v.replace(/^\S+\s+/, '');
        if (cred.length >= 4) secrets.add(cred);
      }
      const own = probe.getDispatcher();
      if (own && dispatcher === undefined) {
        dispatcher = own;
        dispatchers.add(own);
      } else if (own && own !== dispatcher) void (own as { close?: () => Promise<void> }).close?.().catch(() => undefined);
    }
    for (const [h, v] of Object.entries(auth.headers)) if (h.toLowerCase() !== 'content-type' && h.toLowerCase() !== 'accept') ctx.setHeaderParam(h, v);
    if (dispatcher) ctx.setDispatcher(dispatcher as never);
  }

  return {
    server,
    context: kc.getCurrentContext(),
    user: kc.getCurrentUser()?.name,
    async request(req: KubeRequest): Promise<KubeResponse> {
      const qs = new URLSearchParams();
      for (const [key, v] of Object.entries(req.query ?? {})) if (v !== undefined) qs.set(key, v);
      const url = `${server}${req.path}${qs.size ? `?${qs.toString()}` : ''}`;
      const ctx = new k.RequestContext(url, req.method);
      ctx.setHeaderParam('Accept', 'application/json');
      ctx.setHeaderParam('User-Agent', `forkspacer-def (${process.platform}/${process.arch}) node/${process.versions.node}`);
      if (req.body !== undefined) {
        ctx.setHeaderParam('Content-Type', req.contentType ?? 'application/json');
        ctx.setBody(req.body);
      }
      await authenticate(ctx);
      const signal = AbortSignal.timeout(req.timeoutMs);
      ctx.setSignal(signal);
      let status: number;
      let headers: Record<string, string>;
      let body: string;
      const maxBytes = req.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
      try {
        const resp = await fetch(ctx.getUrl(), {
          method: req.method,
          body: req.body,
          headers: ctx.getHeaders(),
          signal,
          dispatcher: ctx.getDispatcher() as never,
          redirect: 'manual',
        });
        status = resp.status;
        headers = {};
        resp.headers.forEach((v, h) => (headers[h] = v));
        if (status >= 300 && status < 400) {
          await resp.body?.cancel().catch(() => undefined);
          const to = headers.location ? ` to ${redact(headers.location)}` : '';
          throw new TransportError(
            'network',
            `${server} answered ${status} (a redirect${to}); an API server does not redirect, so it is not followed: check the server address in the kubeconfig`,
          );
        }
        body = resp.body ? await readCapped(resp.body as ReadableStream<Uint8Array>, maxBytes, server) : '';
      } catch (e) {
        if (e instanceof TransportError) throw e;
        if (signal.aborted) throw new TransportError('timeout', `no response from ${server} within ${req.timeoutMs} ms`);
        const te = describeNetworkError(e, server, req.timeoutMs);
        throw new TransportError(te.kind, redact(te.message));
      }
      return { status, headers, body };
    },
    redact,
    async close(): Promise<void> {
      for (const d of dispatchers) await (d.close?.() ?? Promise.resolve()).catch(() => undefined);
    },
  };
}
