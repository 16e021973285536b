// A definition cannot make the tool read local files or reach hosts the user did not name.
// A recording loopback server stands for every host a definition can mention (chart
// repositories, values file URLs, images, a Custom module's plugin URL) and a sentinel file for
// every local path; lint, render, docs, migrate and publish --dry-run=client run through the
// built CLI on definitions that point at both, and neither is ever touched. A Module's
// source.httpURL is the one URL lint fetches (the README says so; --offline turns it off), and
// only over http(s): file:// and other schemes are findings, never reads. Templates have Go's
// built-ins only (no env, readFile or network functions of sprig's): they are findings too.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';

const CLI = resolve('bin/forkspacer-def');
const SENTINEL = `sentinel-${process.pid}-7d1f0c`;
let server: http.Server;
let base: string;
let dir: string;
let secretFile: string;
const seen: string[] = [];

before(async () => {
  assert.ok(existsSync('dist/cli.cjs'), 'the built CLI (npm run build) is needed');
  dir = mkdtempSync(join(tmpdir(), 'fsd-reach-'));
  secretFile = join(dir, 'secret.txt');
  writeFileSync(secretFile, `${SENTINEL}\nkind: Helm\n`);
  server = http.createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end(`${SENTINEL}\n`);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(async () => {
  server.closeAllConnections();
  await new Promise<void>((r) => server.close(() => r()));
  rmSync(dir, { recursive: true, force: true });
});

function cli(args: string[]): Promise<{ code: number | null; out: string }> {
  return new Promise((done, fail) => {
    const c = spawn(process.execPath, [CLI, ...args], { cwd: dir, env: { ...process.env, NO_COLOR: '1', FORKSPACER_DEF_CACHE_DIR: join(dir, 'cache'), SECRET_ENV: SENTINEL } });
    let out = '';
    c.stdout.on('data', (d: Buffer) => (out += d));
    c.stderr.on('data', (d: Buffer) => (out += d));
    c.on('error', fail);
    c.on('close', (code) => done({ code, out }));
  });
}

const helm = () => `kind: Helm
metadata:
  name: reach
  version: 1.0.0
  supportedOperatorVersion: ">= 0.1.12, <= 0.1.20"
config:
  - type: string
    name: Path
    alias: path
    spec:
      default: ${secretFile}
spec:
  namespace: default
  chart:
    repo:
      url: ${base}/charts
      chartName: reach
      version: 1.0.0
  values:
    - file: ${base}/values.yaml
    - file: file://${secretFile}
    - file: ${secretFile}
    - file: secret.txt
    - raw:
        fromTemplate: "{{ .config.path }}"
`;

test('lint, render, docs, migrate and publish --dry-run=client touch no host and no file a definition names', async () => {
  const def = join(dir, 'reach.yaml');
  writeFileSync(def, helm());
  const runs = {
    lint: await cli(['lint', '--no-config', def]),
    render: await cli(['render', def]),
    docs: await cli(['docs', def]),
    migrate: await cli(['migrate', def]),
    publish: await cli(['publish', def, '--dry-run=client', '-o', 'yaml', '--no-config']),
  };
  for (const [cmd, r] of Object.entries(runs)) {
    assert.ok(r.code === 0 || r.code === 1, `${cmd}: exit ${r.code}\n${r.out}`);
    assert.ok(!r.out.includes(SENTINEL), `${cmd} printed the sentinel file's content:\n${r.out}`);
    assert.doesNotMatch(r.out, /internal error/);
  }
  assert.deepEqual(seen, [], 'no request reached the recording server');
  // The rendered values hold the path as text, as the operator would pass it on; never its content.
  assert.match(runs.render.out, new RegExp(secretFile.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')));
});

test("templates have Go's built-ins only: env, readFile, expandenv and network functions are findings", async () => {
  for (const call of ['env "SECRET_ENV"', 'expandenv "$SECRET_ENV"', `readFile "${secretFile}"`, `getHostByName "${base}"`, 'osBase "x"']) {
    const def = join(dir, 'tmpl.yaml');
    writeFileSync(def, helm().replace('"{{ .config.path }}"', `'{{ ${call} }}'`));
    for (const cmd of ['lint', 'render']) {
      const r = await cli(cmd === 'lint' ? ['lint', '--no-config', def] : ['render', def]);
      const fn = call.split(' ')[0];
      assert.equal(r.code, 1, `${cmd} ${call}: ${r.out}`);
      assert.match(r.out, new RegExp(`tmpl\\.yaml[\\s\\S]*(the operator has no function "${fn}"|function "${fn}" not defined)`), `${cmd} ${call}:\n${r.out}`);
      assert.ok(!r.out.includes(SENTINEL), `${cmd} ${call} leaked:\n${r.out}`);
    }
  }
  assert.deepEqual(seen, []);
});

test('source.httpURL: only http(s) is fetched; file:// and other schemes, and paths, are positioned findings and nothing is read', async () => {
  const cases: [string, RegExp][] = [
    [`file://${secretFile}`, /unsupported scheme "file": only http and https are fetched/],
    [`FILE://${secretFile}`, /unsupported scheme "file": only http and https are fetched/],
    [secretFile, /no scheme \(expected http:\/\/ or https:\/\/\)/],
    ['secret.txt', /no scheme \(expected http:\/\/ or https:\/\/\)/],
    [`ftp://127.0.0.1/secret.txt`, /unsupported scheme "ftp"/],
    [`data:text/plain,${SENTINEL}`, /unsupported scheme "data"/],
    [`gopher://127.0.0.1:70/`, /unsupported scheme "gopher"/],
    [`unix:${secretFile}`, /unsupported scheme "unix"/],
  ];
  for (const [url, want] of cases) {
    const mod = join(dir, 'module.yaml');
    writeFileSync(mod, `apiVersion: batch.forkspacer.com/v1\nkind: Module\nmetadata:\n  name: m\nspec:\n  workspace:\n    name: dev\n  source:\n    httpURL: ${JSON.stringify(url)}\n`);
    const r = await cli(['lint', '--no-config', mod]);
    assert.equal(r.code, 1, `${url}: ${r.out}`);
    assert.match(r.out, new RegExp(`module\\.yaml\\n\\s+9:14\\s+error\\s+.*${want.source}`), `${url}:\n${r.out}`);
    if (!url.startsWith('data:')) assert.ok(!r.out.includes(SENTINEL), `${url}: the file was read:\n${r.out}`);
  }
  assert.deepEqual(seen, []);
  // The control: an http URL the Module names is fetched, once, and --offline fetches nothing.
  const mod = join(dir, 'module.yaml');
  writeFileSync(mod, `apiVersion: batch.forkspacer.com/v1\nkind: Module\nmetadata:\n  name: m\nspec:\n  workspace:\n    name: dev\n  source:\n    httpURL: ${base}/named.yaml\n`);
  await cli(['lint', '--no-config', '--offline', mod]);
  assert.deepEqual(seen, []);
  await cli(['lint', '--no-config', mod]);
  assert.deepEqual(seen, ['GET /named.yaml']);
});
