// source.configMap read from a cluster: the loopback API server of test/apiserver.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import YAML from 'yaml';
import { startApiServer, type ApiServer } from '../apiserver/server.ts';
import { createClusterReader, type ClusterReader } from '../../src/sources/cluster.ts';

const DEF = 'kind: Helm\nmetadata:\n  name: redis\n  version: 1.0.0\n';
let api: ApiServer;
let dir: string;
let closedPort: number;
const readers: ClusterReader[] = [];

function reader(opts: Parameters<typeof createClusterReader>[0] = {}): ClusterReader {
  const r = createClusterReader({ kubeconfig: api.kubeconfigPath, backoffMs: 10, ...opts });
  readers.push(r);
  return r;
}

const gets = (name: string): number => api.requests.filter((r) => r.verb === 'get' && r.resource === 'configmaps' && r.name === name).length;

before(async () => {
  api = await startApiServer();
  dir = mkdtempSync(join(tmpdir(), 'fsd-sources-'));
  api.seedConfigMap({ metadata: { name: 'redis-def', namespace: 'modules' }, data: { 'module.yaml': DEF, 'other.yaml': 'kind: Custom\n' } });
  api.seedConfigMap({ metadata: { name: 'no-def', namespace: 'modules' }, data: { values: 'a: 1\n', 'b.yaml': 'x' }, binaryData: { 'module.yaml': Buffer.from(DEF).toString('base64') } });
  api.seedConfigMap({ metadata: { name: 'empty', namespace: 'default' } });
  const s = http.createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  closedPort = (s.address() as AddressInfo).port;
  await new Promise<void>((r) => s.close(() => r()));
});

after(async () => {
  for (const r of readers) await r.close();
  await api.close();
  rmSync(dir, { recursive: true, force: true });
});

test('found: the data key is the definition', async () => {
  const r = reader();
  assert.deepEqual(await r.read('redis-def', 'modules', 'module.yaml'), { ok: true, text: DEF });
  assert.deepEqual(await r.read('redis-def', 'modules', 'other.yaml'), { ok: true, text: 'kind: Custom\n' });
  assert.equal(gets('redis-def'), 1, 'one GET per ConfigMap, whatever keys are read');
  const req = api.requests.find((x) => x.name === 'redis-def');
  assert.equal(req?.path, '/api/v1/namespaces/modules/configmaps/redis-def');
});

test('a ConfigMap missing from the cluster is notFound', async () => {
  const r = await reader().read('nope', 'modules', 'module.yaml');
  assert.equal(r.ok, false);
  assert.equal(!r.ok && r.notFound, true);
  assert.equal(!r.ok && r.error, `ConfigMap modules/nope not found in the cluster (context "test", server ${api.url})`);
});

test('a missing key is an error listing the keys', async () => {
  const rd = reader();
  assert.deepEqual(await rd.read('redis-def', 'modules', 'module.yml'), { ok: false, error: 'ConfigMap modules/redis-def has no key module.yml; keys: module.yaml, other.yaml' });
  assert.deepEqual(await rd.read('no-def', 'modules', 'module.yaml'), {
    ok: false,
    error: 'ConfigMap modules/no-def has no key module.yaml (module.yaml is under binaryData; the operator reads data only); keys: b.yaml, values',
  });
  assert.deepEqual(await rd.read('empty', 'default', 'module.yaml'), { ok: false, error: 'ConfigMap default/empty has no key module.yaml; it has no data keys' });
});

test('403 names the verb, the resource and the namespace', async () => {
  const h = api.inject({ verb: 'get', resource: 'configmaps', name: 'redis-def', status: 403 });
  try {
    const r = await reader().read('redis-def', 'modules', 'module.yaml');
    assert.equal(r.ok, false);
    const e = !r.ok ? r.error : '';
    assert.match(e, /^cannot read ConfigMap modules\/redis-def: Forbidden \(403\): kubeconfig user "test-user" \(context "test"\) may not get configmaps in namespace "modules" \(needs verb get on resource configmaps\): /);
    assert.match(e, /configmaps "redis-def" is forbidden: User "system:serviceaccount:default:publisher" cannot get resource "configmaps"/);
    assert.equal(h.hits, 1, 'not retried');
  } finally {
    h.remove();
  }
});

test('401 says the credentials were not accepted', async () => {
  const secured = await startApiServer({ token: 'right' });
  try {
    const r = createClusterReader({ kubeconfig: secured.writeKubeconfig({ token: 'wrong' }) });
    readers.push(r);
    const res = await r.read('x', 'default', 'module.yaml');
    assert.equal(!res.ok && res.error, `cannot read ConfigMap default/x: Unauthorized (401): ${secured.url} did not accept the credentials of kubeconfig user "test-user" (context "test"); log in again or check the token`);
    const good = createClusterReader({ kubeconfig: secured.writeKubeconfig({ token: 'right' }) });
    readers.push(good);
    const nf = await good.read('x', 'default', 'module.yaml');
    assert.equal(!nf.ok && nf.notFound, true);
  } finally {
    await secured.close();
  }
});

test('a 500 is retried and then succeeds', async () => {
  const h = api.inject({ verb: 'get', resource: 'configmaps', name: 'redis-def', status: 500, count: 2 });
  try {
    assert.deepEqual(await reader().read('redis-def', 'modules', 'module.yaml'), { ok: true, text: DEF });
    assert.equal(h.hits, 2);
  } finally {
    h.remove();
  }
});

