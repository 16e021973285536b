// `publish` against a real kube-apiserver (test/k8s/cluster.ts): every promise of the README's
// publish section, with the built CLI, real files and a real kubeconfig. The published objects
// are read back from the server by the admin. Skipped, with a note, when the binaries are not
// built and FORKSPACER_E2E_KUBECONFIG is not set.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { CONTEXTS, FIELD_MANAGER } from './cluster.ts';
import { cli, customDef, getConfigMap, helmDef, skip, useCluster, writeFiles } from './support.ts';

const k8s = useCluster();
const opts = { skip, timeout: 180_000 };

/** publish as the namespaced editor (the generated kubeconfig's current context). */
async function publish(dir: string, ...args: string[]) {
  const c = k8s.get();
  return cli(['publish', '.', '-n', c.namespace, '--kubeconfig', c.kubeconfig, '--no-module-snippet', ...args], dir);
}

const cmPath = (ns: string, name: string) => `/api/v1/namespaces/${ns}/configmaps/${name}`;

test('created, unchanged, configured: each line is what the server did (its resourceVersion says so)', opts, async () => {
  const c = k8s.get();
  const text = helmDef('pub-basic');
  const dir = writeFiles(k8s.dir(), { 'def.yaml': text });
  let r = await publish(dir);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^configmap\/pub-basic created\npublished 1 ConfigMap to namespace "fsd-e2e[^"]*" \(fsd-editor at https:\/\/[^)]+\): 1 created, 0 configured, 0 unchanged in /);
  const first = await getConfigMap(c, c.namespace, 'pub-basic');
  assert.ok(first, 'the ConfigMap exists');
  assert.equal(first.data?.['module.yaml'], text, 'the definition byte for byte, comments kept');
  assert.deepEqual(first.metadata.labels, {
    'app.kubernetes.io/managed-by': 'forkspacer-def',
    'forkspacer.com/definition-name': 'pub-basic',
    'forkspacer.com/definition-version': '1.2.0',
    'forkspacer.com/definition-kind': 'Helm',
  });
  assert.equal(first.metadata.annotations?.['forkspacer.com/content-sha256'], createHash('sha256').update(text).digest('hex'));
  assert.deepEqual(first.metadata.managedFields?.map((m) => `${m.manager} ${m.operation}`), ['forkspacer-def Apply']);

  r = await publish(dir);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^configmap\/pub-basic unchanged\n.*0 created, 0 configured, 1 unchanged/);
  assert.equal((await getConfigMap(c, c.namespace, 'pub-basic'))?.metadata.resourceVersion, first.metadata.resourceVersion, 'unchanged wrote nothing');

  writeFileSync(join(dir, 'def.yaml'), text.replace('version: 1.2.0', 'version: 1.2.1'));
  r = await publish(dir);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^configmap\/pub-basic configured\n.*0 created, 1 configured, 0 unchanged/);
  const third = await getConfigMap(c, c.namespace, 'pub-basic');
  assert.notEqual(third?.metadata.resourceVersion, first.metadata.resourceVersion);
  assert.equal(third?.metadata.labels?.['forkspacer.com/definition-version'], '1.2.1');
});

test('ten definitions (one LIST instead of a GET each): created, then unchanged, then one configured', opts, async () => {
  const c = k8s.get();
  const files: Record<string, string> = {};
  for (let i = 0; i < 10; i++) files[`d${i}.yaml`] = helmDef(`pub-many-${i}`);
  const dir = writeFiles(k8s.dir(), files);
  let r = await publish(dir);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /10 created, 0 configured, 0 unchanged/);
  const rvs = await Promise.all(Array.from({ length: 10 }, async (_, i) => (await getConfigMap(c, c.namespace, `pub-many-${i}`))?.metadata.resourceVersion));
  r = await publish(dir);
  assert.match(r.stdout, /0 created, 0 configured, 10 unchanged/);
  writeFileSync(join(dir, 'd3.yaml'), helmDef('pub-many-3', '# changed\n'));
  r = await publish(dir);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /configmap\/pub-many-3 configured/);
  assert.match(r.stdout, /0 created, 1 configured, 9 unchanged/);
  const after = await Promise.all(Array.from({ length: 10 }, async (_, i) => (await getConfigMap(c, c.namespace, `pub-many-${i}`))?.metadata.resourceVersion));
  assert.deepEqual(after.map((rv, i) => rv === rvs[i]), [true, true, true, false, true, true, true, true, true, true]);
});

