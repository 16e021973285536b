// The test API server driven by the real kubectl: it must behave as a cluster does for
// server-side apply, get -o yaml, diff, field-manager conflicts and delete, and for reading
// the custom resources it serves (Workspaces, for lint --cluster).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, delimiter } from 'node:path';
import { existsSync } from 'node:fs';
import YAML from 'yaml';
import { startApiServer, WORKSPACE_RESOURCE, type ApiServer } from './server.ts';

function findKubectl(): string {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const p = join(dir, 'kubectl');
    if (dir && existsSync(p)) return p;
  }
  throw new Error('kubectl not found on PATH: these tests drive the test API server with the real kubectl (Debian: apt-get install kubernetes-client)');
}

let api: ApiServer;
let kubectl: string;
let dir: string;

before(async () => {
  kubectl = findKubectl();
  api = await startApiServer({ customResources: [WORKSPACE_RESOURCE] });
  dir = mkdtempSync(join(tmpdir(), 'fsd-kubectl-'));
});
after(async () => {
  await api?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Runs kubectl asynchronously (the API server lives in this process). */
function k(args: string[], input?: string): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(kubectl, args, { env: { ...process.env, KUBECONFIG: api.kubeconfigPath } });
    let out = '';
    let err = '';
    child.stdout.on('data', (c) => (out += c));
    child.stderr.on('data', (c) => (err += c));
    const timer = setTimeout(() => child.kill(), 30_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? -1, out, err });
    });
    child.stdin.end(input ?? '');
  });
}

function file(name: string, text: string): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}

const cm = (label: string, content: string) => `apiVersion: v1
kind: ConfigMap
metadata:
  name: demo
  namespace: default
  labels:
    app: ${label}
data:
  module.yaml: |
${content
  .split('\n')
  .map((l) => '    ' + l)
  .join('\n')}
`;

test('kubectl apply --server-side creates, re-applies and updates', async () => {
  const f1 = file('cm1.yaml', cm('one', 'kind: Helm\n# a comment\nmetadata:\n  name: demo'));
  let r = await k(['apply', '--server-side', '-f', f1]);
  assert.equal(r.code, 0, r.err);
  assert.equal(r.out.trim(), 'configmap/demo serverside-applied');
  const rv1 = (api.getConfigMap('default', 'demo')!.metadata as { resourceVersion: string }).resourceVersion;
  r = await k(['apply', '--server-side', '-f', f1]);
  assert.equal(r.code, 0, r.err);
  assert.equal(r.out.trim(), 'configmap/demo serverside-applied');
  // An unchanged apply does not write.
  assert.equal((api.getConfigMap('default', 'demo')!.metadata as { resourceVersion: string }).resourceVersion, rv1);
  const apply = api.requests.filter((x) => x.verb === 'apply').at(-1)!;
  assert.equal(apply.query.fieldManager, 'kubectl');
  assert.equal(apply.query.fieldValidation, 'Strict', 'kubectl found fieldValidation in the OpenAPI v3 document');
});

