// A small Kubernetes API server on loopback for tests: discovery, namespaces and ConfigMaps
// (get, list, create, update, JSON merge / strategic merge patch, delete, server-side apply
// with managedFields and conflicts, dryRun=All, resourceVersion preconditions, the 1 MiB
// ConfigMap limit), read-only custom resources of the CRDs it is started with (get, list:
// Forkspacer's Workspaces), Status error bodies like the real server's, optional bearer-token
// auth, and fault injection (status codes, delays, dropped connections). node:http only.
//
//   const api = await startApiServer();
//   // KUBECONFIG=api.kubeconfigPath kubectl apply --server-side -f cm.yaml
//   api.inject({ verb: 'patch', status: 429, retryAfter: 1, count: 2 });
//   await api.close();
import http from 'node:http';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import YAML from 'yaml';
import {
  applyObject,
  clone,
  configMapSize,
  normalize,
  pathString,
  printManager,
  updateObject,
  type Json,
  type Obj,
} from './fields.ts';
import {
  StatusError,
  alreadyExists,
  badRequest,
  conflict,
  entityTooLarge,
  forbidden,
  internalError,
  invalid,
  methodNotAllowed,
  notFound,
  serviceUnavailable,
  tooManyRequests,
  unauthorized,
  unsupportedMediaType,
} from './status.ts';
import { openapiCoreV1, openapiRoot } from './openapi.ts';

export const MAX_CONFIGMAP_BYTES = 1024 * 1024;
export const MAX_REQUEST_BYTES = 3 * 1024 * 1024;

export type Verb = 'get' | 'list' | 'watch' | 'create' | 'update' | 'patch' | 'apply' | 'delete' | 'deletecollection' | 'discovery';

export interface Fault {
  /** Kubernetes verb; `patch` also matches server-side apply, `apply` only matches apply. */
  verb?: Verb | Verb[];
  method?: string;
  /** Exact request path, a prefix ending in `*`, or a RegExp. */
  path?: string | RegExp;
  resource?: string;
  name?: string;
  /** How many matching requests are affected (default: all). */
  count?: number;
  /** Let this many matching requests through first. */
  after?: number;
  status?: 401 | 403 | 404 | 409 | 422 | 429 | 500 | 503 | 504;
  message?: string;
  /** Retry-After seconds for 429/503. */
  retryAfter?: number;
  /** Wait this long before answering (or before the injected status). */
  delayMs?: number;
  /** Destroy the socket: `before` the request is processed, or `after` (written, response cut off). */
  drop?: 'before' | 'after';
}

export interface FaultHandle {
  readonly fault: Fault;
  hits: number;
  seen: number;
  remove(): void;
}

export interface RequestRecord {
  id: number;
  method: string;
  path: string;
  query: Record<string, string>;
  verb: Verb;
  resource?: string;
  namespace?: string;
  name?: string;
  contentType?: string;
  accept?: string;
  userAgent?: string;
  body?: string;
  status?: number;
  /** The answer's body as sent in full (kept like `body`; a `drop: 'after'` fault cuts off what the client gets). */
  responseBody?: string;
  fault?: string;
  start: number;
  end?: number;
  inFlightAtStart: number;
}

export interface ApiServerOptions {
  /** Require `Authorization: Bearer <token>`. */
  token?: string;
  /** Name used in Forbidden messages. */
  user?: string;
  /** Namespaces that exist at start (default: default, kube-system, kube-public). */
  namespaces?: string[];
  /** Keep request bodies in the log (default true; bodies over 64 KiB are truncated). */
  logBodies?: boolean;
  /** Extra kubeconfig fields for the generated kubeconfig's context. */
  namespace?: string;
  /** Namespaced custom resources served read-only (get, list), as if their CRDs were installed. */
  customResources?: CustomResource[];
}

export interface CustomResource {
  group: string;
  version: string;
  kind: string;
  plural: string;
  singular: string;
}

/** Forkspacer's Workspace CRD (group batch.forkspacer.com since operator 0.1.3). */
export const WORKSPACE_RESOURCE: CustomResource = { group: 'batch.forkspacer.com', version: 'v1', kind: 'Workspace', plural: 'workspaces', singular: 'workspace' };

export interface ApiServerState {
  namespaces: Map<string, Obj>;
  /** ConfigMaps keyed `namespace/name`. */
  configMaps: Map<string, Obj>;
  /** Custom resources keyed `group/plural/namespace/name`. */
  customObjects: Map<string, Obj>;
  resourceVersion: number;
  inFlight: number;
  maxInFlight: number;
  writes: number;
}

export interface ApiServer {
  url: string;
  port: number;
  kubeconfigPath: string;
  /** Writes a kubeconfig for this server (token, context name) and returns its path. */
  writeKubeconfig(opts?: { token?: string; context?: string; namespace?: string; file?: string }): string;
  inject(fault: Fault): FaultHandle;
  clearFaults(): void;
  requests: RequestRecord[];
  state: ApiServerState;
  /** Reads a ConfigMap straight from the store (no request logged). */
  getConfigMap(namespace: string, name: string): Obj | undefined;
  /** Stores a ConfigMap as if created by `manager` with an Update operation. */
  seedConfigMap(obj: Obj, manager?: string): Obj;
  /** Stores an object of one of the `customResources` (by its apiVersion and kind). */
  seedCustomObject(obj: Obj): Obj;
  createNamespace(name: string): void;
  /** Highest number of overlapping requests matching `filter` in the log. */
  maxConcurrency(filter?: (r: RequestRecord) => boolean): number;
  close(): Promise<void>;
}

const now = (): string => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
const isMap = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const CONFIGMAP_KEY = /^[-._a-zA-Z0-9]+$/;
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;
const QUALIFIED_NAME = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;

