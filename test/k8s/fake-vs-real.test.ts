// The project's fake API server (test/apiserver) proven against the real kube-apiserver: one
// table of requests, and the responses expected of both (status, Status bodies, the object's
// fields, managedFields, resourceVersion moves). The expected answers are the real server's;
// every difference found was fixed in the fake (the report of issue 11 lists them).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { startApiServer, type ApiServer } from '../apiserver/server.ts';
import { connect, type KubeClient } from '../../src/publish/kube.ts';
import { CONTEXTS } from './cluster.ts';
import { skip, useCluster } from './support.ts';

const k8s = useCluster();
const opts = { skip, timeout: 120_000 };

type Who = 'admin' | 'bad-token';
/** `untimed`: the entry has no `time` (an apply that changed nothing but ownership). */
type Managed = { manager: string; operation: 'Apply' | 'Update'; fieldsV1: Record<string, unknown>; untimed?: true };

interface Step {
  what: string;
  who?: Who;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** `{ns}`: the test namespace. */
  path: string;
  query?: Record<string, string>;
  /** Sent as JSON; with `apply`, as application/apply-patch+yaml. */
  body?: unknown;
  apply?: boolean;
  expect: {
    status: number;
    /** Fields the body must have, with these values (objects: recursively; arrays: exactly). */
    body?: Record<string, unknown>;
    /** Paths (dot-separated) the body must not have. */
    absent?: string[];
    /**
     * metadata.managedFields as manager, operation and fieldsV1; compared in the server's order
     * only with `ordered` (entries of one operation stamped in different seconds may swap).
     */
    managedFields?: Managed[];
    ordered?: boolean;
    /** resourceVersion compared with the last step that returned one. */
    rv?: 'same' | 'new';
  };
}

interface Case {
  name: string;
  steps: Step[];
}

const cm = (name: string, data: Record<string, string>, extra: Record<string, unknown> = {}) => ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name, ...extra }, data });
const applyQ = (manager: string, force = false, more: Record<string, string> = {}) => ({ fieldManager: manager, force: String(force), ...more });
const dataFields = (...keys: string[]) => ({ 'f:data': Object.fromEntries(keys.map((k) => [`f:${k}`, {}])) });
const status = (code: number, reason: string, message: string, details?: Record<string, unknown>) => ({ kind: 'Status', apiVersion: 'v1', status: 'Failure', code, reason, message, ...(details ? { details } : {}) });
const P = (name: string) => `/api/v1/namespaces/{ns}/configmaps/${name}`;
const MiB = 1024 * 1024;

