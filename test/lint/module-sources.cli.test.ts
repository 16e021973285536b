// `forkspacer-def lint` on Modules whose definitions and Workspaces live elsewhere, end to end:
// the built CLI against a loopback HTTP server (source.httpURL) and the loopback API server
// (--cluster: source.configMap and spec.workspace), and a run large enough for worker threads.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { startApiServer, WORKSPACE_RESOURCE, type ApiServer } from '../apiserver/server.ts';
import type { JsonReport } from '../../src/formatters/json.ts';
import { PARALLEL_THRESHOLD } from '../../src/lint/lint-paths.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'forkspacer-def');
const GOOD = readFileSync(join(ROOT, 'fixtures', 'examples', 'redis-helm-flat.yaml'), 'utf8');
// An invalid namespace name (error) and a default above its max (warning), on lines 40 and 28.
const BAD = GOOD.replace('  namespace: default\n', '  namespace: Default_NS\n').replace('      default: 1\n', '      default: 7\n');

let api: ApiServer;
let server: http.Server;
let base: string;
let dir: string;
let cache: string;
let fetches = 0;

before(async () => {
  api = await startApiServer({ customResources: [WORKSPACE_RESOURCE] });
  api.seedConfigMap({ metadata: { name: 'redis-def', namespace: 'modules' }, data: { 'module.yaml': GOOD } });
  api.seedCustomObject({ apiVersion: 'batch.forkspacer.com/v1', kind: 'Workspace', metadata: { name: 'dev', namespace: 'team-a' }, spec: {} });
  server = http.createServer((req, res) => {
    fetches++;
    if (req.url === '/bad.yaml') res.end(BAD);
    else if (req.url === '/good.yaml') res.end(GOOD);
    else {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  dir = mkdtempSync(join(tmpdir(), 'fsd-module-sources-'));
  cache = join(dir, '.cache');
});

after(async () => {
  server.closeAllConnections();
  await new Promise<void>((r) => server.close(() => r()));
  await api.close();
  rmSync(dir, { recursive: true, force: true });
});

function run(args: string[], cwd = dir): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, FORCE_COLOR: '0', FORKSPACER_DEF_CACHE_DIR: cache } });
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (d: Buffer) => (stdout += d));
    p.stderr.on('data', (d: Buffer) => (stderr += d));
    p.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

const moduleDoc = (name: string, source: string, workspace: string, namespace = 'team-a') =>
  `apiVersion: batch.forkspacer.com/v1\nkind: Module\nmetadata:\n  name: ${name}\n  namespace: ${namespace}\nspec:\n  workspace:\n    name: ${workspace}\n    namespace: team-a\n  source:\n${source}  config:\n    replicaCount: 2\n`;

test('fetched definitions are linted with every rule under their own name; Workspaces are looked up in the cluster', async () => {
  const sub = join(dir, 'one');
  mkdirSync(sub);
  const text = [
    moduleDoc('a', `    httpURL: ${base}/bad.yaml\n`, 'dev'),
    moduleDoc('b', '    configMap:\n      name: redis-def\n      namespace: modules\n', 'prod'),
    moduleDoc('c', `    httpURL: ${base}/bad.yaml\n`, 'dev'),
  ].join('---\n');
  writeFileSync(join(sub, 'modules.yaml'), text);
  const before = fetches;
  const r = await run(['lint', '--format', 'json', '--cluster', '--kubeconfig', api.kubeconfigPath, 'modules.yaml'], sub);
  assert.equal(r.status, 1, r.stderr);
  assert.equal(fetches - before, 1, 'one fetch for the URL two Modules name');
  const report = JSON.parse(r.stdout) as JsonReport;
  assert.deepEqual(
    report.files.map((f) => [f.file, f.fetchedFor?.map((m) => `${m.module} ${m.file}:${m.line}:${m.column}`) ?? null]),
    [
      ['modules.yaml', null],
      [`${base}/bad.yaml`, ['team-a/a modules.yaml:11:14', 'team-a/c modules.yaml:41:14']],
      ['cluster:configmaps/modules/redis-def/module.yaml', ['team-a/b modules.yaml:26:7']],
    ],
  );
  const [mods, bad, cm] = report.files;
  assert.deepEqual(
    mods.findings.map((f) => `${f.line}:${f.column} ${f.ruleId}`),
    ['11:14 module-source-definition', '22:11 module-workspace', '41:14 module-source-definition'],
  );
  assert.match(mods.findings[0].message, /^the definition from http:\/\/127\.0\.0\.1:\d+\/bad\.yaml has an error: at its line 40:14, spec\.namespace "Default_NS"/);
  assert.match(mods.findings[1].message, /^no Workspace team-a\/prod among the inputs nor in the cluster: Workspace team-a\/prod \(batch\.forkspacer\.com\/v1\) not found in the cluster/);
  // Every rule, warnings included, at positions in the fetched text.
  assert.deepEqual(bad.findings.map((f) => `${f.line}:${f.column} ${f.severity} ${f.ruleId}`), ['28:16 warning config-default', '40:14 error helm-namespace']);
  assert.deepEqual(bad.documents.map((d) => d.dialect), ['helm-flat']);
  assert.deepEqual(cm.findings, []);
  assert.equal(report.summary.errorCount, 4);
  assert.equal(report.summary.warningCount, 1);

  // stylish names the fetched definition and the Module that names it.
  const s = await run(['lint', '--cluster', '--kubeconfig', api.kubeconfigPath, 'modules.yaml'], sub);
  assert.ok(s.stdout.includes(`${base}/bad.yaml (fetched for Module team-a/a, modules.yaml:11:14 and 1 more Module)\n  28:16  warning`), s.stdout);
  // github annotates the Module's source line (a URL is no file of the repository).
  const g = await run(['lint', '--format', 'github', '--cluster', '--kubeconfig', api.kubeconfigPath, 'modules.yaml'], sub);
  const lines = g.stdout.trim().split('\n');
  assert.equal(lines.length, 5);
  assert.ok(lines.includes(`::warning file=modules.yaml,line=11,col=14,endLine=11,endColumn=14,title=config-default::${base}/bad.yaml:28:16: the default 7 of config[1] ("replicaCount") breaks the item's own rules: 7 is above the maximum 5 (integer item "Replica count"; allowed 0..5). The operator never checks defaults, so a Module that leaves "replicaCount" out gets it anyway; use a default within 0..5, or widen the bounds`), g.stdout);
  // sarif: located at the Module, the fetched text a related location.
  const sf = await run(['lint', '--format', 'sarif', '--cluster', '--kubeconfig', api.kubeconfigPath, 'modules.yaml'], sub);
  const sarif = JSON.parse(sf.stdout) as { runs: { results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[]; relatedLocations?: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[] }[] }[] };
  const w = sarif.runs[0].results.find((x) => x.ruleId === 'config-default');
  assert.equal(w?.locations[0].physicalLocation.artifactLocation.uri, 'modules.yaml');
  assert.equal(w?.locations[0].physicalLocation.region.startLine, 11);
  assert.equal(w?.relatedLocations?.[0].physicalLocation.artifactLocation.uri, `${base}/bad.yaml`);
  assert.equal(w?.relatedLocations?.[0].physicalLocation.region.startLine, 28);
});