const CONFIGMAP_RESOURCE = {
  name: 'configmaps',
  singularName: 'configmap',
  namespaced: true,
  kind: 'ConfigMap',
  verbs: ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'],
  shortNames: ['cm'],
  storageVersionHash: 'qFsyl6wFWjQ=',
};
const NAMESPACE_RESOURCE = {
  name: 'namespaces',
  singularName: 'namespace',
  namespaced: false,
  kind: 'Namespace',
  verbs: ['create', 'delete', 'get', 'list', 'patch', 'update', 'watch'],
  shortNames: ['ns'],
  storageVersionHash: 'Q3oi5N2YM8M=',
};

function matches(f: Fault, r: RequestRecord): boolean {
  if (f.verb) {
    const verbs = Array.isArray(f.verb) ? f.verb : [f.verb];
    const ok = verbs.some((v) => v === r.verb || (v === 'patch' && r.verb === 'apply'));
    if (!ok) return false;
  }
  if (f.method && f.method.toUpperCase() !== r.method) return false;
  if (f.resource && f.resource !== r.resource) return false;
  if (f.name && f.name !== r.name) return false;
  if (f.path !== undefined) {
    if (f.path instanceof RegExp) {
      if (!f.path.test(r.path)) return false;
    } else if (f.path.endsWith('*')) {
      if (!r.path.startsWith(f.path.slice(0, -1))) return false;
    } else if (f.path !== r.path) return false;
  }
  return true;
}

function validateLabels(labels: Json | undefined, field: string, causes: Parameters<typeof invalid>[2]): void {
  if (!isMap(labels)) return;
  for (const [k, v] of Object.entries(labels)) {
    const slash = k.lastIndexOf('/');
    const prefix = slash >= 0 ? k.slice(0, slash) : '';
    const name = slash >= 0 ? k.slice(slash + 1) : k;
    if ((slash >= 0 && (!DNS1123_SUBDOMAIN.test(prefix) || prefix.length > 253)) || !QUALIFIED_NAME.test(name) || name.length > 63) {
      causes.push({ type: 'FieldValueInvalid', field: `${field}`, badValue: k, detail: "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')" });
    }
    if (field.endsWith('labels') && (typeof v !== 'string' || v.length > 63 || !LABEL_VALUE.test(v))) {
      causes.push({ type: 'FieldValueInvalid', field: `${field}`, badValue: String(v), detail: "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')" });
    }
  }
}

const CONFIGMAP_FIELDS = new Set(['apiVersion', 'kind', 'metadata', 'data', 'binaryData', 'immutable']);
const META_FIELDS = new Set(['name', 'generateName', 'namespace', 'selfLink', 'uid', 'resourceVersion', 'generation', 'creationTimestamp', 'deletionTimestamp', 'deletionGracePeriodSeconds', 'labels', 'annotations', 'ownerReferences', 'finalizers', 'managedFields']);

/** fieldValidation=Strict|Warn|Ignore: unknown fields are an error, a warning header, or dropped. */
function unknownFields(obj: Obj): string[] {
  const out: string[] = [];
  for (const k of Object.keys(obj)) if (!CONFIGMAP_FIELDS.has(k)) out.push(k);
  const meta = obj.metadata;
  if (isMap(meta)) for (const k of Object.keys(meta)) if (!META_FIELDS.has(k)) out.push(`metadata.${k}`);
  return out;
}

function validateConfigMap(obj: Obj): void {
  const meta = (obj.metadata ?? {}) as Obj;
  const name = String(meta.name ?? '');
  const causes: Parameters<typeof invalid>[2] = [];
  if (!name) causes.push({ type: 'FieldValueRequired', field: 'metadata.name', detail: 'Required value: name or generateName is required' });
  else if (!DNS1123_SUBDOMAIN.test(name) || name.length > 253)
    causes.push({ type: 'FieldValueInvalid', field: 'metadata.name', badValue: name, detail: "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')" });
  validateLabels(meta.labels, 'metadata.labels', causes);
  validateLabels(meta.annotations, 'metadata.annotations', causes);
  for (const bag of ['data', 'binaryData']) {
    const m = obj[bag];
    if (m === undefined) continue;
    if (!isMap(m)) {
      causes.push({ type: 'FieldValueInvalid', field: bag, badValue: JSON.stringify(m), detail: 'must be a map of strings' });
      continue;
    }
    for (const [k, v] of Object.entries(m)) {
      if (!CONFIGMAP_KEY.test(k) || k.length > 253)
        causes.push({ type: 'FieldValueInvalid', field: `${bag}[${k}]`, badValue: k, detail: "a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')" });
      if (typeof v !== 'string') causes.push({ type: 'FieldValueInvalid', field: `${bag}[${k}]`, badValue: JSON.stringify(v), detail: 'must be a string' });
      if (bag === 'data' && isMap(obj.binaryData) && k in obj.binaryData)
        causes.push({ type: 'FieldValueInvalid', field: `data[${k}]`, badValue: k, detail: 'duplicate of key present in binaryData' });
    }
  }
  if (configMapSize(obj) > MAX_CONFIGMAP_BYTES) causes.push({ type: 'FieldValueTooLong', field: '[]', detail: `may not be more than ${MAX_CONFIGMAP_BYTES} bytes` });
  if (causes.length) throw invalid('ConfigMap', name, causes);
}

/** RFC 7386 JSON merge patch; `$`-directives of strategic merge patch are dropped. */
function mergePatch(target: Json | undefined, patch: Json, strategic: boolean): Json {
  if (!isMap(patch)) return clone(patch);
  const out: Obj = isMap(target) ? clone(target) : {};
  for (const [k, v] of Object.entries(patch)) {
    if (strategic && k.startsWith('$')) continue;
    if (v === null) delete out[k];
    else out[k] = mergePatch(out[k], v, strategic);
  }
  return out;
}

