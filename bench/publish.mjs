// Benchmark: publishing N definitions (default 200) to the test API server with the publish
// engine, against `kubectl apply --server-side -f` of the same ConfigMaps (written by the
// engine's --dry-run=client output), in the same run, each against a fresh server.
//
//   node bench/publish.mjs [--count 200] [--concurrency 8] [--json]
//
// Needs kubectl on PATH. Loads the TypeScript sources through tsx.
import { register } from 'tsx/esm/api';
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
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

/** The API server runs in its own process, as a cluster would (not sharing our event loop). */
async function startApiServer() {
  const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'publish-apiserver.mjs')], { stdio: ['ignore', 'pipe', 'inherit'] });
  const first = await new Promise((resolve, reject) => {
    let buf = '';
    child.stdout.on('data', (c) => {
      buf += c;
      if (buf.includes('\n')) resolve(JSON.parse(buf.slice(0, buf.indexOf('\n'))));
    });
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`API server exited with ${code}`)));
  });
  const ask = (what) => fetch(`${first.url}/__bench/${what}`).then((r) => r.json());
  return {
    kubeconfigPath: first.kubeconfigPath,
    requests: () => ask('requests'),
    getConfigMap: (ns, name) => ask(`configmap?ns=${ns}&name=${name}`),
    close: () => {
      child.removeAllListeners('exit');
      child.kill();
    },
  };
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

const items = definitions(count);
const dir = mkdtempSync(join(tmpdir(), 'fsd-bench-'));
const results = {};
try {
  // GitOps manifests from --dry-run=client (no cluster contacted).
  const client = await engine.publish(items, { namespace: 'default', dryRun: 'client' });
  const manifestFile = join(dir, 'configmaps.yaml');
  writeFileSync(manifestFile, engine.manifests(client, 'yaml'));

  // Loading @kubernetes/client-node is measured on its own (the built CLI loads it from a
  // bundle chunk; here it goes through the tsx loader, which makes it several times slower).
  {
    const t = performance.now();
    await import('@kubernetes/client-node');
    results.clientNodeImport = performance.now() - t;
  }
  // forkspacer-def: first run (creates), then unchanged.
  {
    const api = await startApiServer();
    let t = performance.now();
    const r1 = await engine.publish(items, { namespace: 'default', kubeconfig: api.kubeconfigPath, concurrency });
    results.publishCreate = performance.now() - t;
    if (!r1.ok || r1.summary.created !== count) throw new Error(`publish failed: ${engine.errorLines(r1).slice(0, 3).join('\n')}`);
    t = performance.now();
    const r2 = await engine.publish(items, { namespace: 'default', kubeconfig: api.kubeconfigPath, concurrency });
    results.publishUnchanged = performance.now() - t;
    if (r2.summary.unchanged !== count) throw new Error('second publish was not unchanged');
    results.publishRequests = (await api.requests()).count;
    api.close();
  }
  // kubectl apply --server-side -f of the same ConfigMaps, against a fresh server.
  {
    const api = await startApiServer();
    let t = performance.now();
    const k1 = await run('kubectl', ['apply', '--server-side', '-f', manifestFile], { KUBECONFIG: api.kubeconfigPath });
    results.kubectlCreate = performance.now() - t;
    if (k1.code !== 0) throw new Error(`kubectl failed: ${k1.err}`);
    t = performance.now();
    const k2 = await run('kubectl', ['apply', '--server-side', '-f', manifestFile], { KUBECONFIG: api.kubeconfigPath });
    results.kubectlUnchanged = performance.now() - t;
    if (k2.code !== 0) throw new Error(`kubectl failed: ${k2.err}`);
    results.kubectlRequests = (await api.requests()).count;
    // Same content either way.
    const a = await api.getConfigMap('default', items[0].name);
    if (a.data['module.yaml'] !== items[0].text) throw new Error('kubectl wrote different content');
    api.close();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const fmt = (ms) => `${(ms / 1000).toFixed(3)}s`;
if (asJson) {
  process.stdout.write(JSON.stringify({ count, concurrency, ...results }, null, 2) + '\n');
} else {
  console.log(`publish ${count} definitions to the test API server (concurrency ${concurrency})`);
  console.log(`  first run (create):     forkspacer-def ${fmt(results.publishCreate)}   kubectl apply --server-side ${fmt(results.kubectlCreate)}   ratio ${(results.kubectlCreate / results.publishCreate).toFixed(2)}x`);
  console.log(`  second run (unchanged): forkspacer-def ${fmt(results.publishUnchanged)}   kubectl apply --server-side ${fmt(results.kubectlUnchanged)}   ratio ${(results.kubectlUnchanged / results.publishUnchanged).toFixed(2)}x`);
  console.log(`  loading @kubernetes/client-node (once per run, not included above): ${fmt(results.clientNodeImport)}`);
  console.log(`  requests: forkspacer-def ${results.publishRequests}, kubectl ${results.kubectlRequests}`);
}
