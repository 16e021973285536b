// What `lint --cluster` reads from the cluster, through the kubeconfig client of
// src/publish/kube.ts (--kubeconfig, KUBECONFIG, ~/.kube/config, --context; loaded on first
// use): a Module's `source.configMap` definition (the `data` key, as the operator reads it)
// and whether the Workspace of `spec.workspace` exists.
import type { ConfigMapResolution, WorkspaceResolution } from '../context/module-sources.ts';
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
  /** Whether Workspace `namespace/name` of API group `group` (version v1) exists. */
  workspace(name: string, namespace: string, group: string): Promise<WorkspaceResolution>;
  close(): Promise<void>;
}

type Fetched = { ok: true; data: Record<string, string>; binaryKeys: string[] } | { ok: false; error: string; notFound?: boolean };
type Got = { ok: true; body: string } | { ok: false; error: string; notFound?: boolean; status?: Status; at?: string };
type Status = { message?: string; reason?: string; details?: { name?: string; kind?: string; group?: string } };

const MAX_RETRY_AFTER_MS = 5_000;
/** One object's answer: a ConfigMap holds at most 1 MiB, which JSON escaping can make up to six times larger. */
const MAX_OBJECT_BYTES = 8 * 1024 * 1024;
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

function parseStatus(body: string): Status | undefined {
  try {
    const v = JSON.parse(body) as unknown;
    return v && typeof v === 'object' && (v as { kind?: string }).kind === 'Status' ? v : undefined;
  } catch {
    return undefined;
  }
}

export function createClusterReader(opts: ClusterReaderOptions = {}): ClusterReader {
  const timeoutMs = opts.timeoutMs ?? 10_000;
  const retries = opts.retries ?? 2;
  const backoffMs = opts.backoffMs ?? 250;
  let client: Promise<KubeClient> | undefined;
  // One GET per ConfigMap, whatever keys are asked of it; one per Workspace.
  const cache = new Map<string, Promise<Fetched>>();
  const workspaces = new Map<string, Promise<WorkspaceResolution>>();

  function getClient(): Promise<KubeClient> {
    client ??= connect({ kubeconfig: opts.kubeconfig, context: opts.context });
    return client;
  }

  /**
   * GET one object, retrying what a retry can fix (429, 5xx, timeouts, dropped connections).
   * `ref` names the object in messages; `resource` is what RBAC calls it, for a 403.
   */
  async function get(path: string, ref: string, resource: string, namespace: string): Promise<Got> {
    let c: KubeClient;
    try {
      c = await getClient();
    } catch (e) {
      return { ok: false, error: `cannot read ${ref} from the cluster: ${(e as Error).message}` };
    }
    const at = `(context ${JSON.stringify(c.context)}, server ${c.server})`;
    let last = '';
    for (let attempt = 0; ; attempt++) {
      let resp: KubeResponse;
      try {
        resp = await c.request({ method: 'GET', path, timeoutMs, maxResponseBytes: MAX_OBJECT_BYTES });
      } catch (e) {
        if (!(e instanceof TransportError)) throw e;
        last = `cannot read ${ref} ${at}: ${e.message}`;
        const retryable = e.kind === 'timeout' || e.kind === 'connection-dropped';
        if (!retryable || attempt >= retries) return { ok: false, error: retryable && attempt > 0 ? `${last} (after ${attempt + 1} attempts)` : last };
        await sleep(backoffMs * 2 ** attempt);
        continue;
      }
      const st = parseStatus(resp.body);
      const serverMsg = c.redact(st?.message ?? (resp.body.trim().slice(0, 300) || `HTTP ${resp.status}`));
      switch (resp.status) {
        case 200:
          return { ok: true, body: resp.body };
        case 404:
          return { ok: false, notFound: true, status: st, at, error: `${ref} not found in the cluster ${at}` };
        case 401:
          return {
            ok: false,
            error: `cannot read ${ref}: Unauthorized (401): ${c.server} did not accept the credentials of kubeconfig user ${JSON.stringify(c.user ?? '')} (context ${JSON.stringify(c.context)}); log in again or check the token`,
          };
        case 403:
          return {
            ok: false,
            error: `cannot read ${ref}: Forbidden (403): kubeconfig user ${JSON.stringify(c.user ?? '')} (context ${JSON.stringify(c.context)}) may not get ${resource} in namespace ${JSON.stringify(namespace)} (needs verb get on resource ${resource}): ${serverMsg}`,
          };
      }
      if (resp.status === 429 || (resp.status >= 500 && resp.status !== 501)) {
        const ra = resp.headers['retry-after'];
        const retryAfterMs = ra && /^\d+$/.test(ra) ? Math.min(Number(ra) * 1000, MAX_RETRY_AFTER_MS) : undefined;
        last = `cannot read ${ref} ${at}: ${resp.status === 429 ? 'throttled' : 'server error'} (${resp.status}${st?.reason ? ' ' + st.reason : ''}): ${serverMsg}`;
        if (attempt >= retries) return { ok: false, error: attempt > 0 ? `${last} (after ${attempt + 1} attempts)` : last };
        await sleep(retryAfterMs ?? backoffMs * 2 ** attempt);
        continue;
      }
      return { ok: false, error: `cannot read ${ref} ${at}: unexpected answer ${resp.status}${st?.reason ? ' ' + st.reason : ''}: ${serverMsg}` };
    }
  }

  async function fetchConfigMap(name: string, namespace: string): Promise<Fetched> {
    const ref = `ConfigMap ${namespace}/${name}`;
    const r = await get(`/api/v1/namespaces/${encodeURIComponent(namespace)}/configmaps/${encodeURIComponent(name)}`, ref, 'configmaps', namespace);
    if (!r.ok) return { ok: false, error: r.error, notFound: r.notFound };
    let obj: { kind?: string; data?: Record<string, unknown>; binaryData?: Record<string, unknown> };
    try {
      obj = JSON.parse(r.body) as typeof obj;
    } catch {
      return { ok: false, error: `cannot read ${ref} from the cluster: the server's answer is not JSON` };
    }
    const data: Record<string, string> = {};
    for (const [k, v] of Object.entries(obj.data ?? {})) if (typeof v === 'string') data[k] = v;
    return { ok: true, data, binaryKeys: Object.keys(obj.binaryData ?? {}) };
  }

  async function fetchWorkspace(name: string, namespace: string, group: string): Promise<WorkspaceResolution> {
    const ref = `Workspace ${namespace}/${name} (${group}/v1)`;
    const r = await get(
      `/apis/${encodeURIComponent(group)}/v1/namespaces/${encodeURIComponent(namespace)}/workspaces/${encodeURIComponent(name)}`,
      ref,
      `workspaces.${group}`,
      namespace,
    );
    if (r.ok) return { ok: true };
    // A 404 for the object names it in its Status; a 404 without that is the API itself missing.
    if (r.notFound && r.status?.details?.name !== name) {
      return { ok: false, error: `the cluster does not serve workspaces.${group}/v1 ${r.at ?? ''}; is the Forkspacer operator (its CRDs) installed there?` };
    }
    return r.notFound ? { ok: false, notFound: true, error: r.error } : { ok: false, error: r.error };
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
    workspace(name: string, namespace: string, group: string): Promise<WorkspaceResolution> {
      const id = `${group}/${namespace}/${name}`;
      let p = workspaces.get(id);
      if (!p) {
        p = fetchWorkspace(name, namespace, group);
        workspaces.set(id, p);
      }
      return p;
    },
    async close(): Promise<void> {
      const c = client;
      client = undefined;
      if (c) await c.then((k) => k.close()).catch(() => undefined);
    },
  };
}