test('kubectl get configmap -o yaml shows the object as stored', async () => {
  const r = await k(['get', 'configmap', 'demo', '-o', 'yaml', '--show-managed-fields']);
  assert.equal(r.code, 0, r.err);
  const o = YAML.parse(r.out);
  assert.equal(o.kind, 'ConfigMap');
  assert.equal(o.data['module.yaml'], 'kind: Helm\n# a comment\nmetadata:\n  name: demo\n');
  assert.match(o.metadata.uid, /^[0-9a-f-]{36}$/);
  assert.match(o.metadata.creationTimestamp, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  assert.deepEqual(o.metadata.managedFields.map((e: { manager: string; operation: string }) => [e.manager, e.operation]), [['kubectl', 'Apply']]);
  assert.deepEqual(o.metadata.managedFields[0].fieldsV1, { 'f:data': { 'f:module.yaml': {} }, 'f:metadata': { 'f:labels': { 'f:app': {} } } });
  const table = await k(['get', 'configmaps']);
  assert.equal(table.code, 0, table.err);
  assert.match(table.out, /^NAME\s+DATA\s+AGE\ndemo\s+1\s+\d+s\n$/);
  const missing = await k(['get', 'configmap', 'nope']);
  assert.equal(missing.code, 1);
  assert.match(missing.err, /Error from server \(NotFound\): configmaps "nope" not found/);
});

test('kubectl diff exits 0 without changes and 1 with a unified diff', async () => {
  const same = file('same.yaml', cm('one', 'kind: Helm\n# a comment\nmetadata:\n  name: demo'));
  let r = await k(['diff', '--server-side', '-f', same]);
  assert.equal(r.code, 0, r.err + r.out);
  assert.equal(r.out, '');
  const changed = file('changed.yaml', cm('two', 'kind: Helm\n# another comment\nmetadata:\n  name: demo'));
  r = await k(['diff', '--server-side', '-f', changed]);
  assert.equal(r.code, 1, r.err);
  assert.match(r.out, /^-    app: one$/m);
  assert.match(r.out, /^\+    app: two$/m);
  assert.match(r.out, /^-    # a comment$/m);
  assert.match(r.out, /^\+    # another comment$/m);
  // Client-side diff too (uses the OpenAPI document and a dry-run patch).
  r = await k(['diff', '-f', changed]);
  assert.equal(r.code, 1, r.err);
  assert.ok(api.requests.some((x) => x.query.dryRun === 'All'));
  assert.match((api.getConfigMap("default", "demo")!.data as Record<string, string>)["module.yaml"], /# a comment/, "diff wrote nothing");
});

test('two field managers conflict; --force-conflicts takes the fields over', async () => {
  const other = file('other.yaml', cm('three', 'kind: Helm\n# a comment\nmetadata:\n  name: demo'));
  let r = await k(['apply', '--server-side', '--field-manager=other', '-f', other]);
  assert.equal(r.code, 1);
  assert.match(r.err, /Apply failed with 1 conflict: conflict with "kubectl": \.metadata\.labels\.app/);
  assert.match(r.err, /--force-conflicts/);
  const status = api.requests.filter((x) => x.verb === 'apply').at(-1)!;
  assert.equal(status.status, 409);
  r = await k(['apply', '--server-side', '--field-manager=other', '--force-conflicts', '-f', other]);
  assert.equal(r.code, 0, r.err);
  const live = api.getConfigMap('default', 'demo')!;
  assert.equal((live.metadata as { labels: Record<string, string> }).labels.app, 'three');
  const mf = (live.metadata as { managedFields: { manager: string; fieldsV1: object }[] }).managedFields;
  // kubectl keeps co-ownership of module.yaml (same value); the label moved to "other".
  assert.deepEqual(mf.find((e) => e.manager === 'kubectl')!.fieldsV1, { 'f:data': { 'f:module.yaml': {} } });
  assert.deepEqual(mf.find((e) => e.manager === 'other')!.fieldsV1, { 'f:data': { 'f:module.yaml': {} }, 'f:metadata': { 'f:labels': { 'f:app': {} } } });
});

test('client-side kubectl apply prints created / unchanged / configured', async () => {
  const f = file('csa.yaml', cm('x', 'a: 1').replace('name: demo', 'name: csa'));
  assert.equal((await k(['apply', '-f', f])).out.trim(), 'configmap/csa created');
  assert.equal((await k(['apply', '-f', f])).out.trim(), 'configmap/csa unchanged');
  const f2 = file('csa2.yaml', cm('x', 'a: 2').replace('name: demo', 'name: csa'));
  assert.equal((await k(['apply', '-f', f2])).out.trim(), 'configmap/csa configured');
  // The Update manager now conflicts with a server-side apply of a different value.
  const r = await k(['apply', '--server-side', '-f', f]);
  assert.equal(r.code, 1);
  assert.match(r.err, /conflicts? with "kubectl-client-side-apply" using v1/);
});

test('apply into a missing namespace is a NotFound for the namespace', async () => {
  const r = await k(['apply', '--server-side', '-f', '-'], cm('x', 'a: 1').replace('namespace: default', 'namespace: nope'));
  assert.equal(r.code, 1);
  assert.match(r.err, /namespaces "nope" not found/);
});

test('kubectl delete removes the ConfigMap', async () => {
  let r = await k(['delete', 'configmap', 'demo']);
  assert.equal(r.code, 0, r.err);
  assert.equal(r.out.trim(), 'configmap "demo" deleted');
  assert.equal(api.getConfigMap('default', 'demo'), undefined);
  r = await k(['delete', 'configmap', 'demo']);
  assert.equal(r.code, 1);
  assert.match(r.err, /configmaps "demo" not found/);
});

test('kubectl reads the Workspaces the server serves, and gets NotFound for one it lacks', async () => {
  api.seedCustomObject({ apiVersion: 'batch.forkspacer.com/v1', kind: 'Workspace', metadata: { name: 'dev', namespace: 'team-a' }, spec: { type: 'kubernetes' } });
  const got = await k(['get', 'workspaces.batch.forkspacer.com', '-n', 'team-a', '-o', 'yaml']);
  assert.equal(got.code, 0, got.err);
  const list = YAML.parse(got.out) as { items: { kind: string; metadata: { name: string }; spec: unknown }[] };
  assert.deepEqual(list.items.map((i) => [i.kind, i.metadata.name, i.spec]), [['Workspace', 'dev', { type: 'kubernetes' }]]);
  const one = await k(['get', 'workspace', 'dev', '-n', 'team-a', '-o', 'name']);
  assert.equal(one.out.trim(), 'workspace.batch.forkspacer.com/dev', one.err);
  const missing = await k(['get', 'workspace', 'prod', '-n', 'team-a', '-o', 'name']);
  assert.equal(missing.code, 1);
  assert.match(missing.err, /Error from server \(NotFound\): workspaces\.batch\.forkspacer\.com "prod" not found/);
});
