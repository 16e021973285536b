// The publish engine against the test API server: every case of issue 5.
import { test, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import YAML from 'yaml';
import { startApiServer, type ApiServer } from '../apiserver/server.ts';
import { publish, itemLines, summaryLine, errorLines, diffText, manifests, moduleSnippet, type PublishItem, type PublishOptions } from '../../src/publish/index.ts';

let api: ApiServer;
let dir: string;
const noSleep = async () => {};

before(async () => {
  api = await startApiServer();
  dir = mkdtempSync(join(tmpdir(), 'fsd-publish-'));
});
after(async () => {
  await api.close();
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => {
  api.clearFaults();
  api.state.configMaps.clear();
  api.requests.length = 0;
});

function def(name: string, extra = '', kind = 'Helm', version = '1.0.0'): PublishItem {
  const text = `# ${name} definition\nkind: ${kind}\nmetadata:\n  name: ${name}\n  version: "${version}"\nspec:\n  chartName: ${name} # chart\n${extra}`;
  return { name, version, kind, text, sourceFile: 'defs.yaml', line: 1 };
}

const opts = (o: Partial<PublishOptions> = {}): PublishOptions => ({ namespace: 'default', kubeconfig: api.kubeconfigPath, sleep: noSleep, backoffMs: 1, ...o });
const data = (name: string, ns = 'default') => (api.getConfigMap(ns, name)?.data as Record<string, string> | undefined)?.['module.yaml'];

test('create, then unchanged, then configured, as kubectl reports them', async () => {
  const items = [def('redis'), def('postgres')];
  let r = await publish(items, opts());
  assert.equal(r.ok, true, errorLines(r).join('\n'));
  assert.deepEqual(itemLines(r), ['configmap/redis created', 'configmap/postgres created']);
  assert.deepEqual(r.summary, { created: 2, configured: 0, unchanged: 0, applied: 0, failed: 0, skipped: 0 });
  assert.equal(data('redis'), items[0].text, 'definition text byte for byte, comments kept');
  const cm = api.getConfigMap('default', 'redis')!;
  const meta = cm.metadata as { labels: Record<string, string>; annotations: Record<string, string>; managedFields: { manager: string; operation: string }[] };
  assert.deepEqual(meta.labels, {
    'app.kubernetes.io/managed-by': 'forkspacer-def',
    'forkspacer.com/definition-name': 'redis',
    'forkspacer.com/definition-kind': 'Helm',
    'forkspacer.com/definition-version': '1.0.0',
  });
  assert.match(meta.annotations['forkspacer.com/content-sha256'], /^[0-9a-f]{64}$/);
  assert.deepEqual(meta.managedFields.map((e) => [e.manager, e.operation]), [['forkspacer-def', 'Apply']]);
  const applies = api.requests.filter((x) => x.verb === 'apply');
  assert.ok(applies.every((x) => x.contentType === 'application/apply-patch+yaml' && x.query.fieldManager === 'forkspacer-def' && x.query.force === 'false'));

  const writes = api.state.writes;
  r = await publish(items, opts());
  assert.deepEqual(itemLines(r), ['configmap/redis unchanged', 'configmap/postgres unchanged']);
  assert.equal(api.state.writes, writes, 'an unchanged publish writes nothing');

  items[0] = def('redis', '  extra: true # new\n');
  r = await publish(items, opts());
  assert.deepEqual(itemLines(r), ['configmap/redis configured', 'configmap/postgres unchanged']);
  assert.match(summaryLine(r), /^published 2 ConfigMaps to namespace "default" .*: 0 created, 1 configured, 1 unchanged/);
  assert.equal(data('redis'), items[0].text);
  assert.match(moduleSnippet(r), /source:\n    configMap:\n      name: redis\n      namespace: default/);
});

test('a definition cut from a multi-document file keeps its exact bytes (CRLF, trailing spaces, no final newline)', async () => {
  const text = '# leading comment  \r\nkind: Helm\r\nmetadata:\r\n  name: crlf\r\n  # tab\there\r\nspec: {}';
  const r = await publish([{ name: 'crlf', kind: 'Helm', text, sourceFile: 'multi.yaml', line: 7 }], opts());
  assert.equal(r.ok, true, errorLines(r).join('\n'));
  assert.equal(data('crlf'), text);
  const y = manifests({ ...r, dryRun: 'client' }, 'yaml');
  assert.equal((YAML.parse(y) as { data: Record<string, string> }).data['module.yaml'], text, 'client dry-run YAML round-trips the text');
});

test('a ConfigMap not managed by forkspacer-def is not taken over without --force', async () => {
  api.seedConfigMap({ metadata: { name: 'redis', namespace: 'default' }, data: { 'module.yaml': 'hand made' } }, 'kubectl-create');
  let r = await publish([def('redis')], opts());
  assert.equal(r.ok, false);
  assert.equal(r.results[0].error!.kind, 'not-managed');
  assert.match(errorLines(r)[0], /configmap\/redis already exists in namespace "default" and is not managed by forkspacer-def \(field managers: kubectl-create \(Update\)\); use --force/);
  assert.equal(data('redis'), 'hand made');
  assert.equal(api.requests.filter((x) => x.verb === 'apply').length, 0, 'nothing was sent');
  // --force adopts it, but the field owned by kubectl-create is still a conflict...
  r = await publish([def('redis')], opts({ force: true }));
  assert.equal(r.results[0].error!.kind, 'conflict');
  assert.match(r.results[0].error!.message, /\.data\.module\.yaml is owned by "kubectl-create" using v1/);
  assert.match(r.results[0].error!.message, /--force-conflicts/);
  // ...until --force-conflicts.
  r = await publish([def('redis')], opts({ force: true, forceConflicts: true }));
  assert.equal(r.ok, true, errorLines(r).join('\n'));
  assert.deepEqual(itemLines(r), ['configmap/redis configured']);
  assert.equal(api.requests.filter((x) => x.verb === 'apply').at(-1)!.query.force, 'true');
  assert.equal(data('redis'), def('redis').text);
});

test('field-manager conflicts are reported and --force-conflicts overrides them', async () => {
  await publish([def('redis')], opts());
  // Another manager applies a different value of our label.
  const other = await fetch(`${api.url}/api/v1/namespaces/default/configmaps/redis?fieldManager=helm`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/apply-patch+yaml' },
    body: JSON.stringify({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'redis', labels: { 'forkspacer.com/definition-kind': 'Other' } } }),
  });
  assert.equal(other.status, 409);
  await fetch(`${api.url}/api/v1/namespaces/default/configmaps/redis?fieldManager=helm&force=true`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/apply-patch+yaml' },
    body: JSON.stringify({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'redis', labels: { 'forkspacer.com/definition-kind': 'Other' } } }),
  });
  let r = await publish([def('redis')], opts());
  assert.equal(r.ok, false);
  assert.equal(r.results[0].error!.kind, 'conflict');
  assert.deepEqual(r.results[0].error!.conflicts, [{ manager: '"helm"', field: '.metadata.labels.forkspacer.com/definition-kind' }]);
  r = await publish([def('redis')], opts({ forceConflicts: true }));
  assert.deepEqual(itemLines(r), ['configmap/redis configured']);
});