test('a 500 that persists is a clear failure after the retries', async () => {
  const h = api.inject({ verb: 'get', resource: 'configmaps', name: 'redis-def', status: 500 });
  try {
    const r = await reader().read('redis-def', 'modules', 'module.yaml');
    assert.equal(
      !r.ok && r.error,
      `cannot read ConfigMap modules/redis-def (context "test", server ${api.url}): server error (500 InternalError): Internal error occurred: injected failure (after 3 attempts)`,
    );
    assert.equal(h.hits, 3);
    const once = await reader({ retries: 0 }).read('redis-def', 'modules', 'module.yaml');
    assert.match(!once.ok ? once.error : '', /server error \(500 InternalError\): Internal error occurred: injected failure$/);
  } finally {
    h.remove();
  }
});

test('429 with Retry-After is retried', async () => {
  const h = api.inject({ verb: 'get', resource: 'configmaps', name: 'redis-def', status: 429, retryAfter: 0, count: 1 });
  try {
    assert.deepEqual(await reader().read('redis-def', 'modules', 'module.yaml'), { ok: true, text: DEF });
    assert.equal(h.hits, 1);
  } finally {
    h.remove();
  }
});

test('a server that does not answer in time is a timeout', async () => {
  const h = api.inject({ verb: 'get', resource: 'configmaps', name: 'redis-def', delayMs: 1500 });
  try {
    const t0 = performance.now();
    const r = await reader({ timeoutMs: 200, retries: 1 }).read('redis-def', 'modules', 'module.yaml');
    assert.equal(
      !r.ok && r.error,
      `cannot read ConfigMap modules/redis-def (context "test", server ${api.url}): no response from ${api.url} within 200 ms (after 2 attempts)`,
    );
    assert.ok(performance.now() - t0 < 1400);
  } finally {
    h.remove();
  }
});

test('a dropped connection is retried', async () => {
  const h = api.inject({ verb: 'get', resource: 'configmaps', name: 'redis-def', drop: 'before', count: 1 });
  try {
    assert.deepEqual(await reader().read('redis-def', 'modules', 'module.yaml'), { ok: true, text: DEF });
    assert.equal(h.hits, 1);
  } finally {
    h.remove();
  }
});

test('a refused connection is an error, not retried', async () => {
  const kc = api.writeKubeconfig();
  const cfg = YAML.parse(await (await import('node:fs/promises')).readFile(kc, 'utf8'));
  cfg.clusters[0].cluster.server = `http://127.0.0.1:${closedPort}`;
  const file = join(dir, 'refused');
  writeFileSync(file, YAML.stringify(cfg));
  const t0 = performance.now();
  const r = await reader({ kubeconfig: file, backoffMs: 2000 }).read('redis-def', 'modules', 'module.yaml');
  assert.equal(
    !r.ok && r.error,
    `cannot read ConfigMap modules/redis-def (context "test", server http://127.0.0.1:${closedPort}): connection to http://127.0.0.1:${closedPort} refused; is the cluster reachable and the kubeconfig server address right?`,
  );
  assert.ok(performance.now() - t0 < 1500, 'no back-off');
});

test('kubeconfig context selection: --context picks the cluster, an unknown context is an error', async () => {
  const file = join(dir, 'two-contexts');
  writeFileSync(
    file,
    YAML.stringify({
      apiVersion: 'v1',
      kind: 'Config',
      clusters: [
        { name: 'dead', cluster: { server: `http://127.0.0.1:${closedPort}`, 'insecure-skip-tls-verify': true } },
        { name: 'live', cluster: { server: api.url, 'insecure-skip-tls-verify': true } },
      ],
      users: [{ name: 'u', user: {} }],
      contexts: [
        { name: 'prod', context: { cluster: 'dead', user: 'u' } },
        { name: 'kind-test', context: { cluster: 'live', user: 'u' } },
      ],
      'current-context': 'prod',
    }),
  );
  const dflt = await reader({ kubeconfig: file }).read('redis-def', 'modules', 'module.yaml');
  assert.match(!dflt.ok ? dflt.error : '', /\(context "prod", server http:\/\/127\.0\.0\.1:\d+\): connection to .* refused/);
  assert.deepEqual(await reader({ kubeconfig: file, context: 'kind-test' }).read('redis-def', 'modules', 'module.yaml'), { ok: true, text: DEF });
  const bad = await reader({ kubeconfig: file, context: 'staging' }).read('redis-def', 'modules', 'module.yaml');
  assert.equal(!bad.ok && bad.error, 'cannot read ConfigMap modules/redis-def from the cluster: context "staging" not found in kubeconfig (contexts: prod, kind-test)');
});

test('KUBECONFIG is used when --kubeconfig is not given', async () => {
  const saved = process.env.KUBECONFIG;
  process.env.KUBECONFIG = api.writeKubeconfig({ context: 'from-env' });
  try {
    const r = createClusterReader({ backoffMs: 10 });
    readers.push(r);
    assert.deepEqual(await r.read('redis-def', 'modules', 'module.yaml'), { ok: true, text: DEF });
    const nf = await r.read('nope', 'modules', 'module.yaml');
    assert.match(!nf.ok ? nf.error : '', /\(context "from-env",/);
  } finally {
    if (saved === undefined) delete process.env.KUBECONFIG;
    else process.env.KUBECONFIG = saved;
  }
});

test('an unreadable kubeconfig is an error for every read', async () => {
  const r = await reader({ kubeconfig: join(dir, 'does-not-exist') }).read('redis-def', 'modules', 'module.yaml');
  assert.match(!r.ok ? r.error : '', /^cannot read ConfigMap modules\/redis-def from the cluster: cannot read kubeconfig .*does-not-exist: /);
});