function parseSelector(sel: string | undefined): ((get: (k: string) => string | undefined) => boolean) | undefined {
  if (!sel) return undefined;
  const terms = sel.split(',').map((t) => t.trim()).filter(Boolean);
  const tests = terms.map((t) => {
    let m: RegExpMatchArray | null;
    if ((m = t.match(/^(.+?)\s*(!=|==|=)\s*(.*)$/))) {
      const [, k, op, v] = m;
      return (get: (k: string) => string | undefined) => (op === '!=' ? get(k.trim()) !== v.trim() : get(k.trim()) === v.trim());
    }
    if ((m = t.match(/^(.+?)\s+(in|notin)\s+\((.*)\)$/))) {
      const vals = m[3].split(',').map((x) => x.trim());
      const k = m[1].trim();
      const neg = m[2] === 'notin';
      return (get: (k: string) => string | undefined) => {
        const v = get(k);
        return neg ? v === undefined || !vals.includes(v) : v !== undefined && vals.includes(v);
      };
    }
    if (t.startsWith('!')) return (get: (k: string) => string | undefined) => get(t.slice(1).trim()) === undefined;
    return (get: (k: string) => string | undefined) => get(t) !== undefined;
  });
  return (get) => tests.every((f) => f(get));
}

function ageOf(ts: Json | undefined): string {
  if (typeof ts !== 'string') return '<unknown>';
  const s = Math.max(0, Math.floor((Date.now() - Date.parse(ts)) / 1000));
  if (s < 120) return `${s}s`;
  if (s < 3600 * 2) return `${Math.floor(s / 60)}m`;
  if (s < 86400 * 2) return `${Math.floor(s / 3600)}h`;
  return `${Math.floor(s / 86400)}d`;
}

function toTable(kind: 'ConfigMap' | 'Namespace', items: Obj[], rv: string): Obj {
  const nameCol = { name: 'Name', type: 'string', format: 'name', description: 'Name must be unique within a namespace.', priority: 0 };
  const ageCol = { name: 'Age', type: 'string', format: '', description: 'CreationTimestamp is a timestamp representing the server time when this object was created.', priority: 0 };
  const columnDefinitions =
    kind === 'ConfigMap'
      ? [nameCol, { name: 'Data', type: 'integer', format: '', description: 'Data contains the configuration data.', priority: 0 }, ageCol]
      : [nameCol, { name: 'Status', type: 'string', format: '', description: 'The status of the namespace', priority: 0 }, ageCol];
  const rows = items.map((o) => {
    const meta = o.metadata as Obj;
    const count = (isMap(o.data) ? Object.keys(o.data).length : 0) + (isMap(o.binaryData) ? Object.keys(o.binaryData).length : 0);
    const middle = kind === 'ConfigMap' ? count : ((o.status as Obj | undefined)?.phase ?? 'Active');
    return {
      cells: [meta.name, middle, ageOf(meta.creationTimestamp)],
      object: { kind: 'PartialObjectMetadata', apiVersion: 'meta.k8s.io/v1', metadata: clone(meta) },
    };
  });
  return { kind: 'Table', apiVersion: 'meta.k8s.io/v1', metadata: { resourceVersion: rv }, columnDefinitions, rows } as unknown as Obj;
}