test('--dry-run=client prints ConfigMaps without contacting the cluster', async () => {
  const r = await publish([def('redis'), def('pg')], opts({ dryRun: 'client', kubeconfig: join(dir, 'missing-kubeconfig') }));
  assert.equal(r.ok, true);
  assert.equal(api.requests.length, 0);
  assert.deepEqual(itemLines(r), ['configmap/redis created (dry run)', 'configmap/pg created (dry run)']);
  const docs = YAML.parseAllDocuments(manifests(r, 'yaml')).map((d) => d.toJS());
  assert.equal(docs.length, 2);
  assert.equal(docs[0].metadata.namespace, 'default');
  assert.equal(docs[1].data['module.yaml'], def('pg').text);
  const list = JSON.parse(manifests(r, 'json'));
  assert.equal(list.kind, 'List');
  assert.equal(list.items.length, 2);
});

test('--dry-run=server sends dryRun=All and writes nothing', async () => {
  const r = await publish([def('redis')], opts({ dryRun: 'server' }));
  assert.deepEqual(itemLines(r), ['configmap/redis created (server dry run)']);
  assert.equal(api.getConfigMap('default', 'redis'), undefined);
  assert.ok(api.requests.filter((x) => x.verb === 'apply').every((x) => x.query.dryRun === 'All'));
  await publish([def('redis')], opts());
  const r2 = await publish([def('redis', '  more: 1\n')], opts({ dryRun: 'server' }));
  assert.deepEqual(itemLines(r2), ['configmap/redis configured (server dry run)']);
  assert.equal(data('redis'), def('redis').text);
  const r3 = await publish([def('redis')], opts({ dryRun: 'server' }));
  assert.deepEqual(itemLines(r3), ['configmap/redis unchanged (server dry run)']);
});