export const TABLE: Case[] = [
  {
    name: 'GET of a ConfigMap that does not exist',
    steps: [{ what: 'get', method: 'GET', path: P('t-missing'), expect: { status: 404, body: status(404, 'NotFound', 'configmaps "t-missing" not found', { name: 't-missing', kind: 'configmaps' }) } }],
  },
  {
    name: 'server-side apply: create, unchanged, configured, another manager added',
    steps: [
      { what: 'create', method: 'PATCH', path: P('t-apply'), apply: true, query: applyQ('m1'), body: cm('t-apply', { a: '1' }), expect: { status: 201, body: { kind: 'ConfigMap', apiVersion: 'v1', metadata: { name: 't-apply' }, data: { a: '1' } }, managedFields: [{ manager: 'm1', operation: 'Apply', fieldsV1: dataFields('a') }] } },
      { what: 'same again', method: 'PATCH', path: P('t-apply'), apply: true, query: applyQ('m1'), body: cm('t-apply', { a: '1' }), expect: { status: 200, rv: 'same', managedFields: [{ manager: 'm1', operation: 'Apply', fieldsV1: dataFields('a') }] } },
      { what: 'changed', method: 'PATCH', path: P('t-apply'), apply: true, query: applyQ('m1'), body: cm('t-apply', { a: '2' }), expect: { status: 200, rv: 'new', body: { data: { a: '2' } } } },
      { what: 'second manager, other key', method: 'PATCH', path: P('t-apply'), apply: true, query: applyQ('m2'), body: cm('t-apply', { b: '1' }), expect: { status: 200, rv: 'new', body: { data: { a: '2', b: '1' } }, managedFields: [{ manager: 'm1', operation: 'Apply', fieldsV1: dataFields('a') }, { manager: 'm2', operation: 'Apply', fieldsV1: dataFields('b') }] } },
      // Sending `data: {}` owns the map itself.
      { what: 'first manager drops its key', method: 'PATCH', path: P('t-apply'), apply: true, query: applyQ('m1'), body: cm('t-apply', {}), expect: { status: 200, rv: 'new', body: { data: { b: '1' } }, managedFields: [{ manager: 'm1', operation: 'Apply', fieldsV1: { 'f:data': {} } }, { manager: 'm2', operation: 'Apply', fieldsV1: dataFields('b') }] } },
      { what: 'first manager leaves data out', method: 'PATCH', path: P('t-apply'), apply: true, query: applyQ('m1'), body: { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 't-apply' } }, expect: { status: 200, body: { data: { b: '1' } }, managedFields: [{ manager: 'm2', operation: 'Apply', fieldsV1: dataFields('b') }] } },
    ],
  },
  {
    name: 'conflict with another manager, then force',
    steps: [
      { what: 'm1 owns a', method: 'PATCH', path: P('t-conflict'), apply: true, query: applyQ('m1'), body: cm('t-conflict', { a: '1' }), expect: { status: 201 } },
      {
        what: 'm2 changes a',
        method: 'PATCH',
        path: P('t-conflict'),
        apply: true,
        query: applyQ('m2'),
        body: cm('t-conflict', { a: '2' }),
        expect: { status: 409, body: status(409, 'Conflict', 'Apply failed with 1 conflict: conflict with "m1": .data.a', { causes: [{ reason: 'FieldManagerConflict', message: 'conflict with "m1"', field: '.data.a' }] }) },
      },
      // The object does not change: m2's new entry gets no time, and sorts first.
      { what: 'm2 sets the same value: shared, no conflict', method: 'PATCH', path: P('t-conflict'), apply: true, query: applyQ('m2'), body: cm('t-conflict', { a: '1' }), expect: { status: 200, rv: 'new', ordered: true, managedFields: [{ manager: 'm2', operation: 'Apply', fieldsV1: dataFields('a'), untimed: true }, { manager: 'm1', operation: 'Apply', fieldsV1: dataFields('a') }] } },
      { what: 'm2 forces a change', method: 'PATCH', path: P('t-conflict'), apply: true, query: applyQ('m2', true), body: cm('t-conflict', { a: '3' }), expect: { status: 200, rv: 'new', body: { data: { a: '3' } }, managedFields: [{ manager: 'm2', operation: 'Apply', fieldsV1: dataFields('a') }] } },
    ],
  },
  {
    name: 'an Update (POST, PUT) by one manager, then apply by another',
    steps: [
      { what: 'create', method: 'POST', path: '/api/v1/namespaces/{ns}/configmaps', query: { fieldManager: 'kubectl-create' }, body: cm('t-update', { a: '1' }), expect: { status: 201, managedFields: [{ manager: 'kubectl-create', operation: 'Update', fieldsV1: dataFields('a') }] } },
      // Apply entries come before Update entries.
      { what: 'apply another key', method: 'PATCH', path: P('t-update'), apply: true, query: applyQ('m1'), body: cm('t-update', { b: '1' }), expect: { status: 200, rv: 'new', ordered: true, managedFields: [{ manager: 'm1', operation: 'Apply', fieldsV1: dataFields('b') }, { manager: 'kubectl-create', operation: 'Update', fieldsV1: dataFields('a') }] } },
      {
        what: 'apply the Update-owned key',
        method: 'PATCH',
        path: P('t-update'),
        apply: true,
        query: applyQ('m1'),
        body: cm('t-update', { a: '2', b: '1' }),
        expect: { status: 409, body: status(409, 'Conflict', 'Apply failed with 1 conflict: conflict with "kubectl-create" using v1: .data.a', { causes: [{ reason: 'FieldManagerConflict', message: 'conflict with "kubectl-create" using v1', field: '.data.a' }] }) },
      },
    ],
  },
  {
    name: 'dryRun=All answers with the object and stores nothing',
    steps: [
      { what: 'dry-run create', method: 'PATCH', path: P('t-dry'), apply: true, query: applyQ('m1', false, { dryRun: 'All' }), body: cm('t-dry', { a: '1' }), expect: { status: 201, body: { data: { a: '1' }, metadata: { name: 't-dry' } }, managedFields: [{ manager: 'm1', operation: 'Apply', fieldsV1: dataFields('a') }] } },
      { what: 'not stored', method: 'GET', path: P('t-dry'), expect: { status: 404 } },
      { what: 'create', method: 'PATCH', path: P('t-dry'), apply: true, query: applyQ('m1'), body: cm('t-dry', { a: '1' }), expect: { status: 201 } },
      { what: 'dry-run change', method: 'PATCH', path: P('t-dry'), apply: true, query: applyQ('m1', false, { dryRun: 'All' }), body: cm('t-dry', { a: '2' }), expect: { status: 200, body: { data: { a: '2' } } } },
      { what: 'unchanged', method: 'GET', path: P('t-dry'), expect: { status: 200, rv: 'same', body: { data: { a: '1' } } } },
    ],
  },
  {
    name: 'a resourceVersion precondition that no longer holds',
    steps: [
      { what: 'create', method: 'PATCH', path: P('t-rv'), apply: true, query: applyQ('m1'), body: cm('t-rv', { a: '1' }), expect: { status: 201 } },
      {
        what: 'stale resourceVersion',
        method: 'PATCH',
        path: P('t-rv'),
        apply: true,
        query: applyQ('m1'),
        body: cm('t-rv', { a: '2' }, { resourceVersion: '1' }),
        expect: { status: 409, body: status(409, 'Conflict', 'Operation cannot be fulfilled on configmaps "t-rv": the object has been modified; please apply your changes to the latest version and try again', { name: 't-rv', kind: 'configmaps' }) },
      },
    ],
  },
  {
    name: 'a namespace that does not exist',
    steps: [
      {
        what: 'apply',
        method: 'PATCH',
        path: '/api/v1/namespaces/fsd-no-such-ns/configmaps/t-nons',
        apply: true,
        query: applyQ('m1'),
        body: cm('t-nons', { a: '1' }),
        expect: { status: 404, body: status(404, 'NotFound', 'namespaces "fsd-no-such-ns" not found', { name: 'fsd-no-such-ns', kind: 'namespaces' }) },
      },
    ],
  },
  {
    name: 'the 1 MiB limit counts the values of data and binaryData',
    steps: [
      { what: 'exactly 1 MiB', method: 'PATCH', path: P('t-size'), apply: true, query: applyQ('m1'), body: cm('t-size', { 'a-long-key-name': 'x'.repeat(MiB - 4) }, {}), expect: { status: 201 } },
      {
        what: 'one byte more',
        method: 'PATCH',
        path: P('t-size'),
        apply: true,
        query: applyQ('m1'),
        body: { ...cm('t-size', { 'a-long-key-name': 'x'.repeat(MiB - 4) }), binaryData: { b: Buffer.from('12345').toString('base64') } },
        expect: { status: 422, body: status(422, 'Invalid', 'ConfigMap "t-size" is invalid: []: Too long: may not be more than 1048576 bytes', { name: 't-size', kind: 'ConfigMap', causes: [{ reason: 'FieldValueTooLong', message: 'Too long: may not be more than 1048576 bytes', field: '[]' }] }) },
      },
    ],
  },
  {
    name: 'invalid names, keys and label values',
    steps: [
      {
        what: 'upper-case name',
        method: 'POST',
        path: '/api/v1/namespaces/{ns}/configmaps',
        body: cm('T-Bad', { a: '1' }),
        expect: {
          status: 422,
          body: {
            kind: 'Status',
            code: 422,
            reason: 'Invalid',
            message: `ConfigMap "T-Bad" is invalid: metadata.name: Invalid value: "T-Bad": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')`,
          },
        },
      },
      {
        what: 'bad key',
        method: 'PATCH',
        path: P('t-key'),
        apply: true,
        query: applyQ('m1'),
        body: cm('t-key', { 'a b': '1' }),
        expect: { status: 422, body: { reason: 'Invalid', details: { name: 't-key', kind: 'ConfigMap', causes: [{ reason: 'FieldValueInvalid', field: 'data[a b]' }] } } },
      },
    ],
  },
  {
    name: 'unknown fields: an apply cannot be typed (500, no reason, whatever fieldValidation says); a create is refused by Strict',
    steps: [
      {
        what: 'apply, Strict',
        method: 'PATCH',
        path: P('t-strict'),
        apply: true,
        query: applyQ('m1', false, { fieldValidation: 'Strict' }),
        body: { ...cm('t-strict', { a: '1' }), bogus: 1 },
        expect: { status: 500, absent: ['reason', 'details'], body: { kind: 'Status', status: 'Failure', code: 500, message: 'failed to create typed patch object (/t-strict; /v1, Kind=ConfigMap): .bogus: field not declared in schema' } },
      },
      {
        what: 'apply, Ignore',
        method: 'PATCH',
        path: P('t-strict'),
        apply: true,
        query: applyQ('m1', false, { fieldValidation: 'Ignore' }),
        body: { ...cm('t-strict', { a: '1' }), bogus: 1 },
        expect: { status: 500, absent: ['reason'], body: { code: 500, message: 'failed to create typed patch object (/t-strict; /v1, Kind=ConfigMap): .bogus: field not declared in schema' } },
      },
      { what: 'not created', method: 'GET', path: P('t-strict'), expect: { status: 404 } },
      {
        what: 'create, Strict',
        method: 'POST',
        path: '/api/v1/namespaces/{ns}/configmaps',
        query: { fieldValidation: 'Strict' },
        body: { ...cm('t-strict', { a: '1' }), bogus: 1 },
        expect: { status: 400, body: status(400, 'BadRequest', 'ConfigMap in version "v1" cannot be handled as a ConfigMap: strict decoding error: unknown field "bogus"') },
      },
    ],
  },
  {
    name: 'a field manager name over 128 characters',
    steps: [{ what: 'apply', method: 'PATCH', path: P('t-manager'), apply: true, query: applyQ('m'.repeat(129)), body: cm('t-manager', { a: '1' }), expect: { status: 422, body: { kind: 'Status', code: 422, reason: 'Invalid', message: 'PatchOptions.meta.k8s.io "" is invalid: fieldManager: Too long: may not be more than 128 bytes' } } }],
  },
  {
    name: 'LIST answers a ConfigMapList whose items carry no kind',
    steps: [
      { what: 'create', method: 'PATCH', path: P('t-list'), apply: true, query: applyQ('m1'), body: cm('t-list', { a: '1' }), expect: { status: 201 } },
      { what: 'list', method: 'GET', path: '/api/v1/namespaces/{ns}/configmaps', query: { labelSelector: 'no-such-label' }, expect: { status: 200, body: { kind: 'ConfigMapList', apiVersion: 'v1', items: [] } } },
      { what: 'item fields', method: 'GET', path: '/api/v1/namespaces/{ns}/configmaps', query: { fieldSelector: 'metadata.name=t-list' }, expect: { status: 200, absent: ['items.0.kind', 'items.0.apiVersion'], body: { kind: 'ConfigMapList' } } },
    ],
  },
  {
    name: 'a token the server does not know',
    steps: [{ what: 'get', who: 'bad-token', method: 'GET', path: P('t-missing'), expect: { status: 401, body: status(401, 'Unauthorized', 'Unauthorized') } }],
  },
];

