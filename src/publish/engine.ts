// The publish engine: linted definitions in, ConfigMaps applied with server-side apply out.
// No CLI concerns here (no commander, no process.exit, no printing).
import { readFile } from 'node:fs/promises';
import YAML from 'yaml';
import { MANAGER, planConfigMaps, isManagedByUs, managersOf, type SiblingFiles } from './configmap.ts';
import { unifiedDiff } from './diff.ts';
import { TransportError, connect, type KubeClient, type KubeResponse } from './kube.ts';
import type { ItemAction, ItemResult, PlannedConfigMap, PublishErrorInfo, PublishItem, PublishOptions, PublishResult, PublishSummary } from './types.ts';

export const DEFAULTS = { concurrency: 8, retries: 4, timeoutMs: 30_000, backoffMs: 250, maxBackoffMs: 8_000 } as const;
/** From this many ConfigMaps in one namespace, one LIST replaces a GET per ConfigMap. */
export const LIST_THRESHOLD = 8;
const MAX_RETRY_AFTER_MS = 30_000;

/** Thrown for problems with the inputs themselves (unreadable --values file): exit 2. */
export class PublishInputError extends Error {}

interface K8sStatus {
  kind?: string;
  message?: string;
  reason?: string;
  code?: number;
  details?: { name?: string; kind?: string; causes?: { reason?: string; message?: string; field?: string }[]; retryAfterSeconds?: number };
}

/** A failed item; `fatal` stops the whole run (credentials, unreachable server). */
class ItemFailure extends Error {
  constructor(
    readonly info: PublishErrorInfo,
    readonly fatal = false,
    readonly retryable = false,
    readonly retryAfterMs?: number,
  ) {
    super(info.message);
  }
}

function parseStatus(body: string): K8sStatus | undefined {
  try {
    const v = JSON.parse(body) as K8sStatus;
    return v && typeof v === 'object' ? v : undefined;
  } catch {
    return undefined;
  }
}

/** Requests made for one ConfigMap, and whether a write of them may have been applied unseen. */
interface Attempts {
  n: number;
  unknownOutcome?: boolean;
  /** How many writes got no answer or a server error (each may have been applied). */
  lost?: number;
}

interface RequestContext {
  /** Verb as RBAC names it: get, patch. */
  verb: string;
  /** How we describe the operation. */
  what: string;
  cm: PlannedConfigMap;
  client: KubeClient;
}