test('--diff shows a unified diff of live vs would-be object, like kubectl diff', async () => {
  let r = await publish([def('redis')], opts({ diff: true }));
  assert.match(diffText(r), /^diff -u -N LIVE\/v1\.ConfigMap\.default\.redis MERGED\/v1\.ConfigMap\.default\.redis\n--- LIVE/);
  assert.match(diffText(r), /^\+kind: ConfigMap$/m);
  assert.equal(api.getConfigMap('default', 'redis'), undefined);
  await publish([def('redis')], opts());
  r = await publish([def('redis')], opts({ diff: true }));
  assert.equal(diffText(r), '');
  r = await publish([def('redis', '  replicas: 3\n')], opts({ diff: true }));
  const d = diffText(r);
  assert.match(d, /^\+      replicas: 3$/m);
  assert.match(d, /^-    forkspacer.com\/content-sha256: [0-9a-f]{64}$/m);
  assert.doesNotMatch(d, /managedFields/);
  assert.equal(data('redis'), def('redis').text);
});

test('--values and --plugin publish sibling ConfigMaps', async () => {
  const values = join(dir, 'values.yaml');
  writeFileSync(values, 'replicaCount: 2\n# comment\n');
  const plugin = join(dir, 'plugin.so');
  const bytes = Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2, 255]);
  writeFileSync(plugin, bytes);
  let r = await publish([def('redis')], opts({ valuesFile: values }));
  assert.deepEqual(itemLines(r), ['configmap/redis created', 'configmap/redis-values created']);
  assert.deepEqual(api.getConfigMap('default', 'redis-values')!.data, { values: 'replicaCount: 2\n# comment\n' });
  // The name and key the definition refers to win.
  const withRef = def('pg', '  values:\n    - configMap:\n        name: pg-vals\n        key: values.yaml\n');
  r = await publish([withRef], opts({ valuesFile: values, valuesKey: 'values.yaml' }));
  assert.deepEqual(itemLines(r), ['configmap/pg created', 'configmap/pg-vals created']);
  assert.deepEqual(api.getConfigMap('default', 'pg-vals')!.data, { 'values.yaml': 'replicaCount: 2\n# comment\n' });
  const custom = def('plug', '  repo:\n    configMap:\n      name: plug-so\n', 'Custom');
  r = await publish([custom], opts({ pluginFile: plugin }));
  assert.deepEqual(itemLines(r), ['configmap/plug created', 'configmap/plug-so created']);
  assert.equal((api.getConfigMap('default', 'plug-so')!.binaryData as Record<string, string>).plugin, bytes.toString('base64'));
  // --plugin with a Helm definition is refused before sending.
  r = await publish([def('redis')], opts({ pluginFile: plugin }));
  assert.equal(r.ok, false);
  assert.match(r.preflightErrors[0], /--plugin publishes a Custom module's plugin, but "redis" is a Helm definition/);
});