test('--dry-run=server sends dryRun=All: the server answers created/configured and stores nothing', opts, async () => {
  const c = k8s.get();
  const dir = writeFiles(k8s.dir(), { 'def.yaml': helmDef('pub-dry') });
  let r = await publish(dir, '--dry-run=server');
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^configmap\/pub-dry created \(server dry run\)\nserver dry run: 1 ConfigMap .*1 created/);
  assert.equal(await getConfigMap(c, c.namespace, 'pub-dry'), undefined, 'nothing was created');
  r = await publish(dir);
  const rv = (await getConfigMap(c, c.namespace, 'pub-dry'))?.metadata.resourceVersion;
  writeFileSync(join(dir, 'def.yaml'), helmDef('pub-dry', '# v2\n'));
  r = await publish(dir, '--dry-run=server');
  assert.match(r.stdout, /^configmap\/pub-dry configured \(server dry run\)/);
  r = await publish(dir, '--dry-run=server');
  const live = await getConfigMap(c, c.namespace, 'pub-dry');
  assert.equal(live?.metadata.resourceVersion, rv, 'the dry run changed nothing');
  assert.equal(live?.data?.['module.yaml'], helmDef('pub-dry'));
});

test('--diff prints the change the server would make and exits 1; nothing to change exits 0; nothing is written', opts, async () => {
  const c = k8s.get();
  const dir = writeFiles(k8s.dir(), { 'def.yaml': helmDef('pub-diff') });
  let r = await publish(dir, '--diff');
  assert.equal(r.status, 1, r.stderr);
  assert.match(r.stdout, /^diff -u -N LIVE\/v1\.ConfigMap\.fsd-e2e[^.]*\.pub-diff MERGED\/v1\.ConfigMap\.fsd-e2e[^.]*\.pub-diff\n/);
  assert.match(r.stdout, /^\+\s+name: pub-diff$/m);
  assert.equal(await getConfigMap(c, c.namespace, 'pub-diff'), undefined);
  await publish(dir);
  const rv = (await getConfigMap(c, c.namespace, 'pub-diff'))?.metadata.resourceVersion;
  r = await publish(dir, '--diff');
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /diff: 0 of 1 ConfigMap .* would change/);
  writeFileSync(join(dir, 'def.yaml'), helmDef('pub-diff').replace('version: 1.2.0', 'version: 1.3.0'));
  r = await publish(dir, '--diff');
  assert.equal(r.status, 1);
  assert.match(r.stdout, /^-\s+forkspacer\.com\/definition-version: 1\.2\.0$/m);
  assert.match(r.stdout, /^\+\s+forkspacer\.com\/definition-version: 1\.3\.0$/m);
  assert.match(r.stdout, /^-\s+version: 1\.2\.0$/m);
  assert.equal((await getConfigMap(c, c.namespace, 'pub-diff'))?.metadata.resourceVersion, rv, '--diff wrote nothing');
});

test('a field owned by another field manager: 409 conflict naming field and manager; --force-conflicts takes it', opts, async () => {
  const c = k8s.get();
  const dir = writeFiles(k8s.dir(), { 'def.yaml': helmDef('pub-conflict') });
  assert.equal((await publish(dir)).status, 0);
  // Another tool applies its own text into the same key.
  await c.request('PATCH', cmPath(c.namespace, 'pub-conflict'), {
    body: { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'pub-conflict' }, data: { 'module.yaml': 'kind: Helm # someone else\n' } },
    contentType: 'application/apply-patch+yaml',
    query: { fieldManager: 'other-tool', force: 'true' },
  });
  writeFileSync(join(dir, 'def.yaml'), helmDef('pub-conflict', '# mine\n'));
  let r = await publish(dir);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /^error: configmap\/pub-conflict \(def\.yaml:1\): field manager conflict \(409\): a field is managed by another field manager:\n {2}\.data\.module\.yaml is owned by "other-tool"\nuse --force-conflicts to take it over$/m);
  assert.equal((await getConfigMap(c, c.namespace, 'pub-conflict'))?.data?.['module.yaml'], 'kind: Helm # someone else\n');
  r = await publish(dir, '--force-conflicts');
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^configmap\/pub-conflict configured/);
  const live = await getConfigMap(c, c.namespace, 'pub-conflict');
  assert.equal(live?.data?.['module.yaml'], helmDef('pub-conflict', '# mine\n'));
  const owners = (live?.metadata.managedFields ?? []).filter((m) => JSON.stringify(m.fieldsV1 ?? {}).includes('"f:module.yaml"')).map((m) => m.manager);
  assert.deepEqual(owners, ['forkspacer-def'], 'the key now belongs to forkspacer-def alone');
});