// ---- running the table -------------------------------------------------------------------

interface Target {
  name: 'fake' | 'kube-apiserver';
  namespace: string;
  clients: Record<Who, KubeClient>;
}

let fake: ApiServer;
const targets: Target[] = [];

before(async () => {
  if (skip) return;
  const c = await k8s.ready();
  fake = await startApiServer({ token: 'fake-admin-token', namespaces: ['default', c.namespace] });
  const badFake = fake.writeKubeconfig({ token: 'not-a-known-token', file: join(k8s.dir(), 'fake-bad-kubeconfig') });
  targets.push({ name: 'fake', namespace: c.namespace, clients: { admin: await connect({ kubeconfig: fake.kubeconfigPath }), 'bad-token': await connect({ kubeconfig: badFake }) } });
  targets.push({
    name: 'kube-apiserver',
    namespace: c.namespace,
    clients: { admin: await connect({ kubeconfig: c.admin.kubeconfig, context: c.admin.context }), 'bad-token': await connect({ kubeconfig: c.kubeconfig, context: CONTEXTS.badToken }) },
  });
});

after(async () => {
  for (const t of targets) for (const cl of Object.values(t.clients)) await cl.close();
  await fake?.close();
});

function at(v: unknown, path: string): unknown {
  let cur = v;
  for (const p of path.split('.')) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[p];
  }
  return cur;
}