test('a ConfigMap over 1 MiB is refused before sending; the server refuses it too', async () => {
  const big = def('big', '  blob: "' + 'x'.repeat(1024 * 1024) + '"\n');
  const r = await publish([def('small'), big], opts());
  assert.equal(r.ok, false);
  assert.match(r.preflightErrors[0], /configmap\/big .* would hold \d+ bytes; a ConfigMap holds at most 1 MiB \(1048576 bytes\)/);
  assert.equal(api.requests.length, 0, 'nothing was sent, not even the small one');
  // The API server's own limit, as the real one reports it.
  const resp = await fetch(`${api.url}/api/v1/namespaces/default/configmaps/big?fieldManager=x`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/apply-patch+yaml' },
    body: JSON.stringify({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'big' }, data: { a: 'x'.repeat(1024 * 1024 + 1) } }),
  });
  assert.equal(resp.status, 422);
  const st = (await resp.json()) as { message: string; reason: string };
  assert.equal(st.reason, 'Invalid');
  assert.equal(st.message, 'ConfigMap "big" is invalid: []: Too long: may not be more than 1048576 bytes');
});

test('names: --name-template is sanitised to DNS-1123, or a clear error; duplicates are refused', async () => {
  let r = await publish([def('My_Redis', '', 'Helm', '1.2.3+build.5')], opts({ nameTemplate: '{name}-{version}', dryRun: 'client' }));
  assert.equal(r.results[0].configMap.name, 'my-redis-1.2.3-build.5');
  assert.equal((r.results[0].configMap.object.metadata as { labels: Record<string, string> }).labels['forkspacer.com/definition-version'], '1.2.3-build.5');
  assert.match(r.notes[0], /sanitised to "my-redis-1\.2\.3-build\.5"/);
  r = await publish([def('___')], opts({ dryRun: 'client' }));
  assert.match(r.preflightErrors[0], /ConfigMap name "___" has no letters or digits left after making it a DNS-1123 name/);
  r = await publish([def('a')], opts({ nameTemplate: '{name}-{flavour}', dryRun: 'client' }));
  assert.match(r.preflightErrors[0], /unknown placeholder \{flavour\}/);
  r = await publish([def('a', '', 'Helm', '1'), def('a', '', 'Helm', '2')], opts({ dryRun: 'client' }));
  assert.match(r.preflightErrors[0], /configmap\/a would be written twice/);
  r = await publish([def('a', '', 'Helm', '1'), def('a', '', 'Helm', '2')], opts({ dryRun: 'client', nameTemplate: '{name}-v{version}' }));
  assert.deepEqual(itemLines(r), ['configmap/a-v1 created (dry run)', 'configmap/a-v2 created (dry run)']);
});

test('401 names the user and context and stops the run', async () => {
  api.inject({ status: 401 });
  const r = await publish([def('a'), def('b'), def('c')], opts({ concurrency: 1 }));
  assert.equal(r.ok, false);
  assert.equal(r.results[0].error!.kind, 'unauthorized');
  assert.match(r.results[0].error!.message, /Unauthorized \(401\): .* did not accept the credentials of kubeconfig user "test-user" \(context "test"\) to get configmaps "a" in namespace "default"/);
  assert.deepEqual(r.results.slice(1).map((x) => x.error!.kind), ['aborted', 'aborted']);
  assert.equal(r.summary.skipped, 2);
});

test('bearer token from the kubeconfig is sent; a wrong one is a 401', async () => {
  const secured = await startApiServer({ token: 's3cret' });
  try {
    let r = await publish([def('a')], opts({ kubeconfig: secured.kubeconfigPath }));
    assert.equal(r.ok, true, errorLines(r).join('\n'));
    r = await publish([def('a')], opts({ kubeconfig: secured.writeKubeconfig({ token: 'wrong' }) }));
    assert.equal(r.results[0].error!.kind, 'unauthorized');
  } finally {
    await secured.close();
  }
});