test('a ConfigMap forkspacer-def does not manage is refused without --force; --force adopts it', opts, async () => {
  const c = k8s.get();
  // Created by someone else (kubectl create, an Update), other keys only.
  const created = await c.request('POST', `/api/v1/namespaces/${c.namespace}/configmaps`, {
    body: { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'pub-unmanaged' }, data: { note: 'hand-made' } },
    query: { fieldManager: 'kubectl-create' },
  });
  assert.equal(created.status, 201, created.text);
  const dir = writeFiles(k8s.dir(), { 'def.yaml': helmDef('pub-unmanaged') });
  let r = await publish(dir);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /^error: configmap\/pub-unmanaged \(def\.yaml:1\): configmap\/pub-unmanaged already exists in namespace "fsd-e2e[^"]*" and is not managed by forkspacer-def \(field managers: kubectl-create \(Update\)\); use --force to take it over$/m);
  assert.equal((await getConfigMap(c, c.namespace, 'pub-unmanaged'))?.metadata.resourceVersion, created.body.metadata && (created.body.metadata as { resourceVersion: string }).resourceVersion);
  r = await publish(dir, '--force');
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^configmap\/pub-unmanaged configured/);
  const live = await getConfigMap(c, c.namespace, 'pub-unmanaged');
  assert.equal(live?.data?.note, 'hand-made', "the other manager's key stays");
  assert.equal(live?.data?.['module.yaml'], helmDef('pub-unmanaged'));
});

test('adopting a ConfigMap whose key another manager wrote: --force alone meets the conflict, with --force-conflicts it is taken', opts, async () => {
  const c = k8s.get();
  const created = await c.request('POST', `/api/v1/namespaces/${c.namespace}/configmaps`, {
    body: { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'pub-adopt' }, data: { 'module.yaml': 'kind: Helm\n' } },
    query: { fieldManager: 'kubectl-create' },
  });
  assert.equal(created.status, 201, created.text);
  const dir = writeFiles(k8s.dir(), { 'def.yaml': helmDef('pub-adopt') });
  let r = await publish(dir, '--force');
  assert.equal(r.status, 1);
  assert.match(r.stderr, /\.data\.module\.yaml is owned by "kubectl-create" using v1\nuse --force-conflicts to take it over \(--force adopts the ConfigMap; fields owned by other managers also need --force-conflicts\)$/m);
  r = await publish(dir, '--force', '--force-conflicts');
  assert.equal(r.status, 0, r.stderr);
  assert.equal((await getConfigMap(c, c.namespace, 'pub-adopt'))?.data?.['module.yaml'], helmDef('pub-adopt'));
});

