// Reading a Module's `source.configMap` definition from the cluster: GET the ConfigMap through
// the kubeconfig client of src/publish/kube.ts (--kubeconfig, KUBECONFIG, ~/.kube/config,
// --context; loaded on first use) and take its `data` key, as the operator does.
import type { ConfigMapResolution } from '../module/resolver.ts';
import { TransportError, connect, type KubeClient, type KubeResponse } from '../publish/kube.ts';

export interface ClusterReaderOptions {
  kubeconfig?: string;
  context?: string;
  /** Per request; default 10 s. */
  timeoutMs?: number;
  /** Extra attempts after a 429, 5xx, timeout or dropped connection; default 2. */
  retries?: number;
  /** First back-off between attempts; default 250 ms (doubles; Retry-After wins, capped at 5 s). */
  backoffMs?: number;
}

export interface ClusterReader {
  read(name: string, namespace: string, key: string): Promise<ConfigMapResolution>;
  close(): Promise<void>;
}

type Fetched = { ok: true; data: Record<string, string>; binaryKeys: string[] } | { ok: false; error: string; notFound?: boolean };

const MAX_RETRY_AFTER_MS = 5_000;
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

function parseStatus(body: string): { message?: string; reason?: string; details?: { kind?: string } } | undefined {
  try {
    const v = JSON.parse(body) as unknown;
    return v && typeof v === 'object' && (v as { kind?: string }).kind === 'Status' ? (v as { message?: string; reason?: string }) : undefined;
  } catch {
    return undefined;
  }
}

export function createClusterReader(opts: ClusterReaderOptions = {}): ClusterReader {
  const timeoutMs = opts.timeoutMs ?? 10_000;
  const retries = opts.retries ?? 2;
  const backoffMs = opts.backoffMs ?? 250;
  let client: Promise<KubeClient> | undefined;
  // One GET per ConfigMap, whatever keys are asked of it.
  const cache = new Map<string, Promise<Fetched>>();

  function getClient(): Promise<KubeClient> {
    client ??= connect({ kubeconfig: opts.kubeconfig, context: opts.context });
    return client;
  }

  async function fetchConfigMap(name: string, namespace: string): Promise<Fetched> {
    const ref = `ConfigMap ${namespace}/${name}`;
    let c: KubeClient;
    try {
      c = await getClient();
    } catch (e) {
      return { ok: false, error: `cannot read ${ref} from the cluster: ${(e as Error).message}` };
    }
    const at = `(context ${JSON.stringify(c.context)}, server ${c.server})`;
    const path = `/api/v1/namespaces/${encodeURIComponent(namespace)}/configmaps/${encodeURIComponent(name)}`;
    let last = '';
    for (let attempt = 0; ; attempt++) {
      let resp: KubeResponse;
      let retryAfterMs: number | undefined;
      let retryable = false;
      try {
        resp = await c.request({ method: 'GET', path, timeoutMs });
      } catch (e) {
        if (!(e instanceof TransportError)) throw e;
        last = `cannot read ${ref} ${at}: ${e.message}`;
        retryable = e.kind === 'timeout' || e.kind === 'connection-dropped';
        if (!retryable || attempt >= retries) return { ok: false, error: retryable && attempt > 0 ? `${last} (after ${attempt + 1} attempts)` : last };
        await sleep(backoffMs * 2 ** attempt);
        continue;
      }
      const st = parseStatus(resp.body);
      const serverMsg = st?.message ?? (resp.body.trim().slice(0, 300) || `HTTP ${resp.status}`);
      switch (resp.status) {
        case 200: {
          let obj: { kind?: string; data?: Record<string, unknown>; binaryData?: Record<string, unknown> };
          try {
            obj = JSON.parse(resp.body) as typeof obj;
          } catch {
            return { ok: false, error: `cannot read ${ref} ${at}: the server's answer is not JSON` };
          }
          const data: Record<string, string> = {};
          for (const [k, v] of Object.entries(obj.data ?? {})) if (typeof v === 'string') data[k] = v;
          return { ok: true, data, binaryKeys: Object.keys(obj.binaryData ?? {}) };
        }
        case 404:
          return { ok: false, notFound: true, error: `${ref} not found in the cluster ${at}` };
        case 401:
          return {
            ok: false,
            error: `cannot read ${ref}: Unauthorized (401): ${c.server} did not accept the credentials of kubeconfig user ${JSON.stringify(c.user ?? '')} (context ${JSON.stringify(c.context)}); log in again or check the token`,
          };
        case 403:
          return {
            ok: false,
            error: `cannot read ${ref}: Forbidden (403): kubeconfig user ${JSON.stringify(c.user ?? '')} (context ${JSON.stringify(c.context)}) may not get configmaps in namespace ${JSON.stringify(namespace)} (needs verb get on resource configmaps): ${serverMsg}`,
          };
      }
      if (resp.status === 429 || (resp.status >= 500 && resp.status !== 501)) {
        const ra = resp.headers['retry-after'];
        retryAfterMs = ra && /^\d+$/.test(ra) ? Math.min(Number(ra) * 1000, MAX_RETRY_AFTER_MS) : undefined;
        last = `cannot read ${ref} ${at}: ${resp.status === 429 ? 'throttled' : 'server error'} (${resp.status}${st?.reason ? ' ' + st.reason : ''}): ${serverMsg}`;
        if (attempt >= retries) return { ok: false, error: attempt > 0 ? `${last} (after ${attempt + 1} attempts)` : last };
        await sleep(retryAfterMs ?? backoffMs * 2 ** attempt);
        continue;
      }
      return { ok: false, error: `cannot read ${ref} ${at}: unexpected answer ${resp.status}${st?.reason ? ' ' + st.reason : ''}: ${serverMsg}` };
    }
  }

  return {
    async read(name: string, namespace: string, key: string): Promise<ConfigMapResolution> {
      const id = `${namespace}/${name}`;
      let p = cache.get(id);
      if (!p) {
        p = fetchConfigMap(name, namespace);
        cache.set(id, p);
      }
      const r = await p;
      if (!r.ok) return r;
      if (Object.hasOwn(r.data, key)) return { ok: true, text: r.data[key] };
      const keys = Object.keys(r.data).sort();
      const inBinary = r.binaryKeys.includes(key) ? ` (${key} is under binaryData; the operator reads data only)` : '';
      return {
        ok: false,
        error: `ConfigMap ${namespace}/${name} has no key ${key}${inBinary}; ${keys.length ? `keys: ${keys.join(', ')}` : 'it has no data keys'}`,
      };
    },
    async close(): Promise<void> {
      const c = client;
      client = undefined;
      if (c) await c.then((k) => k.close()).catch(() => undefined);
    },
  };
}