test('without --cluster the Workspace is not looked up, and --offline fetches nothing', async () => {
  const sub = join(dir, 'two');
  mkdirSync(sub);
  writeFileSync(join(sub, 'm.yaml'), moduleDoc('a', `    httpURL: ${base}/bad.yaml\n`, 'prod'));
  const before = api.requests.length;
  const r = await run(['lint', '--format', 'json', '--offline', 'm.yaml'], sub);
  const report = JSON.parse(r.stdout) as JsonReport;
  assert.deepEqual(report.files.map((f) => f.file), ['m.yaml']);
  assert.deepEqual(report.files[0].findings.map((f) => f.ruleId), ['module-unresolved-source']);
  assert.equal(api.requests.length, before);
});

test('a cluster without the Workspace CRD is an error naming the missing API, not a missing Workspace', async () => {
  const bare = await startApiServer();
  try {
    const sub = join(dir, 'three');
    mkdirSync(sub);
    writeFileSync(join(sub, 'm.yaml'), moduleDoc('a', `    httpURL: ${base}/good.yaml\n`, 'dev'));
    const r = await run(['lint', '--format', 'json', '--cluster', '--kubeconfig', bare.kubeconfigPath, 'm.yaml'], sub);
    const report = JSON.parse(r.stdout) as JsonReport;
    const ws = report.files[0].findings.filter((f) => f.ruleId === 'module-workspace');
    assert.equal(ws.length, 1);
    assert.match(ws[0].message, /^cannot tell whether Workspace team-a\/dev exists: the cluster does not serve workspaces\.batch\.forkspacer\.com\/v1 \(context "test", server http:\/\/127\.0\.0\.1:\d+\); is the Forkspacer operator \(its CRDs\) installed there\?$/);
  } finally {
    await bare.close();
  }
});

test('cross-document checks hold in a run large enough for worker threads', async () => {
  const sub = join(dir, 'many');
  mkdirSync(sub);
  const n = PARALLEL_THRESHOLD + 50;
  for (let i = 0; i < n; i++) writeFileSync(join(sub, `def-${String(i).padStart(4, '0')}.yaml`), GOOD.replace('name: redis', `name: redis-${i}`));
  // The Workspace, the ConfigMap and the duplicate Module are in files far apart (other batches).
  writeFileSync(join(sub, 'a-workspace.yaml'), 'apiVersion: batch.forkspacer.com/v1\nkind: Workspace\nmetadata:\n  name: dev\n  namespace: team-a\nspec: {}\n');
  writeFileSync(join(sub, 'b-module.yaml'), moduleDoc('a', '    configMap:\n      name: in-run\n      namespace: team-a\n', 'dev'));
  writeFileSync(join(sub, 'def-9999-cm.yaml'), `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: in-run\n  namespace: team-a\ndata:\n  module.yaml: |\n${GOOD.split('\n').map((l) => (l ? `    ${l}` : l)).join('\n')}`);
  // replicaCount 9 breaks the max of the definition in the ConfigMap, which another batch holds.
  writeFileSync(join(sub, 'z-module.yaml'), moduleDoc('a', '    configMap:\n      name: in-run\n      namespace: team-a\n', 'nowhere').replace('replicaCount: 2', 'replicaCount: 9'));
  // Binary data among them: reported in its place, the run goes on.
  writeFileSync(join(sub, 'def-0001-bin.yaml'), Buffer.from([0x6b, 0x3a, 0x00, 0x01]));
  const r = await run(['lint', '--format', 'json', '.'], sub);
  assert.equal(r.status, 1, r.stderr);
  const report = JSON.parse(r.stdout) as JsonReport;
  assert.equal(report.files.length, n + 5);
  assert.deepEqual(report.files.map((f) => f.file), [...report.files.map((f) => f.file)].sort(), 'in input order');
  const findings = report.files.flatMap((f) => f.findings.map((x) => `${f.file}:${x.line} ${x.ruleId}`));
  assert.deepEqual(findings, ['def-0001-bin.yaml:1 file-content', 'z-module.yaml:4 module-duplicate', 'z-module.yaml:8 module-workspace', 'z-module.yaml:15 module-config']);
});
