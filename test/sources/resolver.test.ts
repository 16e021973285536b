// createResolver: the DefinitionResolver of the Module lint, over a loopback HTTP server and
// the loopback API server, through resolveSources as the lint runner calls it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { startApiServer, type ApiServer } from '../apiserver/server.ts';
import { createResolver, type ClosableResolver } from '../../src/sources/resolver.ts';
import { resolveSources, configMapKey, type SourceRef } from '../../src/context/module-sources.ts';

const DEF = 'kind: Helm\nmetadata:\n  name: redis\n  version: 1.0.0\n';
let api: ApiServer;
let server: http.Server;
let base: string;
let hits = 0;
const resolvers: ClosableResolver[] = [];

function resolver(opts: Parameters<typeof createResolver>[0] = {}): ClosableResolver {
  const r = createResolver(opts);
  resolvers.push(r);
  return r;
}

before(async () => {
  api = await startApiServer();
  api.seedConfigMap({ metadata: { name: 'redis-def', namespace: 'modules' }, data: { 'module.yaml': DEF } });
  server = http.createServer((req, res) => {
    hits++;
    if (req.url === '/def.yaml') {
      res.writeHead(200);
      res.end(DEF);
    } else if (req.url === '/slow') {
      setTimeout(() => res.end(DEF), 1000);
    } else if (req.url === '/big') {
      res.end(Buffer.alloc(300, 'x'));
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(async () => {
  for (const r of resolvers) await r.close();
  server.closeAllConnections();
  await new Promise<void>((r) => server.close(() => r()));
  await api.close();
});

test('without a cluster, resolveConfigMap returns undefined (the lint warns it could not resolve)', () => {
  assert.equal(resolver().resolveConfigMap('redis-def', 'modules', 'module.yaml'), undefined);
});

test('with a cluster, ConfigMaps are read from it', async () => {
  const r = resolver({ cluster: { kubeconfig: api.kubeconfigPath } });
  assert.deepEqual(await r.resolveConfigMap('redis-def', 'modules', 'module.yaml'), { ok: true, text: DEF });
  const nf = await r.resolveConfigMap('gone', 'modules', 'module.yaml');
  assert.equal(nf?.ok === false && nf.notFound, true);
});

test('resolveHttp fetches, and --offline does not', async () => {
  assert.deepEqual(await resolver().resolveHttp(`${base}/def.yaml`), { ok: true, text: DEF, url: `${base}/def.yaml` });
  const before = hits;
  assert.deepEqual(await resolver({ offline: true }).resolveHttp(`${base}/def.yaml`), { ok: false, offline: true, error: 'not fetched (--offline)' });
  assert.equal(hits, before);
});

test('--offline does not stop an explicit --cluster read', async () => {
  const r = resolver({ offline: true, cluster: { kubeconfig: api.kubeconfigPath } });
  assert.deepEqual(await r.resolveConfigMap('redis-def', 'modules', 'module.yaml'), { ok: true, text: DEF });
});

test('timeoutMs and maxBytes reach the fetcher', async () => {
  const r = resolver({ timeoutMs: 200, maxBytes: 100 });
  assert.deepEqual(await r.resolveHttp(`${base}/slow`), { ok: false, error: `${base}/slow: timeout after 0.2s` });
  assert.deepEqual(await r.resolveHttp(`${base}/big`), { ok: false, error: `${base}/big: body over 100 bytes (Content-Length 300)` });
});

test('timeoutMs reaches the cluster reader', async () => {
  const h = api.inject({ verb: 'get', resource: 'configmaps', name: 'redis-def', delayMs: 3000 });
  try {
    const r = resolver({ timeoutMs: 150, cluster: { kubeconfig: api.kubeconfigPath } });
    const res = await r.resolveConfigMap('redis-def', 'modules', 'module.yaml');
    assert.match(res?.ok === false ? res.error : '', /no response from .* within 150 ms \(after 3 attempts\)$/);
  } finally {
    h.remove();
  }
});

test('resolveSources (the lint runner) resolves each reference once', async () => {
  const r = resolver({ cluster: { kubeconfig: api.kubeconfigPath } });
  const before = hits;
  const cmGets = api.requests.length;
  const refs: SourceRef[] = [
    { kind: 'http', url: `${base}/def.yaml` },
    { kind: 'http', url: `${base}/def.yaml` },
    { kind: 'http', url: `${base}/missing.yaml` },
    { kind: 'configMap', name: 'redis-def', namespace: 'modules', key: 'module.yaml' },
    { kind: 'configMap', name: 'redis-def', namespace: 'modules', key: 'values' },
    { kind: 'configMap', name: 'absent', namespace: 'modules', key: 'module.yaml' },
  ];
  const out = await resolveSources(refs, r);
  assert.equal(hits - before, 2);
  assert.deepEqual(out.http?.get(`${base}/def.yaml`), { ok: true, text: DEF, url: `${base}/def.yaml` });
  assert.deepEqual(out.http?.get(`${base}/missing.yaml`), { ok: false, error: `${base}/missing.yaml: status 404 Not Found (only 200 is accepted)` });
  assert.deepEqual(out.configMaps?.get(configMapKey('modules', 'redis-def', 'module.yaml')), { ok: true, text: DEF });
  assert.deepEqual(out.configMaps?.get(configMapKey('modules', 'redis-def', 'values')), { ok: false, error: 'ConfigMap modules/redis-def has no key values; keys: module.yaml' });
  assert.equal(out.configMaps?.get(configMapKey('modules', 'absent', 'module.yaml'))?.ok, false);
  assert.equal(api.requests.length - cmGets, 2, 'one GET per ConfigMap');
  // Without a cluster, configMap refs are left out (unresolved).
  const none = await resolveSources(refs, resolver());
  assert.equal(none.configMaps?.size, 0);
});

test('undici is loaded only on the first fetch, and client-node not at all without --cluster', () => {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'fixtures', 'lazy-load.ts')], { encoding: 'utf8', timeout: 60_000 });
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(JSON.parse(r.stdout), { offline: [], http: ['undici'] });
});