test('403 names the verb, resource and namespace', async () => {
  api.inject({ verb: 'apply', status: 403 });
  const r = await publish([def('a')], opts());
  assert.equal(r.results[0].error!.kind, 'forbidden');
  assert.match(r.results[0].error!.message, /Forbidden \(403\): not allowed to patch configmaps "a" in namespace "default" \(server-side apply needs get and patch on configmaps\): configmaps "a" is forbidden: User ".*" cannot patch resource "configmaps" in API group "" in the namespace "default"/);
});

test('a missing namespace is reported as such', async () => {
  const r = await publish([def('a')], opts({ namespace: 'nope' }));
  assert.equal(r.results[0].error!.kind, 'namespace-not-found');
  assert.equal(r.results[0].error!.message, 'namespace "nope" not found; create it first (kubectl create namespace nope)');
});

test('409 (object modified) re-reads and retries; persistent 409 fails clearly', async () => {
  await publish([def('a')], opts());
  api.inject({ verb: 'apply', status: 409, count: 1 });
  let r = await publish([def('a', '  x: 1\n')], opts());
  assert.deepEqual(itemLines(r), ['configmap/a configured']);
  assert.equal(api.requests.filter((x) => x.verb === 'get').length >= 3, true, 'read again after the conflict');
  api.inject({ verb: 'apply', status: 409 });
  r = await publish([def('a', '  x: 2\n')], opts({ retries: 2 }));
  assert.equal(r.results[0].error!.kind, 'modified');
  assert.match(r.results[0].error!.message, /was modified while publishing \(409\): Operation cannot be fulfilled on configmaps "a"/);
});

test('422 from the server is reported with its message', async () => {
  api.inject({ verb: 'apply', status: 422, message: 'Invalid value: "x": not allowed here' });
  const r = await publish([def('a')], opts());
  assert.equal(r.results[0].error!.kind, 'invalid');
  assert.match(r.results[0].error!.message, /rejected as invalid \(422\): ConfigMap "a" is invalid: data: Invalid value: "x": Invalid value: "x": not allowed here/);
});

test('429 honours Retry-After and is retried; 500/503 are retried with backoff, a bounded number of times', async () => {
  const waits: number[] = [];
  const sleep = async (ms: number) => void waits.push(ms);
  api.inject({ verb: 'apply', status: 429, retryAfter: 2, count: 2 });
  let r = await publish([def('a')], opts({ sleep }));
  assert.deepEqual(itemLines(r), ['configmap/a created']);
  assert.deepEqual(waits, [2000, 2000]);
  assert.equal(r.results[0].attempts, 4, 'get + 3 applies');

  waits.length = 0;
  api.inject({ verb: 'apply', status: 500, count: 2 });
  api.inject({ verb: 'get', status: 503, count: 1 });
  r = await publish([def('b')], opts({ sleep, backoffMs: 100, maxBackoffMs: 150 }));
  assert.deepEqual(itemLines(r), ['configmap/b created']);
  assert.equal(waits.length, 3);
  assert.ok(waits.every((w) => w >= 50 && w <= 150), `backoff within bounds: ${waits}`);

  api.inject({ verb: 'apply', status: 500 });
  r = await publish([def('c')], opts({ sleep, retries: 3 }));
  assert.equal(r.results[0].error!.kind, 'server-error');
  assert.match(r.results[0].error!.message, /server error \(500 InternalError\): Internal error occurred: injected failure \(gave up after 4 attempts\)/);
  assert.equal(api.requests.filter((x) => x.verb === 'apply' && x.name === 'c').length, 4);
  assert.equal(api.getConfigMap('default', 'c'), undefined);
});

test('timeouts are retried, then reported', async () => {
  api.inject({ verb: 'apply', delayMs: 400, count: 1 });
  let r = await publish([def('slow')], opts({ timeoutMs: 150 }));
  assert.deepEqual(itemLines(r), ['configmap/slow created']);
  api.inject({ verb: 'get', delayMs: 400 });
  r = await publish([def('slower')], opts({ timeoutMs: 100, retries: 1 }));
  assert.equal(r.results[0].error!.kind, 'timeout');
  assert.match(r.results[0].error!.message, /no response from http:\/\/127\.0\.0\.1:\d+ within 100 ms \(gave up after 2 attempts\)/);
});

