// Benchmark: publishing N definitions (default 200) to a real kube-apiserver (test/k8s) with the
// publish engine, against the real kubectl (`kubectl apply --server-side -f`, the same version as
// the server) on the same ConfigMaps, in the same run and against the same server, each into a
// fresh namespace: first run (create), second run (unchanged). Requests are counted by the
// server itself, from its audit log (user agent forkspacer-def vs kubectl).
//
//   node bench/publish-k8s.mjs [--count 200] [--concurrency 8] [--json]
//
// Needs the binaries of `npx tsx test/k8s/cli.ts build`. Loads the TypeScript sources through tsx.
import { register } from 'tsx/esm/api';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

register();
const args = process.argv.slice(2);
const arg = (name, def) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : def;
};
const count = arg('--count', 200);
const concurrency = arg('--concurrency', 8);
const asJson = args.includes('--json');

const engine = await import('../src/publish/index.ts');
const { startCluster, findBinaries, versions } = await import('../test/k8s/cluster.ts');

if (!findBinaries()) {
  console.error('bench/publish-k8s.mjs: no kube-apiserver binaries; build them with `npx tsx test/k8s/cli.ts build` (needs Go)');
  process.exit(2);
}

function definitions(n) {
  return Array.from({ length: n }, (_, i) => {
    const name = `bench-module-${String(i).padStart(3, '0')}`;
    const text = [
      `# Benchmark definition ${i}`,
      'kind: Helm',
      'metadata:',
      `  name: ${name}`,
      `  version: "1.${i % 10}.0"`,
      '  supportedOperatorVersion: ">= 0.1.12"',
      'config:',
      ...Array.from({ length: 8 }, (_, j) => `  - type: string\n    name: Option ${j}\n    alias: opt${j}\n    spec:\n      default: "value-${j}"\n      editable: true`),
      'spec:',
      `  namespace: ns-${i}`,
      '  chart:',
      '    repo:',
      '      url: https://charts.example.com',
      `      chartName: chart-${i}`,
      '      version: 1.2.3',
      '  values:',
      `    - raw:\n        replicaCount: {{ .config.opt0 }}\n        name: ${name}`,
      '',
    ].join('\n');
    return { name, version: `1.${i % 10}.0`, kind: 'Helm', text, sourceFile: 'bench.yaml', line: 1 + i * 40 };
  });
}

function run(cmd, argv, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, argv, { env: { ...process.env, ...env } });
    let out = '';
    let err = '';
    child.stdout.on('data', (c) => (out += c));
    child.stderr.on('data', (c) => (err += c));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out, err }));
  });
}

/** Requests in the audit log whose user agent starts with `prefix`. */
function requestsBy(auditLog, prefix) {
  let n = 0;
  for (const line of readFileSync(auditLog, 'utf8').split('\n')) {
    if (!line) continue;
    const e = JSON.parse(line);
    if (e.stage === 'ResponseComplete' && (e.userAgent ?? '').startsWith(prefix)) n++;
  }
  return n;
}

const items = definitions(count);
const dir = mkdtempSync(join(tmpdir(), 'fsd-bench-k8s-'));
const results = {};
const cluster = await startCluster({ auditLog: true });
results.startSeconds = cluster.startSeconds;
const admin = { kubeconfig: cluster.admin.kubeconfig, context: cluster.admin.context };
try {
  for (const ns of ['bench-fsd', 'bench-kubectl']) await cluster.apply(`/api/v1/namespaces/${ns}`, { apiVersion: 'v1', kind: 'Namespace', metadata: { name: ns } });
  const client = await engine.publish(items, { namespace: 'bench-kubectl', dryRun: 'client' });
  const manifestFile = join(dir, 'configmaps.yaml');
  writeFileSync(manifestFile, engine.manifests(client, 'yaml'));
  await import('@kubernetes/client-node');

  // forkspacer-def: first run (creates), then unchanged.
  {
    const o = { namespace: 'bench-fsd', ...admin, concurrency };
    // The harness's own requests (namespaces, RBAC, CRDs) share the user agent: counted before.
    const setup = requestsBy(cluster.auditLog, 'forkspacer-def');
    let t = performance.now();
    const r1 = await engine.publish(items, o);
    results.publishCreate = performance.now() - t;
    if (!r1.ok || r1.summary.created !== count) throw new Error(`publish failed: ${engine.errorLines(r1).slice(0, 3).join('\n')}`);
    results.publishCreateRequests = requestsBy(cluster.auditLog, 'forkspacer-def') - setup;
    t = performance.now();
    const r2 = await engine.publish(items, o);
    results.publishUnchanged = performance.now() - t;
    if (r2.summary.unchanged !== count) throw new Error('second publish was not unchanged');
    results.publishUnchangedRequests = requestsBy(cluster.auditLog, 'forkspacer-def') - setup - results.publishCreateRequests;
  }
  // kubectl apply --server-side -f of the same ConfigMaps, into its own namespace; its
  // discovery cache starts empty and is kept between its two runs (as on a user's machine).
  {
    const env = { KUBECONFIG: admin.kubeconfig, KUBECACHEDIR: join(dir, 'kube-cache') };
    const kubectl = [cluster.binaries.kubectl, ['apply', '--server-side', '--context', admin.context, '-f', manifestFile]];
    let t = performance.now();
    const k1 = await run(...kubectl, env);
    results.kubectlCreate = performance.now() - t;
    if (k1.code !== 0) throw new Error(`kubectl failed: ${k1.err}`);
    results.kubectlCreateRequests = requestsBy(cluster.auditLog, 'kubectl');
    t = performance.now();
    const k2 = await run(...kubectl, env);
    results.kubectlUnchanged = performance.now() - t;
    if (k2.code !== 0) throw new Error(`kubectl failed: ${k2.err}`);
    results.kubectlUnchangedRequests = requestsBy(cluster.auditLog, 'kubectl') - results.kubectlCreateRequests;
    const a = await cluster.request('GET', `/api/v1/namespaces/bench-kubectl/configmaps/${items[0].name}`);
    const b = await cluster.request('GET', `/api/v1/namespaces/bench-fsd/configmaps/${items[0].name}`);
    if (a.body.data['module.yaml'] !== items[0].text || b.body.data['module.yaml'] !== items[0].text) throw new Error('kubectl and forkspacer-def stored different content');
  }
} finally {
  await cluster.close();
  rmSync(dir, { recursive: true, force: true });
}

const fmt = (ms) => `${(ms / 1000).toFixed(3)}s`;
const v = versions();
if (asJson) {
  process.stdout.write(JSON.stringify({ count, concurrency, kubernetes: v.kubernetes, ...results }, null, 2) + '\n');
} else {
  console.log(`publish ${count} definitions to a real kube-apiserver ${v.kubernetes} (etcd ${v.etcd}; concurrency ${concurrency}; cluster started in ${results.startSeconds.toFixed(1)} s)`);
  console.log(`  first run (create):     forkspacer-def ${fmt(results.publishCreate)} (${results.publishCreateRequests} requests)   kubectl apply --server-side ${fmt(results.kubectlCreate)} (${results.kubectlCreateRequests} requests)   ratio ${(results.kubectlCreate / results.publishCreate).toFixed(2)}x`);
  console.log(`  second run (unchanged): forkspacer-def ${fmt(results.publishUnchanged)} (${results.publishUnchangedRequests} requests)   kubectl apply --server-side ${fmt(results.kubectlUnchanged)} (${results.kubectlUnchangedRequests} requests)   ratio ${(results.kubectlUnchanged / results.publishUnchanged).toFixed(2)}x`);
}