function httpFailure(resp: KubeResponse, ctx: RequestContext): ItemFailure {
  const st = parseStatus(resp.body);
  const { cm, client } = ctx;
  const serverMsg = client.redact(st?.message ?? (resp.body.trim().slice(0, 300) || `HTTP ${resp.status}`));
  const ns = cm.namespace;
  const ref = `configmaps "${cm.name}" in namespace "${ns}"`;
  const retryAfter = resp.headers['retry-after'];
  const retryAfterMs = retryAfter && /^\d+$/.test(retryAfter) ? Math.min(Number(retryAfter) * 1000, MAX_RETRY_AFTER_MS) : undefined;
  switch (resp.status) {
    case 401:
      return new ItemFailure(
        {
          kind: 'unauthorized',
          status: 401,
          message: `Unauthorized (401): ${client.server} did not accept the credentials of kubeconfig user ${JSON.stringify(client.user ?? '')} (context ${JSON.stringify(client.context)}) to ${ctx.verb} ${ref}; log in again or check the token`,
        },
        true,
      );
    case 403:
      return new ItemFailure({
        kind: 'forbidden',
        status: 403,
        message: `Forbidden (403): not allowed to ${ctx.verb} ${ref}${ctx.verb === 'patch' ? ' (server-side apply needs get and patch on configmaps)' : ''}: ${serverMsg}`,
      });
    case 404:
      if (st?.details?.kind === 'namespaces')
        return new ItemFailure({ kind: 'namespace-not-found', status: 404, message: `namespace "${ns}" not found; create it first (kubectl create namespace ${ns})` });
      return new ItemFailure({ kind: 'http', status: 404, message: `not found (404) while trying to ${ctx.what}: ${serverMsg}` });
    case 409: {
      const causes = (st?.details?.causes ?? []).filter((c) => c.reason === 'FieldManagerConflict');
      if (causes.length) {
        const conflicts = causes.map((c) => ({ manager: (c.message ?? '').replace(/^conflict with /, ''), field: c.field ?? '' }));
        const lines = conflicts.map((c) => `  ${c.field} is owned by ${c.manager}`);
        return new ItemFailure({
          kind: 'conflict',
          status: 409,
          conflicts,
          message: `field manager conflict (409): ${conflicts.length === 1 ? 'a field is' : `${conflicts.length} fields are`} managed by another field manager:\n${lines.join('\n')}\nuse --force-conflicts to take ${conflicts.length === 1 ? 'it' : 'them'} over`,
        });
      }
      if (st?.reason === 'AlreadyExists')
        return new ItemFailure({ kind: 'modified', status: 409, message: `configmap/${cm.name} was created by someone else meanwhile (409): ${serverMsg}` }, false, true);
      return new ItemFailure({ kind: 'modified', status: 409, message: `configmap/${cm.name} was modified while publishing (409): ${serverMsg}` }, false, true);
    }
    case 413:
      return new ItemFailure({ kind: 'too-large', status: 413, message: `request too large for the server (413): ${serverMsg}` });
    case 422:
      return new ItemFailure({ kind: 'invalid', status: 422, message: `rejected as invalid (422): ${serverMsg}` });
    case 429:
      return new ItemFailure({ kind: 'throttled', status: 429, message: `throttled by the server (429 TooManyRequests): ${serverMsg}` }, false, true, retryAfterMs);
    default:
      if (resp.status >= 500)
        return new ItemFailure(
          { kind: 'server-error', status: resp.status, message: `server error (${resp.status}${st?.reason ? ' ' + st.reason : ''}): ${serverMsg}` },
          false,
          resp.status !== 501,
          retryAfterMs,
        );
      return new ItemFailure({ kind: 'http', status: resp.status, message: `unexpected answer ${resp.status} while trying to ${ctx.what}: ${serverMsg}` });
  }
}

function transportFailure(e: TransportError): ItemFailure {
  const fatal = e.kind === 'connection-refused' || e.kind === 'kubeconfig' || e.kind === 'network';
  const retryable = e.kind === 'timeout' || e.kind === 'connection-dropped';
  return new ItemFailure({ kind: e.kind, message: e.message }, fatal, retryable);
}

/** Objects as kubectl prints them for diffs: sorted keys, no managedFields. */
export function objectYaml(obj: Record<string, unknown> | undefined): string {
  if (!obj) return '';
  const c = JSON.parse(JSON.stringify(obj)) as Record<string, unknown>;
  const meta = c.metadata as Record<string, unknown> | undefined;
  if (meta) delete meta.managedFields;
  return YAML.stringify(c, { sortMapEntries: true, lineWidth: 0 });
}

const rvOf = (o: Record<string, unknown> | undefined): string | undefined => (o?.metadata as { resourceVersion?: string } | undefined)?.resourceVersion;

function sameContent(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const strip = (o: Record<string, unknown>) => {
    const c = JSON.parse(JSON.stringify(o)) as Record<string, unknown>;
    const m = (c.metadata ?? {}) as Record<string, unknown>;
    for (const k of ['managedFields', 'resourceVersion', 'generation']) delete m[k];
    return objectYaml(c);
  };
  return strip(a) === strip(b);
}