test('a refused connection gives a clear message', async () => {
  const port = await new Promise<number>((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const p = (s.address() as { port: number }).port;
      s.close(() => resolve(p));
    });
  });
  const kc = join(dir, 'refused');
  writeFileSync(
    kc,
    YAML.stringify({
      apiVersion: 'v1',
      kind: 'Config',
      clusters: [{ name: 'c', cluster: { server: `http://127.0.0.1:${port}`, 'insecure-skip-tls-verify': true } }],
      users: [{ name: 'u', user: {} }],
      contexts: [{ name: 'gone', context: { cluster: 'c', user: 'u' } }],
      'current-context': 'gone',
    }),
  );
  const r = await publish([def('a'), def('b')], opts({ kubeconfig: kc }));
  assert.equal(r.ok, false);
  assert.equal(r.results[0].error!.kind, 'connection-refused');
  assert.match(r.results[0].error!.message, /connection to http:\/\/127\.0\.0\.1:\d+ refused/);
});

test('--context selects a kubeconfig context; an unknown one is an error', async () => {
  let r = await publish([def('a')], opts({ context: 'test' }));
  assert.equal(r.ok, true);
  r = await publish([def('a')], opts({ context: 'prod' }));
  assert.equal(r.results[0].error!.kind, 'kubeconfig');
  assert.match(r.results[0].error!.message, /context "prod" not found in kubeconfig \(contexts: test\)/);
});

test('KUBECONFIG is honoured when --kubeconfig is not given', async () => {
  const saved = process.env.KUBECONFIG;
  process.env.KUBECONFIG = api.kubeconfigPath;
  try {
    const r = await publish([def('env')], { namespace: 'default', sleep: noSleep });
    assert.deepEqual(itemLines(r), ['configmap/env created']);
  } finally {
    if (saved === undefined) delete process.env.KUBECONFIG;
    else process.env.KUBECONFIG = saved;
  }
});

test('dropped connections are retried; every ConfigMap ends up as it was or fully written', async () => {
  const items = Array.from({ length: 12 }, (_, i) => def(`m${i}`));
  await publish(items.slice(0, 6), opts());
  const next = items.map((d) => ({ ...d, text: d.text + '# v2\n' }));
  // Cut the connection before processing on some applies and after writing on others.
  api.inject({ verb: 'apply', drop: 'before', count: 3 });
  api.inject({ verb: 'apply', drop: 'after', count: 3 });
  const r = await publish(next, opts());
  assert.equal(r.ok, true, errorLines(r).join('\n'));
  assert.equal(api.requests.filter((x) => x.fault?.startsWith('drop')).length, 6);
  for (const d of next) assert.equal(data(d.name), d.text);

  // With retries exhausted, the run fails, and no ConfigMap is half-written.
  api.inject({ verb: 'apply', drop: 'after', count: 6 });
  api.inject({ verb: 'apply', drop: 'before' });
  const v3 = items.map((d) => ({ ...d, text: d.text + '# v3\n' }));
  const r2 = await publish(v3, opts({ retries: 1 }));
  assert.equal(r2.ok, false);
  assert.ok(r2.results.some((x) => x.error?.kind === 'connection-dropped'));
  for (let i = 0; i < items.length; i++) {
    const live = data(items[i].name);
    assert.ok(live === next[i].text || live === v3[i].text, `configmap/${items[i].name} is either the old or the new text`);
    const sha = (api.getConfigMap('default', items[i].name)!.metadata as { annotations: Record<string, string> }).annotations['forkspacer.com/content-sha256'];
    const { createHash } = await import('node:crypto');
    assert.equal(sha, createHash('sha256').update(live!).digest('hex'), 'annotation matches the content');
  }
});