export async function startApiServer(opts: ApiServerOptions = {}): Promise<ApiServer> {
  const state: ApiServerState = { namespaces: new Map(), configMaps: new Map(), customObjects: new Map(), resourceVersion: 100, inFlight: 0, maxInFlight: 0, writes: 0 };
  const crds = opts.customResources ?? [];
  const faults: FaultHandle[] = [];
  const requests: RequestRecord[] = [];
  const user = opts.user ?? 'system:serviceaccount:default:publisher';
  const logBodies = opts.logBodies ?? true;
  let seq = 0;
  const sockets = new Set<import('node:net').Socket>();

  const nextRv = (): string => String(++state.resourceVersion);

  function makeNamespace(name: string): Obj {
    const ns: Obj = {
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: { name, uid: randomUUID(), resourceVersion: nextRv(), creationTimestamp: now(), labels: { 'kubernetes.io/metadata.name': name } },
      spec: { finalizers: ['kubernetes'] },
      status: { phase: 'Active' },
    };
    return ns;
  }
  for (const n of opts.namespaces ?? ['default', 'kube-system', 'kube-public']) state.namespaces.set(n, makeNamespace(n));

  function managerFrom(query: Record<string, string>, ua: string | undefined): string {
    if (query.fieldManager) return query.fieldManager;
    const u = ua ?? 'unknown';
    return u.split('/')[0] || 'unknown';
  }

  function checkDryRun(query: Record<string, string>): boolean {
    if (query.dryRun === undefined) return false;
    if (query.dryRun !== 'All') throw invalid('PatchOptions.meta.k8s.io', '', [{ type: 'FieldValueNotSupported', field: 'dryRun', badValue: query.dryRun, detail: 'supported values: "All"' }]);
    return true;
  }

  function checkFieldManager(m: string | undefined): void {
    if (m !== undefined && (m.length > 128 || /[^\x20-\x7e]/.test(m)))
      throw invalid('PatchOptions.meta.k8s.io', '', [{ type: 'FieldValueTooLong', field: 'fieldManager', detail: 'may not be more than 128 bytes' }]);
  }

  function requireNamespace(ns: string): void {
    if (!state.namespaces.has(ns)) throw notFound('namespaces', ns);
  }

  function stamp(obj: Obj, live: Obj | undefined, dryRun: boolean): Obj {
    const meta = obj.metadata as Obj;
    if (live) {
      const lm = live.metadata as Obj;
      meta.uid = lm.uid;
      meta.creationTimestamp = lm.creationTimestamp;
      meta.resourceVersion = dryRun ? lm.resourceVersion : nextRv();
    } else {
      meta.uid = randomUUID();
      meta.creationTimestamp = now();
      if (dryRun) delete meta.resourceVersion;
      else meta.resourceVersion = nextRv();
    }
    return obj;
  }

  /** Orders fields the way the API server serialises a ConfigMap. */
  function shapeConfigMap(o: Obj): Obj {
    const meta = o.metadata as Obj;
    const m: Obj = {};
    for (const k of ['name', 'generateName', 'namespace', 'uid', 'resourceVersion', 'creationTimestamp', 'labels', 'annotations', 'ownerReferences', 'finalizers', 'managedFields'])
      if (meta[k] !== undefined) m[k] = meta[k];
    for (const k of Object.keys(meta)) if (!(k in m)) m[k] = meta[k];
    const out: Obj = { kind: 'ConfigMap', apiVersion: 'v1', metadata: m };
    for (const k of ['immutable', 'data', 'binaryData']) if (o[k] !== undefined) out[k] = o[k];
    for (const k of Object.keys(o)) if (!(k in out)) out[k] = o[k];
    return out;
  }

  function listOf(kind: string, items: Obj[]): Obj {
    return {
      kind: `${kind}List`,
      apiVersion: 'v1',
      metadata: { resourceVersion: String(state.resourceVersion) },
      items: items.map((o) => {
        const c = clone(o);
        delete c.kind;
        delete c.apiVersion;
        return c;
      }),
    };
  }

  function filterList(items: Obj[], query: Record<string, string>): Obj[] {
    const ls = parseSelector(query.labelSelector);
    const fs = parseSelector(query.fieldSelector);
    return items.filter((o) => {
      const meta = o.metadata as Obj;
      const labels = (meta.labels ?? {}) as Record<string, string>;
      if (ls && !ls((k) => labels[k])) return false;
      if (fs && !fs((k) => (k === 'metadata.name' ? String(meta.name) : k === 'metadata.namespace' ? String(meta.namespace ?? '') : undefined)))
        return false;
      return true;
    });
  }

  interface Reply {
    status: number;
    body: Json;
    headers?: Record<string, string>;
    /** Keep the socket open (watch). */
    hold?: boolean;
  }

  function parseBody(raw: string, ct: string): Obj {
    // Typed clients (kubectl create) send protobuf; this server only reads JSON and YAML.
    if (ct.includes('protobuf') || ct.includes('cbor')) throw unsupportedMediaType(ct);
    let v: unknown;
    try {
      v = ct.includes('yaml') ? YAML.parse(raw) : JSON.parse(raw);
    } catch (e) {
      throw badRequest(`error decoding ${ct.includes('yaml') ? 'YAML' : 'JSON'}: ${(e as Error).message}`);
    }
    if (!isMap(v)) throw badRequest('the body of the request must be an object');
    return v;
  }

  function handleConfigMaps(rec: RequestRecord, ns: string | undefined, name: string | undefined, raw: string, ct: string, accept: string): Reply {
    const q = rec.query;
    const warnings: string[] = [];
    const checkFields = (body: Obj, apply: boolean): void => {
      const unk = unknownFields(body);
      if (!unk.length) return;
      // kube-apiserver answers an apply with unknown fields with a 500 without a reason, whatever
      // fieldValidation says, naming the namespace of the applied object (often empty).
      if (apply) {
        const meta = isMap(body.metadata) ? body.metadata : {};
        throw new StatusError(500, '', `failed to create typed patch object (${String(meta.namespace ?? '')}/${String(meta.name ?? name)}; /v1, Kind=ConfigMap): ${unk.map((u) => '.' + u).join(', ')}: field not declared in schema`);
      }
      if (q.fieldValidation === 'Strict') throw badRequest(`ConfigMap in version "v1" cannot be handled as a ConfigMap: strict decoding error: ${unk.map((u) => `unknown field "${u}"`).join(', ')}`);
      if (q.fieldValidation !== 'Ignore') warnings.push(...unk.map((u) => `299 - "unknown field \\"${u}\\""`));
      for (const u of unk) {
        if (u.startsWith('metadata.')) delete (body.metadata as Obj)[u.slice(9)];
        else delete body[u];
      }
    };
    const r = handleConfigMapsInner(rec, ns, name, raw, ct, accept, checkFields);
    if (warnings.length) r.headers = { ...(r.headers ?? {}), Warning: warnings.join(', ') };
    return r;
  }

  function handleConfigMapsInner(
    rec: RequestRecord,
    ns: string | undefined,
    name: string | undefined,
    raw: string,
    ct: string,
    accept: string,
    checkFields: (body: Obj, apply: boolean) => void,
  ): Reply {
    const q = rec.query;
    const resource = 'configmaps';
    const keyOf = (n: string) => `${ns}/${n}`;
    const wantsTable = accept.includes('as=Table');
    switch (rec.verb) {
      case 'list': {
        const items = filterList(
          [...state.configMaps.entries()].filter(([k]) => !ns || k.startsWith(ns + '/')).sort(([a], [b]) => (a < b ? -1 : 1)).map(([, v]) => v),
          q,
        );
        return { status: 200, body: wantsTable ? toTable('ConfigMap', items, String(state.resourceVersion)) : listOf('ConfigMap', items) };
      }
      case 'watch':
        return { status: 200, body: null, hold: true };
      case 'get': {
        const o = state.configMaps.get(keyOf(name!));
        if (!o) throw notFound(resource, name!);
        return { status: 200, body: wantsTable ? toTable('ConfigMap', [o], String(state.resourceVersion)) : o };
      }
      case 'create': {
        const dry = checkDryRun(q);
        const body = parseBody(raw, ct);
        checkFields(body, false);
        const meta = (body.metadata ??= {}) as Obj;
        if (meta.namespace && meta.namespace !== ns) throw badRequest('the namespace of the provided object does not match the namespace sent on the request');
        if (!meta.name && typeof meta.generateName === 'string') meta.name = meta.generateName + Math.random().toString(36).slice(2, 7);
        meta.namespace = ns!;
        if (meta.resourceVersion) throw badRequest('resourceVersion should not be set on objects to be created');
        body.kind = 'ConfigMap';
        body.apiVersion = 'v1';
        delete meta.managedFields;
        validateConfigMap(body);
        requireNamespace(ns!);
        const n = String(meta.name);
        if (state.configMaps.has(keyOf(n))) throw alreadyExists(resource, n);
        const manager = managerFrom(q, rec.userAgent);
        checkFieldManager(manager);
        const obj = shapeConfigMap(stamp(updateObject(undefined, body, manager, now()), undefined, dry));
        if (!dry) {
          state.configMaps.set(keyOf(n), obj);
          state.writes++;
        }
        return { status: 201, body: obj };
      }
      case 'update': {
        const dry = checkDryRun(q);
        const body = parseBody(raw, ct);
        checkFields(body, false);
        const meta = (body.metadata ??= {}) as Obj;
        if (meta.name !== name) throw badRequest(`the name of the object (${String(meta.name ?? '')}) does not match the name on the URL (${name})`);
        if (meta.namespace && meta.namespace !== ns) throw badRequest('the namespace of the provided object does not match the namespace sent on the request');
        const live = state.configMaps.get(keyOf(name!));
        if (!live) throw notFound(resource, name!);
        if (meta.resourceVersion && meta.resourceVersion !== (live.metadata as Obj).resourceVersion) throw conflict(resource, name!);
        meta.namespace = ns!;
        body.kind = 'ConfigMap';
        body.apiVersion = 'v1';
        if ((live as Obj).immutable === true) throw invalid('ConfigMap', name!, [{ type: 'FieldValueForbidden', field: 'data', detail: 'Forbidden: field is immutable when `immutable` is set' }]);
        body.metadata = { ...meta, managedFields: (live.metadata as Obj).managedFields ?? null };
        validateConfigMap(body);
        return write(live, updateObject(live, body, managerFrom(q, rec.userAgent), now()), dry, ns!, name!);
      }
      case 'patch':
      case 'apply': {
        const dry = checkDryRun(q);
        const live = state.configMaps.get(keyOf(name!));
        const ctype = ct.split(';')[0].trim();
        if (rec.verb === 'apply') {
          const manager = q.fieldManager;
          if (!manager) throw invalid('PatchOptions.meta.k8s.io', '', [{ type: 'FieldValueRequired', field: 'fieldManager', detail: 'Required value: is required for apply patch' }]);
          checkFieldManager(manager);
          const force = q.force === 'true' || q.force === '1';
          const body = parseBody(raw, 'yaml');
          checkFields(body, true);
          if (body.apiVersion !== 'v1' || body.kind !== 'ConfigMap')
            throw badRequest(`the API version in the data (${String(body.apiVersion ?? '')}) does not match the expected API version (v1)`);
          const meta = (body.metadata ?? {}) as Obj;
          if (meta.name !== name) throw badRequest(`the name of the object (${String(meta.name ?? '')}) does not match the name on the URL (${name})`);
          if (meta.namespace && meta.namespace !== ns) throw badRequest('the namespace of the provided object does not match the namespace sent on the request');
          if (meta.resourceVersion && (!live || meta.resourceVersion !== (live.metadata as Obj).resourceVersion)) throw conflict(resource, name!);
          if (!live) requireNamespace(ns!);
          const applied = clone(body);
          delete (applied.metadata as Obj).managedFields;
          const r = applyObject(live, applied, manager, force, now());
          if (r.conflicts.length) {
            const cs = r.conflicts;
            let message: string;
            if (cs.length === 1) message = `Apply failed with 1 conflict: conflict with ${printManager(cs[0].manager)}: ${pathString(cs[0].path)}`;
            else {
              const by = new Map<string, string[]>();
              for (const c of cs) {
                const m = printManager(c.manager);
                by.set(m, [...(by.get(m) ?? []), pathString(c.path)]);
              }
              const lines: string[] = [];
              for (const m of [...by.keys()].sort()) {
                lines.push(`conflicts with ${m}:`);
                for (const p of by.get(m)!) lines.push(`- ${p}`);
              }
              message = `Apply failed with ${cs.length} conflicts: ${lines.join('\n')}`;
            }
            throw new StatusError(409, 'Conflict', message, {
              causes: cs.map((c) => ({ reason: 'FieldManagerConflict', message: `conflict with ${printManager(c.manager)}`, field: pathString(c.path) })),
            });
          }
          const merged = r.object;
          (merged.metadata as Obj).name = name!;
          (merged.metadata as Obj).namespace = ns!;
          merged.kind = 'ConfigMap';
          merged.apiVersion = 'v1';
          if (live && !r.changed) return { status: 200, body: live };
          if (live && live.immutable === true && JSON.stringify(live.data) !== JSON.stringify(merged.data))
            throw invalid('ConfigMap', name!, [{ type: 'FieldValueForbidden', field: 'data', detail: 'Forbidden: field is immutable when `immutable` is set' }]);
          validateConfigMap(merged);
          return write(live, merged, dry, ns!, name!);
        }
        if (q.force !== undefined) throw invalid('PatchOptions.meta.k8s.io', '', [{ type: 'FieldValueForbidden', field: 'force', detail: 'Forbidden: may not be specified for non-apply patch' }]);
        if (ctype !== 'application/merge-patch+json' && ctype !== 'application/strategic-merge-patch+json') throw unsupportedMediaType(ctype);
        if (!live) throw notFound(resource, name!);
        const patch = parseBody(raw, 'json');
        const pm = patch.metadata as Obj | undefined;
        if (pm?.resourceVersion && pm.resourceVersion !== (live.metadata as Obj).resourceVersion) throw conflict(resource, name!);
        const next = mergePatch(live, patch, ctype.includes('strategic')) as Obj;
        const nm = next.metadata as Obj;
        nm.name = name!;
        nm.namespace = ns!;
        nm.managedFields = (live.metadata as Obj).managedFields ?? null;
        validateConfigMap(next);
        return write(live, updateObject(live, next, managerFrom(q, rec.userAgent), now()), dry, ns!, name!);
      }
      case 'delete': {
        const dry = checkDryRun(q);
        const live = state.configMaps.get(keyOf(name!));
        if (!live) throw notFound(resource, name!);
        if (!dry) {
          state.configMaps.delete(keyOf(name!));
          state.resourceVersion++;
          state.writes++;
        }
        return { status: 200, body: { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Success', details: { name: name!, kind: resource, uid: (live.metadata as Obj).uid } } };
      }
      case 'deletecollection': {
        const dry = checkDryRun(q);
        const items = filterList([...state.configMaps.entries()].filter(([k]) => k.startsWith(ns + '/')).map(([, v]) => v), q);
        if (!dry) for (const o of items) state.configMaps.delete(keyOf(String((o.metadata as Obj).name)));
        return { status: 200, body: listOf('ConfigMap', items) };
      }
      default:
        throw methodNotAllowed(rec.method);
    }
  }

  function write(live: Obj | undefined, next: Obj, dry: boolean, ns: string, name: string): Reply {
    normalize(next);
    const obj = shapeConfigMap(stamp(next, live, dry));
    if (!dry) {
      state.configMaps.set(`${ns}/${name}`, obj);
      state.writes++;
    }
    return { status: live ? 200 : 201, body: obj };
  }

  function handleNamespaces(rec: RequestRecord, name: string | undefined, raw: string, ct: string, accept: string): Reply {
    const wantsTable = accept.includes('as=Table');
    switch (rec.verb) {
      case 'list': {
        const items = filterList([...state.namespaces.values()], rec.query);
        return { status: 200, body: wantsTable ? toTable('Namespace', items, String(state.resourceVersion)) : listOf('Namespace', items) };
      }
      case 'watch':
        return { status: 200, body: null, hold: true };
      case 'get': {
        const o = state.namespaces.get(name!);
        if (!o) throw notFound('namespaces', name!);
        return { status: 200, body: wantsTable ? toTable('Namespace', [o], String(state.resourceVersion)) : o };
      }
      case 'create': {
        const dry = checkDryRun(rec.query);
        const body = parseBody(raw, ct);
        const n = String((body.metadata as Obj | undefined)?.name ?? '');
        if (!DNS1123_LABEL.test(n) || n.length > 63)
          throw invalid('Namespace', n, [{ type: 'FieldValueInvalid', field: 'metadata.name', badValue: n, detail: "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')" }]);
        if (state.namespaces.has(n)) throw alreadyExists('namespaces', n);
        const ns = makeNamespace(n);
        const labels = (body.metadata as Obj).labels;
        if (isMap(labels)) Object.assign((ns.metadata as Obj).labels as Obj, labels);
        const withFields = updateObject(undefined, ns, managerFrom(rec.query, rec.userAgent), now());
        if (!dry) state.namespaces.set(n, withFields);
        return { status: 201, body: withFields };
      }
      case 'delete': {
        const o = state.namespaces.get(name!);
        if (!o) throw notFound('namespaces', name!);
        state.namespaces.delete(name!);
        for (const k of [...state.configMaps.keys()]) if (k.startsWith(name + '/')) state.configMaps.delete(k);
        return { status: 200, body: o };
      }
      default:
        throw methodNotAllowed(rec.method);
    }
  }

  function apiGroup(group: string): Json {
    const versions = [...new Set(crds.filter((c) => c.group === group).map((c) => c.version))].map((version) => ({ groupVersion: `${group}/${version}`, version }));
    return { name: group, versions, preferredVersion: versions[0] } as unknown as Json;
  }

  /** /apis/<group>[/<version>[/namespaces/<ns>/<plural>[/<name>]]]: discovery, get and list. */
  function handleCustom(rec: RequestRecord, seg: string[]): Reply {
    const [group, version, ...rest] = seg;
    const served = crds.filter((c) => c.group === group && (version === undefined || c.version === version));
    if (served.length === 0) throw new StatusError(404, 'NotFound', 'the server could not find the requested resource', {});
    if (version === undefined) return { status: 200, body: { kind: 'APIGroup', apiVersion: 'v1', ...(apiGroup(group) as Obj) } };
    if (rest.length === 0) {
      const resources = served.map((c) => ({ name: c.plural, singularName: c.singular, namespaced: true, kind: c.kind, verbs: ['get', 'list'], storageVersionHash: '' }));
      return { status: 200, body: { kind: 'APIResourceList', apiVersion: 'v1', groupVersion: `${group}/${version}`, resources } as unknown as Json };
    }
    const crd = rest[0] === 'namespaces' && rest.length >= 3 && rest.length <= 4 ? served.find((c) => c.plural === rest[2]) : undefined;
    if (!crd) throw new StatusError(404, 'NotFound', 'the server could not find the requested resource', {});
    if (rec.verb !== 'get' && rec.verb !== 'list') throw methodNotAllowed(rec.method);
    const [, ns, , name] = rest;
    const prefix = `${group}/${crd.plural}/${ns}/`;
    if (rec.verb === 'get') {
      const o = state.customObjects.get(prefix + name);
      if (!o) throw new StatusError(404, 'NotFound', `${crd.plural}.${group} "${name}" not found`, { name, group, kind: crd.plural });
      return { status: 200, body: o };
    }
    const items = filterList([...state.customObjects.entries()].filter(([k]) => k.startsWith(prefix)).map(([, o]) => o), rec.query);
    return { status: 200, body: { ...listOf(crd.kind, items), apiVersion: `${group}/${version}` } };
  }

  function route(rec: RequestRecord, raw: string, ct: string, accept: string, host: string): Reply {
    const p = rec.path.replace(/\/+$/, '') || '/';
    switch (p) {
      case '/version':
        return {
          status: 200,
          body: { major: '1', minor: '32', gitVersion: 'v1.32.0-forkspacer-test', gitCommit: '0000000000000000000000000000000000000000', gitTreeState: 'clean', buildDate: '2025-01-01T00:00:00Z', goVersion: 'go1.23.0', compiler: 'gc', platform: 'linux/amd64' },
        };
      case '/api':
        return { status: 200, body: { kind: 'APIVersions', versions: ['v1'], serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress: host }] } };
      case '/api/v1':
        return { status: 200, body: { kind: 'APIResourceList', groupVersion: 'v1', resources: [CONFIGMAP_RESOURCE, NAMESPACE_RESOURCE] } as unknown as Json };
      case '/apis':
        return { status: 200, body: { kind: 'APIGroupList', apiVersion: 'v1', groups: [...new Set(crds.map((c) => c.group))].map(apiGroup) } as unknown as Json };
      case '/openapi/v3':
        return { status: 200, body: openapiRoot() };
      case '/openapi/v3/api/v1':
        return { status: 200, body: openapiCoreV1() };
      case '/healthz':
      case '/livez':
      case '/readyz':
        return { status: 200, body: 'ok' };
    }
    const seg = p.split('/').slice(1).map(decodeURIComponent);
    if (seg[0] === 'apis') return handleCustom(rec, seg.slice(1));
    if (seg[0] !== 'api' || seg[1] !== 'v1') throw new StatusError(404, 'NotFound', 'the server could not find the requested resource', { });
    const rest = seg.slice(2);
    if (rest[0] === 'namespaces' && rest.length <= 2) return handleNamespaces(rec, rest[1], raw, ct, accept);
    if (rest[0] === 'configmaps' && rest.length === 1) return handleConfigMaps(rec, undefined, undefined, raw, ct, accept);
    if (rest[0] === 'namespaces' && rest[2] === 'configmaps' && rest.length <= 4) return handleConfigMaps(rec, rest[1], rest[3], raw, ct, accept);
    throw new StatusError(404, 'NotFound', 'the server could not find the requested resource', {});
  }

  function classify(method: string, path: string, query: Record<string, string>, ct: string): Pick<RequestRecord, 'verb' | 'resource' | 'namespace' | 'name'> {
    const seg = path.replace(/\/+$/, '').split('/').slice(1).map(decodeURIComponent);
    const core = seg[0] === 'api' && seg[1] === 'v1' && seg.length >= 3;
    const grouped = seg[0] === 'apis' && seg.length >= 4;
    if (!core && !grouped) return { verb: 'discovery' };
    const rest = seg.slice(core ? 2 : 3);
    let resource: string | undefined;
    let namespace: string | undefined;
    let name: string | undefined;
    if (rest[0] === 'namespaces' && rest.length >= 3) {
      namespace = rest[1];
      resource = rest[2];
      name = rest[3];
    } else {
      resource = rest[0];
      name = rest[1];
    }
    let verb: Verb;
    switch (method) {
      case 'GET':
        verb = name ? 'get' : query.watch === 'true' || query.watch === '1' ? 'watch' : 'list';
        break;
      case 'POST':
        verb = 'create';
        break;
      case 'PUT':
        verb = 'update';
        break;
      case 'PATCH':
        verb = ct.startsWith('application/apply-patch') ? 'apply' : 'patch';
        break;
      case 'DELETE':
        verb = name ? 'delete' : 'deletecollection';
        break;
      default:
        verb = 'get';
    }
    return { verb, resource, namespace, name };
  }

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const query: Record<string, string> = {};
    for (const [k, v] of url.searchParams) query[k] = v;
    const ct = String(req.headers['content-type'] ?? 'application/json');
    const accept = String(req.headers.accept ?? 'application/json');
    const rec: RequestRecord = {
      id: ++seq,
      method: req.method ?? 'GET',
      path: url.pathname,
      query,
      ...classify(req.method ?? 'GET', url.pathname, query, ct),
      contentType: req.headers['content-type'],
      accept: req.headers.accept,
      userAgent: req.headers['user-agent'],
      start: performance.now(),
      inFlightAtStart: 0,
    };
    state.inFlight++;
    state.maxInFlight = Math.max(state.maxInFlight, state.inFlight);
    rec.inFlightAtStart = state.inFlight;
    requests.push(rec);
    let done = false;
    const finish = (): void => {
      if (done) return;
      done = true;
      state.inFlight--;
      rec.end = performance.now();
    };
    res.on('close', finish);

    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_REQUEST_BYTES) tooLarge = true;
      else chunks.push(c);
    });
    req.on('end', () => {
      void respond();
    });

    const send = (r: Reply, dropAfter = false): void => {
      rec.status = r.status;
      if (r.hold) {
        res.writeHead(200, { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' });
        const t = setTimeout(() => res.end(), Math.min(Number(query.timeoutSeconds ?? 30), 30) * 1000);
        res.on('close', () => clearTimeout(t));
        return;
      }
      const text = typeof r.body === 'string' && !rec.path.startsWith('/api') ? r.body : JSON.stringify(r.body);
      const buf = Buffer.from(text);
      if (logBodies) rec.responseBody = text.length > 65536 ? text.slice(0, 65536) : text;
      const headers: Record<string, string | number> = {
        'Content-Type': typeof r.body === 'string' && !rec.path.startsWith('/api') ? 'text/plain; charset=utf-8' : 'application/json',
        'Content-Length': buf.length,
        'Cache-Control': 'no-cache, private',
        'X-Kubernetes-Pf-Flowschema-Uid': '00000000-0000-0000-0000-000000000000',
        ...(r.headers ?? {}),
      };
      if (dropAfter) {
        res.writeHead(r.status, headers);
        res.write(buf.subarray(0, Math.floor(buf.length / 2)));
        setImmediate(() => res.socket?.destroy());
        return;
      }
      res.writeHead(r.status, headers);
      res.end(buf);
    };
    const sendError = (e: unknown, dropAfter = false): void => {
      const se = e instanceof StatusError ? e : internalError((e as Error)?.message ?? String(e));
      send({ status: se.code, body: se.toStatus(), headers: se.headers }, dropAfter);
    };

    const respond = async (): Promise<void> => {
      const raw = Buffer.concat(chunks).toString('utf8');
      if (logBodies) rec.body = raw.length > 65536 ? raw.slice(0, 65536) : raw;
      // Fault injection.
      let fault: Fault | undefined;
      for (const h of faults) {
        if (!matches(h.fault, rec)) continue;
        h.seen++;
        if (h.seen <= (h.fault.after ?? 0)) continue;
        if (h.hits >= (h.fault.count ?? Infinity)) continue;
        h.hits++;
        fault = h.fault;
        break;
      }
      if (fault) {
        rec.fault = fault.drop ? `drop-${fault.drop}` : fault.status ? String(fault.status) : `delay-${fault.delayMs}`;
        if (fault.delayMs) await new Promise((r) => setTimeout(r, fault!.delayMs));
        if (res.destroyed || req.socket.destroyed) return;
        if (fault.drop === 'before') {
          req.socket.destroy();
          return;
        }
        if (fault.status) {
          const m = fault.message;
          let se: StatusError;
          switch (fault.status) {
            case 401:
              se = unauthorized();
              break;
            case 403:
              se = forbidden(user, rec.verb === 'apply' ? 'patch' : rec.verb, rec.resource ?? 'configmaps', rec.name, rec.namespace);
              break;
            case 404:
              se = notFound(rec.resource ?? 'configmaps', rec.name ?? '');
              break;
            case 409:
              se = conflict(rec.resource ?? 'configmaps', rec.name ?? '');
              break;
            case 422:
              se = invalid('ConfigMap', rec.name ?? '', [{ type: 'FieldValueInvalid', field: 'data', badValue: 'x', detail: m ?? 'injected validation failure' }]);
              break;
            case 429:
              se = tooManyRequests(fault.retryAfter ?? 1);
              break;
            case 503:
              se = serviceUnavailable(m ?? 'the server is currently unable to handle the request');
              if (fault.retryAfter !== undefined) se.headers['Retry-After'] = String(fault.retryAfter);
              break;
            case 504:
              se = new StatusError(504, 'Timeout', m ?? 'Timeout: request did not complete within the allowed duration', {});
              break;
            default:
              se = internalError(m ?? 'injected failure');
          }
          if (m && fault.status !== 422 && fault.status !== 500 && fault.status !== 503) (se as { message: string }).message = m;
          sendError(se);
          return;
        }
      }
      const dropAfter = fault?.drop === 'after';
      if (tooLarge) return sendError(entityTooLarge(MAX_REQUEST_BYTES), dropAfter);
      if (opts.token !== undefined && req.headers.authorization !== `Bearer ${opts.token}`) return sendError(unauthorized(), dropAfter);
      try {
        send(route(rec, raw, ct, accept, req.headers.host ?? '127.0.0.1'), dropAfter);
      } catch (e) {
        sendError(e, dropAfter);
      }
    };
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  server.keepAliveTimeout = 5000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as import('node:net').AddressInfo).port;
  const url = `http://127.0.0.1:${port}`;
  const dir = mkdtempSync(join(tmpdir(), 'fsd-apiserver-'));

  function writeKubeconfig(o: { token?: string; context?: string; namespace?: string; file?: string } = {}): string {
    const ctx = o.context ?? 'test';
    const file = o.file ?? join(dir, `kubeconfig-${ctx}-${Math.random().toString(36).slice(2, 8)}`);
    const token = o.token ?? opts.token;
    const cfg = {
      apiVersion: 'v1',
      kind: 'Config',
      clusters: [{ name: 'test-cluster', cluster: { server: url, 'insecure-skip-tls-verify': true } }],
      users: [{ name: 'test-user', user: token !== undefined ? { token } : {} }],
      contexts: [{ name: ctx, context: { cluster: 'test-cluster', user: 'test-user', ...(o.namespace ?? opts.namespace ? { namespace: o.namespace ?? opts.namespace } : {}) } }],
      'current-context': ctx,
      preferences: {},
    };
    writeFileSync(file, YAML.stringify(cfg));
    return file;
  }
  const kubeconfigPath = writeKubeconfig({ file: join(dir, 'kubeconfig') });

  return {
    url,
    port,
    kubeconfigPath,
    writeKubeconfig,
    inject(fault: Fault): FaultHandle {
      const h: FaultHandle = {
        fault,
        hits: 0,
        seen: 0,
        remove: () => {
          const i = faults.indexOf(h);
          if (i >= 0) faults.splice(i, 1);
        },
      };
      faults.push(h);
      return h;
    },
    clearFaults: () => void faults.splice(0),
    requests,
    state,
    getConfigMap: (ns, name) => state.configMaps.get(`${ns}/${name}`),
    seedConfigMap(obj: Obj, manager = 'kubectl-create'): Obj {
      const o = clone(obj);
      const meta = (o.metadata ??= {}) as Obj;
      const ns = String(meta.namespace ?? 'default');
      meta.namespace = ns;
      o.apiVersion = 'v1';
      o.kind = 'ConfigMap';
      if (!state.namespaces.has(ns)) state.namespaces.set(ns, makeNamespace(ns));
      const live = state.configMaps.get(`${ns}/${meta.name}`);
      const next = shapeConfigMap(stamp(updateObject(live, o, manager, now()), live, false));
      state.configMaps.set(`${ns}/${meta.name}`, next);
      return next;
    },
    seedCustomObject(obj: Obj): Obj {
      const o = clone(obj);
      const [group, version] = String(o.apiVersion ?? '').split('/');
      const crd = crds.find((c) => c.group === group && c.version === version && c.kind === o.kind);
      if (!crd) throw new Error(`seedCustomObject: ${String(o.apiVersion)} ${String(o.kind)} is not among customResources`);
      const meta = (o.metadata ??= {}) as Obj;
      const ns = String(meta.namespace ?? 'default');
      meta.namespace = ns;
      meta.uid ??= randomUUID();
      meta.creationTimestamp ??= now();
      meta.resourceVersion = nextRv();
      if (!state.namespaces.has(ns)) state.namespaces.set(ns, makeNamespace(ns));
      state.customObjects.set(`${group}/${crd.plural}/${ns}/${String(meta.name)}`, o);
      return o;
    },
    createNamespace(name: string): void {
      if (!state.namespaces.has(name)) state.namespaces.set(name, makeNamespace(name));
    },
    maxConcurrency(filter = () => true): number {
      const evs: [number, number][] = [];
      for (const r of requests.filter(filter)) {
        evs.push([r.start, 1]);
        evs.push([r.end ?? Infinity, -1]);
      }
      evs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
      let cur = 0;
      let max = 0;
      for (const [, d] of evs) max = Math.max(max, (cur += d));
      return max;
    },
    async close(): Promise<void> {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