/** Differences between `expected` (a subset) and `actual`, as `path: expected X, got Y`. */
function subsetDiff(expected: unknown, actual: unknown, path = ''): string[] {
  if (expected !== null && typeof expected === 'object' && !Array.isArray(expected)) {
    if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) return [`${path || '.'}: expected an object, got ${JSON.stringify(actual)}`];
    return Object.entries(expected).flatMap(([k, v]) => subsetDiff(v, (actual as Record<string, unknown>)[k], path ? `${path}.${k}` : k));
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return [`${path}: expected an array, got ${JSON.stringify(actual)}`];
    if (actual.length !== expected.length) return [`${path}: expected ${expected.length} items, got ${actual.length}: ${JSON.stringify(actual).slice(0, 300)}`];
    return expected.flatMap((v, i) => subsetDiff(v, actual[i], `${path}[${i}]`));
  }
  return expected === actual ? [] : [`${path}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`];
}

async function runCase(t: Target, kase: Case): Promise<string[]> {
  const diffs: string[] = [];
  let lastRv: string | undefined;
  for (const step of kase.steps) {
    const client = t.clients[step.who ?? 'admin'];
    const resp = await client.request({
      method: step.method,
      path: step.path.replace('{ns}', t.namespace),
      query: step.query,
      body: step.body === undefined ? undefined : JSON.stringify(step.body),
      contentType: step.apply ? 'application/apply-patch+yaml' : undefined,
      timeoutMs: 30_000,
    });
    let body: Record<string, unknown> = {};
    try {
      body = JSON.parse(resp.body) as Record<string, unknown>;
    } catch {
      diffs.push(`${step.what}: body is not JSON: ${resp.body.slice(0, 200)}`);
    }
    const where = (s: string) => `${t.name}: ${step.what}: ${s}`;
    if (resp.status !== step.expect.status) diffs.push(where(`status: expected ${step.expect.status}, got ${resp.status}: ${resp.body.slice(0, 300)}`));
    if (step.expect.body) diffs.push(...subsetDiff(step.expect.body, body).map(where));
    for (const p of step.expect.absent ?? []) if (at(body, p) !== undefined) diffs.push(where(`${p}: expected absent, got ${JSON.stringify(at(body, p))}`));
    if (step.expect.managedFields) {
      const entries = (at(body, 'metadata.managedFields') as Record<string, unknown>[] | undefined) ?? [];
      const byName = (a: { manager?: unknown; operation?: unknown }, b: { manager?: unknown; operation?: unknown }) => `${a.manager} ${a.operation}`.localeCompare(`${b.manager} ${b.operation}`);
      const got = entries.map((m) => ({ manager: m.manager, operation: m.operation, fieldsV1: m.fieldsV1, ...(m.time === undefined ? { untimed: true } : {}) }));
      const want = [...step.expect.managedFields];
      if (!step.expect.ordered) {
        got.sort(byName);
        want.sort(byName);
      }
      diffs.push(...subsetDiff(want, got, 'managedFields').map(where));
      for (const [i, m] of got.entries()) if (!want[i]?.untimed && m.untimed) diffs.push(where(`managedFields entry of ${String(m.manager)} has no time`));
      for (const m of entries) {
        if (m.apiVersion !== 'v1' || m.fieldsType !== 'FieldsV1' || (m.time !== undefined && typeof m.time !== 'string'))
          diffs.push(where(`managedFields entry of ${String(m.manager)}: apiVersion/fieldsType/time ${JSON.stringify([m.apiVersion, m.fieldsType, m.time])}`));
      }
    }
    const rv = at(body, 'metadata.resourceVersion') as string | undefined;
    if (step.expect.rv === 'same' && rv !== lastRv) diffs.push(where(`resourceVersion: expected unchanged ${lastRv}, got ${rv}`));
    if (step.expect.rv === 'new' && (rv === undefined || rv === lastRv)) diffs.push(where(`resourceVersion: expected a new one after ${lastRv}, got ${rv}`));
    if (rv !== undefined && body.kind === 'ConfigMap' && !(step.query?.dryRun)) lastRv = rv;
  }
  return diffs;
}

for (const kase of TABLE) {
  test(`fake and kube-apiserver answer alike: ${kase.name}`, opts, async () => {
    const diffs: string[] = [];
    for (const t of targets) diffs.push(...(await runCase(t, kase)));
    assert.deepEqual(diffs, []);
  });
}