async function readSiblings(opts: PublishOptions): Promise<SiblingFiles> {
  const out: SiblingFiles = {};
  if (opts.valuesFile) {
    try {
      out.values = { text: await readFile(opts.valuesFile, 'utf8'), key: opts.valuesKey ?? 'values', file: opts.valuesFile };
    } catch (e) {
      throw new PublishInputError(`cannot read --values ${opts.valuesFile}: ${(e as Error).message}`);
    }
    if (!/^[-._a-zA-Z0-9]+$/.test(out.values.key) || out.values.key.length > 253)
      throw new PublishInputError(`--values-key ${JSON.stringify(out.values.key)} is not a valid ConfigMap key ([-._a-zA-Z0-9]+)`);
  } else if (opts.valuesKey) throw new PublishInputError('--values-key needs --values');
  if (opts.pluginFile) {
    try {
      out.plugin = { bytes: await readFile(opts.pluginFile), file: opts.pluginFile };
    } catch (e) {
      throw new PublishInputError(`cannot read --plugin ${opts.pluginFile}: ${(e as Error).message}`);
    }
  }
  return out;
}

const defaultSleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Runs `fn` over `items` with at most `limit` in flight; stops starting new ones once `stop()` is true. */
async function pool<T>(items: T[], limit: number, fn: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      await fn(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
}

export function summarize(results: ItemResult[]): PublishSummary {
  const s: PublishSummary = { created: 0, configured: 0, unchanged: 0, applied: 0, failed: 0, skipped: 0 };
  for (const r of results) {
    if (r.ok && r.action) s[r.action]++;
    else if (r.error?.kind === 'aborted') s.skipped++;
    else if (!r.ok) s.failed++;
  }
  return s;
}

/**
 * Publishes `items` (already linted) as ConfigMaps. Never throws for cluster errors: they are
 * in the result. Throws PublishInputError when a --values/--plugin file cannot be read.
 */
export async function publish(items: PublishItem[], opts: PublishOptions): Promise<PublishResult> {
  const started = performance.now();
  const dryRun = opts.dryRun ?? 'none';
  const diff = opts.diff ?? false;
  const siblings = await readSiblings(opts);
  const plan = planConfigMaps(items, opts.namespace, opts.nameTemplate, siblings);
  const base = { dryRun, diff, namespace: opts.namespace, notes: plan.notes };
  if (plan.errors.length) {
    return { ...base, ok: false, results: [], summary: summarize([]), preflightErrors: plan.errors, elapsedMs: performance.now() - started };
  }
  if (dryRun === 'client' && !diff) {
    const results: ItemResult[] = plan.configMaps.map((cm) => ({ configMap: cm, ok: true, action: 'created', attempts: 0 }));
    return { ...base, ok: true, results, summary: summarize(results), preflightErrors: [], elapsedMs: performance.now() - started };
  }

  let client: KubeClient;
  try {
    client = await connect({ kubeconfig: opts.kubeconfig, context: opts.context });
  } catch (e) {
    const te = e instanceof TransportError ? e : new TransportError('kubeconfig', (e as Error).message);
    const results = plan.configMaps.map((cm) => ({ configMap: cm, ok: false, attempts: 0, error: { kind: te.kind, message: te.message } }));
    return { ...base, ok: false, results, summary: summarize(results), preflightErrors: [], elapsedMs: performance.now() - started };
  }

  const retries = opts.retries ?? DEFAULTS.retries;
  const timeoutMs = opts.timeoutMs ?? DEFAULTS.timeoutMs;
  const backoffMs = opts.backoffMs ?? DEFAULTS.backoffMs;
  const maxBackoffMs = opts.maxBackoffMs ?? DEFAULTS.maxBackoffMs;
  const sleep = opts.sleep ?? defaultSleep;
  const fieldManager = opts.fieldManager ?? MANAGER;
  const serverDry = dryRun === 'server' || diff;
  let aborted: PublishErrorInfo | undefined;

  const results = new Array<ItemResult>(plan.configMaps.length);

  async function send(ctx: RequestContext, attempts: Attempts, req: Parameters<KubeClient['request']>[0], accept: (r: KubeResponse) => boolean): Promise<KubeResponse> {
    for (let attempt = 0; ; attempt++) {
      if (aborted) throw new ItemFailure({ kind: 'aborted', message: `not attempted: ${aborted.message}` });
      attempts.n++;
      let failure: ItemFailure;
      try {
        const resp = await ctx.client.request(req);
        if (accept(resp)) return resp;
        failure = httpFailure(resp, ctx);
      } catch (e) {
        if (!(e instanceof TransportError)) throw e;
        failure = transportFailure(e);
      }
      // A write that got no answer, or a server error, may still have been applied.
      if (req.method !== 'GET' && (failure.info.status === undefined || failure.info.status >= 500)) {
        attempts.unknownOutcome = true;
        attempts.lost = (attempts.lost ?? 0) + 1;
      }
      if (!failure.retryable || failure.info.kind === 'modified' || attempt >= retries) {
        if (failure.retryable && attempt >= retries && failure.info.kind !== 'modified') failure.info.message += ` (gave up after ${attempt + 1} attempts)`;
        throw failure;
      }
      const backoff = Math.min(maxBackoffMs, backoffMs * 2 ** attempt);
      await sleep(failure.retryAfterMs ?? Math.round(backoff * (0.5 + Math.random() * 0.5)));
    }
  }

  /**
   * The live ConfigMaps of a namespace by name, from one LIST (the apply's resourceVersion
   * precondition still guards against changes after it). undefined when the LIST is not allowed
   * or fails: each item then GETs its own ConfigMap, as it would anyway.
   */
  async function listNamespace(namespace: string): Promise<Map<string, Record<string, unknown>> | undefined> {
    try {
      const resp = await client.request({ method: 'GET', path: `/api/v1/namespaces/${encodeURIComponent(namespace)}/configmaps`, timeoutMs });
      if (resp.status !== 200) return undefined;
      const list = JSON.parse(resp.body) as { items?: Record<string, unknown>[]; metadata?: { continue?: string } };
      // A partial list (paged by the server) cannot tell absent from not-yet-listed.
      if (!Array.isArray(list.items) || list.metadata?.continue) return undefined;
      const byName = new Map<string, Record<string, unknown>>();
      for (const o of list.items) {
        const name = (o.metadata as { name?: unknown } | undefined)?.name;
        if (typeof name === 'string') byName.set(name, { apiVersion: 'v1', kind: 'ConfigMap', ...o });
      }
      return byName;
    } catch (e) {
      if (e instanceof TransportError) return undefined;
      throw e;
    }
  }
  const perNamespace = new Map<string, number>();
  for (const cm of plan.configMaps) perNamespace.set(cm.namespace, (perNamespace.get(cm.namespace) ?? 0) + 1);
  const listed = new Map<string, Promise<Map<string, Record<string, unknown>> | undefined>>();
  for (const [ns, n] of perNamespace) if (n >= LIST_THRESHOLD) listed.set(ns, listNamespace(ns));

  async function publishOne(cm: PlannedConfigMap, attempts: Attempts): Promise<ItemResult> {
    const path = `/api/v1/namespaces/${encodeURIComponent(cm.namespace)}/configmaps/${encodeURIComponent(cm.name)}`;
    // The object as first read: what `created`, `configured` or `unchanged` is relative to, even
    // when a later round reads back a write of ours whose answer was lost.
    let first: { live?: Record<string, unknown> } | undefined;
    // The objects onto which an apply was sent that may have landed unseen (no answer, 5xx).
    const lostOnto: (Record<string, unknown> | undefined)[] = [];
    for (let round = 0; ; round++) {
      // After a failed precondition (round > 0) the object is read again, on its own.
      const fromList = round === 0 ? await listed.get(cm.namespace) : undefined;
      let live: Record<string, unknown> | undefined;
      if (fromList) live = fromList.get(cm.name);
      else {
        const getCtx: RequestContext = { verb: 'get', what: `read configmap/${cm.name}`, cm, client };
        const got = await send(
          getCtx,
          attempts,
          { method: 'GET', path, timeoutMs },
          (r) => r.status === 200 || (r.status === 404 && parseStatus(r.body)?.details?.kind !== 'namespaces'),
        );
        live = got.status === 200 ? (JSON.parse(got.body) as Record<string, unknown>) : undefined;
      }
      first ??= { live };
      if (live && !isManagedByUs(live, fieldManager) && !opts.force) {
        const mgrs = managersOf(live);
        return {
          configMap: cm,
          ok: false,
          attempts: attempts.n,
          live,
          error: {
            kind: 'not-managed',
            message: `configmap/${cm.name} already exists in namespace "${cm.namespace}" and is not managed by forkspacer-def${mgrs.length ? ` (field managers: ${mgrs.join(', ')})` : ''}; use --force to take it over`,
          },
        };
      }
      const body = JSON.parse(JSON.stringify(cm.object)) as { metadata: Record<string, unknown> };
      // Precondition: apply onto exactly the object that was checked above.
      if (live) body.metadata.resourceVersion = rvOf(live);
      const applyCtx: RequestContext = { verb: 'patch', what: `apply configmap/${cm.name}`, cm, client };
      const lostBefore = attempts.lost ?? 0;
      try {
        const resp = await send(
          applyCtx,
          attempts,
          {
            method: 'PATCH',
            path,
            query: { fieldManager, force: opts.forceConflicts ? 'true' : 'false', dryRun: serverDry ? 'All' : undefined, fieldValidation: 'Strict' },
            body: JSON.stringify(body),
            contentType: 'application/apply-patch+yaml',
            timeoutMs,
          },
          (r) => r.status === 200 || r.status === 201,
        );
        if ((attempts.lost ?? 0) > lostBefore) lostOnto.push(live);
        const after = JSON.parse(resp.body) as Record<string, unknown>;
        let action: ItemAction;
        if (resp.status === 201) action = 'created';
        // Absent when read, yet there when this apply arrived: another writer created it meanwhile,
        // or an earlier attempt of ours whose answer was lost did. The server's answers cannot tell
        // which (an apply cannot be made create-only), nor whether this apply changed anything.
        else if (!live || !first.live) action = 'applied';
        else if (serverDry) action = sameContent(live, after) ? 'unchanged' : 'configured';
        else if (live && rvOf(after) !== rvOf(live)) action = 'configured';
        // This apply changed nothing, but an earlier one whose answer was lost was sent onto other
        // content, which is gone: that write changed it (only a writer of this very content could
        // have done so otherwise).
        else action = lostOnto.some((t) => !t || !sameContent(t, after)) ? 'configured' : 'unchanged';
        const r: ItemResult = { configMap: cm, ok: true, action, live: after, attempts: attempts.n };
        if (diff) {
          const label = `v1.ConfigMap.${cm.namespace}.${cm.name}`;
          r.diff = unifiedDiff(objectYaml(live), objectYaml(after), `LIVE/${label}`, `MERGED/${label}`);
        }
        return r;
      } catch (e) {
        if ((attempts.lost ?? 0) > lostBefore) lostOnto.push(live);
        if (e instanceof ItemFailure && e.info.kind === 'modified' && round < retries) continue;
        if (e instanceof ItemFailure && e.info.kind === 'conflict' && live && !isManagedByUs(live, fieldManager))
          e.info.message += ' (--force adopts the ConfigMap; fields owned by other managers also need --force-conflicts)';
        throw e;
      }
    }
  }

  try {
    await pool(plan.configMaps, Math.max(1, opts.concurrency ?? DEFAULTS.concurrency), async (cm, i) => {
      const attempts: Attempts = { n: 0 };
      try {
        results[i] = await publishOne(cm, attempts);
      } catch (e) {
        if (!(e instanceof ItemFailure)) throw e;
        if (e.fatal && !aborted) aborted = e.info;
        if (attempts.unknownOutcome && e.info.kind !== 'aborted')
          e.info.message += `; an earlier attempt got no answer or a server error and may have been applied: check configmap/${cm.name} in namespace "${cm.namespace}"`;
        results[i] = { configMap: cm, ok: false, attempts: attempts.n, error: e.info };
      }
    });
  } finally {
    await client.close();
  }
  const summary = summarize(results);
  return {
    ...base,
    ok: results.every((r) => r.ok),
    results,
    summary,
    target: { server: client.server, context: client.context, user: client.user },
    preflightErrors: [],
    elapsedMs: performance.now() - started,
  };
}