test('the 1 MiB limit: exactly 1048576 bytes are stored by the server; one byte more is refused before sending, as the server would refuse it', opts, async () => {
  const c = k8s.get();
  const base = helmDef('pub-size');
  const exact = base + '#' + 'x'.repeat(1024 * 1024 - Buffer.byteLength(base) - 2) + '\n';
  assert.equal(Buffer.byteLength(exact), 1024 * 1024);
  const dir = writeFiles(k8s.dir(), { 'def.yaml': exact });
  let r = await publish(dir);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^configmap\/pub-size created/);
  assert.equal(Buffer.byteLength((await getConfigMap(c, c.namespace, 'pub-size'))?.data?.['module.yaml'] ?? ''), 1024 * 1024);

  const over = base + '#' + 'x'.repeat(1024 * 1024 - Buffer.byteLength(base) - 1) + '\n';
  writeFileSync(join(dir, 'def.yaml'), over);
  r = await publish(dir);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /^error: configmap\/pub-size \(def\.yaml:1\) would hold 1048577 bytes; a ConfigMap holds at most 1 MiB \(1048576 bytes\)$/m);
  assert.match(r.stdout, /nothing published: 1 problem found before contacting the cluster/);
  assert.equal((await getConfigMap(c, c.namespace, 'pub-size'))?.data?.['module.yaml'], exact, 'the stored one is untouched');
  // The server itself draws the line at the same byte.
  const direct = await c.request('PATCH', cmPath(c.namespace, 'pub-size-direct'), {
    body: { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'pub-size-direct' }, data: { 'module.yaml': over } },
    contentType: 'application/apply-patch+yaml',
    query: { fieldManager: FIELD_MANAGER },
  });
  assert.equal(direct.status, 422, direct.text.slice(0, 300));
  assert.match(String(direct.body.message), /Too long: may not be more than 1048576 bytes|must have at most 1048576 bytes/);
});

test('401 from real token authentication names the user, context, verb, resource and namespace; nothing else is tried', opts, async () => {
  const c = k8s.get();
  const dir = writeFiles(k8s.dir(), { 'a.yaml': helmDef('pub-401-a'), 'b.yaml': helmDef('pub-401-b') });
  const r = await publish(dir, '--context', CONTEXTS.badToken);
  assert.equal(r.status, 1);
  assert.match(
    r.stderr,
    new RegExp(`^error: configmap/pub-401-a \\(a\\.yaml:1\\): Unauthorized \\(401\\): ${c.server.replace(/[.]/g, '\\.')} did not accept the credentials of kubeconfig user "fsd-bad-token" \\(context "fsd-bad-token"\\) to get configmaps "pub-401-a" in namespace "${c.namespace}"; log in again or check the token$`, 'm'),
  );
  assert.match(r.stdout + r.stderr, /publish failed: 2 ConfigMaps .*(1 failed, 1 not attempted|2 failed)/);
});

test('403 from real RBAC: a user with no rights (get), and the editor in a namespace where it may only read (patch)', opts, async () => {
  const c = k8s.get();
  const dir = writeFiles(k8s.dir(), { 'def.yaml': helmDef('pub-403') });
  let r = await publish(dir, '--context', CONTEXTS.nobody);
  assert.equal(r.status, 1);
  assert.match(
    r.stderr,
    new RegExp(`^error: configmap/pub-403 \\(def\\.yaml:1\\): Forbidden \\(403\\): not allowed to get configmaps "pub-403" in namespace "${c.namespace}": configmaps "pub-403" is forbidden: User "${c.users.nobody}" cannot get resource "configmaps" in API group "" in the namespace "${c.namespace}"$`, 'm'),
  );
  r = await cli(['publish', '.', '-n', c.otherNamespace, '--kubeconfig', c.kubeconfig, '--no-module-snippet'], dir);
  assert.equal(r.status, 1);
  assert.match(
    r.stderr,
    new RegExp(`^error: configmap/pub-403 \\(def\\.yaml:1\\): Forbidden \\(403\\): not allowed to patch configmaps "pub-403" in namespace "${c.otherNamespace}" \\(server-side apply needs get and patch on configmaps\\): configmaps "pub-403" is forbidden: User "${c.users.editor}" cannot patch resource "configmaps" in API group "" in the namespace "${c.otherNamespace}"$`, 'm'),
  );
  assert.equal(await getConfigMap(c, c.otherNamespace, 'pub-403'), undefined);
});

test('a namespace that does not exist is named, with how to create it', opts, async () => {
  const c = k8s.get();
  const dir = writeFiles(k8s.dir(), { 'def.yaml': helmDef('pub-nons') });
  const r = await cli(['publish', '.', '-n', 'fsd-no-such-namespace', '--kubeconfig', c.admin.kubeconfig, ...(c.admin.context ? ['--context', c.admin.context] : []), '--no-module-snippet'], dir);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /^error: configmap\/pub-nons \(def\.yaml:1\): namespace "fsd-no-such-namespace" not found; create it first \(kubectl create namespace fsd-no-such-namespace\)$/m);
});