test('bounded concurrency, observed in the server request log', async () => {
  const items = Array.from({ length: 30 }, (_, i) => def(`c${i}`));
  api.inject({ verb: ['get', 'apply'], delayMs: 15 });
  const r = await publish(items, opts({ concurrency: 4 }));
  assert.equal(r.ok, true);
  const max = api.maxConcurrency((x) => x.resource === 'configmaps');
  assert.ok(max <= 4, `at most 4 requests in flight, saw ${max}`);
  assert.ok(max >= 3, `requests did overlap (saw ${max})`);
  api.requests.length = 0;
  api.state.configMaps.clear();
  await publish(items, opts({ concurrency: 1 }));
  assert.equal(api.maxConcurrency((x) => x.resource === 'configmaps'), 1);
});

test('many ConfigMaps in one namespace: one LIST instead of a GET each, with the same outcomes', async () => {
  const items = Array.from({ length: 12 }, (_, i) => def(`d${i}`));
  let r = await publish(items, opts());
  assert.equal(r.ok, true, errorLines(r).join('\n'));
  assert.equal(r.summary.created, 12);
  api.seedConfigMap({ metadata: { name: 'foreign', namespace: 'default' }, data: { a: 'b' } }, 'helm');
  api.requests.length = 0;
  items[3] = def('d3', '  extra: true\n');
  r = await publish([...items, def('foreign')], opts());
  const verbs = api.requests.map((x) => x.verb);
  assert.equal(verbs.filter((v) => v === 'list').length, 1);
  assert.equal(verbs.filter((v) => v === 'get').length, 0, 'no GET per ConfigMap');
  assert.deepEqual(r.summary, { created: 0, configured: 1, unchanged: 11, applied: 0, failed: 1, skipped: 0 });
  assert.match(errorLines(r).join('\n'), /configmap\/foreign already exists in namespace "default" and is not managed by forkspacer-def \(field managers: helm \(Update\)\)/);
});

test('when the LIST is forbidden, each ConfigMap is read on its own', async () => {
  const items = Array.from({ length: 10 }, (_, i) => def(`d${i}`));
  await publish(items, opts());
  api.requests.length = 0;
  api.inject({ verb: 'list', status: 403 });
  const r = await publish(items, opts());
  assert.equal(r.ok, true, errorLines(r).join('\n'));
  assert.equal(r.summary.unchanged, 10);
  assert.equal(api.requests.filter((x) => x.verb === 'get').length, 10);
});

test('a ConfigMap changed between the LIST and its apply is read again, not overwritten blindly', async () => {
  const items = Array.from({ length: 9 }, (_, i) => def(`d${i}`));
  await publish(items, opts());
  api.requests.length = 0;
  // Our apply of d0 reaches the server late; meanwhile another publish (another CI job) applies d0.
  api.inject({ verb: 'apply', name: 'd0', delayMs: 500, count: 1 });
  const ours = publish(
    items.map((d) => (d.name === 'd0' ? def('d0', '  mine: true\n') : d)),
    opts({ concurrency: 1 }),
  );
  while (!api.requests.some((x) => x.verb === 'list' && x.status === 200)) await new Promise((res) => setTimeout(res, 5));
  const theirs = await publish([def('d0', '  theirs: true\n')], opts());
  assert.deepEqual(itemLines(theirs), ['configmap/d0 configured']);
  const r = await ours;
  assert.equal(r.ok, true, errorLines(r).join('\n'));
  assert.equal(r.results.find((x) => x.configMap.name === 'd0')?.action, 'configured');
  const d0 = api.requests.filter((x) => x.name === 'd0').map((x) => `${x.verb} ${x.status}`);
  // Theirs: get, apply; ours: the delayed apply fails its precondition (409), then get and apply again.
  assert.deepEqual([...d0].sort(), ['apply 200', 'apply 200', 'apply 409', 'get 200', 'get 200']);
  assert.deepEqual(d0.slice(-2), ['get 200', 'apply 200']);
  assert.equal(data('d0'), def('d0', '  mine: true\n').text);
});
