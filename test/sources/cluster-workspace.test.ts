// spec.workspace checked against a cluster: the loopback API server serving the Workspace CRD,
// and one that does not serve it (operator not installed).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApiServer, WORKSPACE_RESOURCE, type ApiServer } from '../apiserver/server.ts';
import { createClusterReader, type ClusterReader } from '../../src/sources/cluster.ts';

let api: ApiServer;
let bare: ApiServer;
const readers: ClusterReader[] = [];

function reader(server: ApiServer, opts: Parameters<typeof createClusterReader>[0] = {}): ClusterReader {
  const r = createClusterReader({ kubeconfig: server.kubeconfigPath, backoffMs: 10, ...opts });
  readers.push(r);
  return r;
}

before(async () => {
  api = await startApiServer({ customResources: [WORKSPACE_RESOURCE, { ...WORKSPACE_RESOURCE, group: 'batch.environment.sh' }] });
  api.seedCustomObject({ apiVersion: 'batch.forkspacer.com/v1', kind: 'Workspace', metadata: { name: 'dev', namespace: 'team-a' }, spec: { type: 'kubernetes' } });
  api.seedCustomObject({ apiVersion: 'batch.environment.sh/v1', kind: 'Workspace', metadata: { name: 'old', namespace: 'default' }, spec: {} });
  bare = await startApiServer();
});

after(async () => {
  for (const r of readers) await r.close();
  await api.close();
  await bare.close();
});

const gets = (server: ApiServer) => server.requests.filter((r) => r.verb === 'get' && r.resource === 'workspaces');

test('an existing Workspace is found at its API group, namespace and name', async () => {
  const r = reader(api);
  assert.deepEqual(await r.workspace('dev', 'team-a', 'batch.forkspacer.com'), { ok: true });
  assert.deepEqual(await r.workspace('old', 'default', 'batch.environment.sh'), { ok: true });
  assert.deepEqual(
    gets(api).map((g) => g.path),
    ['/apis/batch.forkspacer.com/v1/namespaces/team-a/workspaces/dev', '/apis/batch.environment.sh/v1/namespaces/default/workspaces/old'],
  );
  // Asked again: answered from the run's cache.
  assert.deepEqual(await r.workspace('dev', 'team-a', 'batch.forkspacer.com'), { ok: true });
  assert.equal(gets(api).length, 2);
});

test('a Workspace in another namespace or group does not count', async () => {
  const r = reader(api);
  const other = await r.workspace('dev', 'default', 'batch.forkspacer.com');
  assert.deepEqual(other, { ok: false, notFound: true, error: `Workspace default/dev (batch.forkspacer.com/v1) not found in the cluster (context "test", server ${api.url})` });
  const group = await r.workspace('dev', 'team-a', 'batch.environment.sh');
  assert.equal(!group.ok && group.notFound, true);
});

test('a cluster without the Workspace CRD says so instead of "not found"', async () => {
  const r = await reader(bare).workspace('dev', 'team-a', 'batch.forkspacer.com');
  assert.equal(r.ok, false);
  assert.equal(!r.ok && r.notFound, undefined);
  assert.equal(
    !r.ok && r.error,
    `the cluster does not serve workspaces.batch.forkspacer.com/v1 (context "test", server ${bare.url}); is the Forkspacer operator (its CRDs) installed there?`,
  );
});

test('403 names the resource with its group', async () => {
  const h = api.inject({ verb: 'get', resource: 'workspaces', status: 403 });
  try {
    const r = await reader(api).workspace('dev', 'team-a', 'batch.forkspacer.com');
    assert.match(!r.ok ? r.error : '', /^cannot read Workspace team-a\/dev \(batch\.forkspacer\.com\/v1\): Forbidden \(403\): kubeconfig user "test-user" \(context "test"\) may not get workspaces\.batch\.forkspacer\.com in namespace "team-a"/);
    assert.equal(h.hits, 1, 'not retried');
  } finally {
    h.remove();
  }
});

test('a 503 is retried, then answered', async () => {
  const h = api.inject({ verb: 'get', resource: 'workspaces', status: 503, count: 1 });
  try {
    assert.deepEqual(await reader(api).workspace('dev', 'team-a', 'batch.forkspacer.com'), { ok: true });
    assert.equal(h.hits, 1);
  } finally {
    h.remove();
  }
});

test('list and discovery of the custom resource answer like a real server', async () => {
  const res = await fetch(`${api.url}/apis/batch.forkspacer.com/v1/namespaces/team-a/workspaces`);
  const list = (await res.json()) as { kind: string; apiVersion: string; items: { metadata: { name: string } }[] };
  assert.equal(list.kind, 'WorkspaceList');
  assert.equal(list.apiVersion, 'batch.forkspacer.com/v1');
  assert.deepEqual(list.items.map((i) => i.metadata.name), ['dev']);
  const groups = (await (await fetch(`${api.url}/apis`)).json()) as { groups: { name: string }[] };
  assert.deepEqual(groups.groups.map((g) => g.name).sort(), ['batch.environment.sh', 'batch.forkspacer.com']);
  const write = await fetch(`${api.url}/apis/batch.forkspacer.com/v1/namespaces/team-a/workspaces`, { method: 'POST', body: '{}' });
  assert.equal(write.status, 405);
});