test('--values and --plugin publish the sibling ConfigMaps the operator reads', opts, async () => {
  const c = k8s.get();
  const values = 'replicaCount: 3\n# kept byte for byte\nauth:\n  enabled: false\n';
  const plugin = randomBytes(4096);
  const helmDir = writeFiles(k8s.dir(), { 'def.yaml': helmDef('pub-sib'), 'values.yaml': values });
  let r = await cli(['publish', 'def.yaml', '-n', c.namespace, '--kubeconfig', c.kubeconfig, '--no-module-snippet', '--values', 'values.yaml'], helmDir);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^configmap\/pub-sib created\nconfigmap\/pub-sib-values created\n/);
  const v = await getConfigMap(c, c.namespace, 'pub-sib-values');
  assert.deepEqual(v?.data, { values });
  assert.equal(v?.metadata.labels?.['forkspacer.com/part'], 'values');

  const customDir = writeFiles(k8s.dir(), { 'def.yaml': customDef('pub-plug'), 'plugin.so': plugin });
  r = await cli(['publish', 'def.yaml', '-n', c.namespace, '--kubeconfig', c.kubeconfig, '--no-module-snippet', '--plugin', 'plugin.so'], customDir);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^configmap\/pub-plug created\nconfigmap\/pub-plug-plugin created\n/);
  const p = await getConfigMap(c, c.namespace, 'pub-plug-plugin');
  assert.equal(p?.data, undefined);
  assert.deepEqual(Buffer.from(p?.binaryData?.plugin ?? '', 'base64'), plugin, 'the plugin bytes, exactly');
  r = await cli(['publish', 'def.yaml', '-n', c.namespace, '--kubeconfig', c.kubeconfig, '--no-module-snippet', '--plugin', 'plugin.so'], customDir);
  assert.match(r.stdout, /^configmap\/pub-plug unchanged\nconfigmap\/pub-plug-plugin unchanged\n/);
});

test('KUBECONFIG, --kubeconfig over KUBECONFIG, and --context choose the credentials as kubectl does', opts, async () => {
  const c = k8s.get();
  const dir = writeFiles(k8s.dir(), { 'def.yaml': helmDef('pub-kubeconfig') });
  let r = await cli(['publish', '.', '-n', c.namespace, '--no-module-snippet'], dir, { KUBECONFIG: c.kubeconfig });
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^configmap\/pub-kubeconfig created\npublished .*\(fsd-editor at /);
  // KUBECONFIG may list several files, as for kubectl: missing ones are skipped, the first
  // current-context wins, and contexts of all files can be chosen.
  const nobodyFirst = join(dir, 'nobody-kubeconfig');
  writeFileSync(nobodyFirst, readFileSync(c.kubeconfig, 'utf8').replace(/^current-context: .*$/m, `current-context: ${CONTEXTS.nobody}`));
  const list = (...files: string[]) => files.join(delimiter);
  r = await cli(['publish', '.', '-n', c.namespace, '--no-module-snippet'], dir, { KUBECONFIG: list(join(dir, 'missing-config'), c.kubeconfig, nobodyFirst) });
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^configmap\/pub-kubeconfig unchanged\npublished .*\(fsd-editor at /);
  r = await cli(['publish', '.', '-n', c.namespace, '--no-module-snippet'], dir, { KUBECONFIG: list(nobodyFirst, c.kubeconfig) });
  assert.equal(r.status, 1);
  assert.match(r.stderr, /Forbidden \(403\): not allowed to get configmaps "pub-kubeconfig" in namespace "[^"]+": .*User "[^"]*fsd-nobody"/);
  r = await cli(['publish', '.', '-n', c.namespace, '--no-module-snippet', '--context', CONTEXTS.editor], dir, { KUBECONFIG: list(nobodyFirst, c.kubeconfig) });
  assert.equal(r.status, 0, r.stderr);
  r = await cli(['publish', '.', '-n', c.namespace, '--no-module-snippet', '--kubeconfig', c.kubeconfig], dir, { KUBECONFIG: join(dir, 'missing-config') });
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^configmap\/pub-kubeconfig unchanged/);
  r = await cli(['publish', '.', '-n', c.namespace, '--no-module-snippet', '--kubeconfig', c.kubeconfig, '--context', 'no-such-context'], dir);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /context "no-such-context" not found in kubeconfig \(contexts: /);
});
