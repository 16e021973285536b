// Hostile HTTP for `source.httpURL` (lint of a Module), for `--cluster` (the kubeconfig's API
// server) and for verify-module: loopback servers that drip, never end, loop redirects, send huge
// headers, gzip bombs, wrong content types and bad TLS (certificates made with openssl at start).
// The built CLI runs each case as a child process; each ends within its time bound, reads a
// bounded number of bytes, and reports one finding at the Module's source reference
// (file:line:col) that says what went wrong. The table is printed as a diagnostic.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startHostileServers, type HostileServers } from '../support/hostile-server.ts';

const CLI = resolve('bin/forkspacer-def');
const TOKEN = 'fsd-test-token-9c41e07b2d';
let h: HostileServers;
let dir: string;
const table: string[] = [];

before(async () => {
  assert.ok(existsSync('dist/cli.cjs'), 'the built CLI (npm run build) is needed');
  h = await startHostileServers();
  dir = mkdtempSync(join(tmpdir(), 'fsd-hostile-test-'));
});
after(async () => {
  process.stderr.write(`hostile HTTP (case | time | bytes the server sent | finding):\n${table.join('\n')}\n`);
  await h?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

function cli(args: string[], env: Record<string, string> = {}): Promise<Run> {
  const start = performance.now();
  return new Promise((done, fail) => {
    const c = spawn(process.execPath, [CLI, ...args], { env: { ...process.env, NO_COLOR: '1', FORKSPACER_DEF_CACHE_DIR: join(dir, 'cache'), ...env } });
    let stdout = '';
    let stderr = '';
    c.stdout.on('data', (d: Buffer) => (stdout += d));
    c.stderr.on('data', (d: Buffer) => (stderr += d));
    c.on('error', fail);
    c.on('close', (code) => done({ code, stdout, stderr, ms: Math.round(performance.now() - start) }));
  });
}

function kubeconfig(server: string): string {
  const file = join(dir, `kubeconfig-${Math.random().toString(36).slice(2)}`);
  const tls = server.startsWith('https:') ? `    certificate-authority: ${h.caFile}\n` : '    insecure-skip-tls-verify: true\n';
  writeFileSync(
    file,
    `apiVersion: v1\nkind: Config\nclusters:\n- name: hostile\n  cluster:\n    server: ${server}\n${tls}users:\n- name: someone\n  user:\n    token: ${TOKEN}\ncontexts:\n- name: hostile\n  context:\n    cluster: hostile\n    user: someone\ncurrent-context: hostile\n`,
  );
  return file;
}

/** Lints a Module whose source.httpURL is `url` (at 9:14 of the file). */
async function lintHttp(url: string): Promise<Run & { file: string }> {
  const file = join(dir, `http-${Math.random().toString(36).slice(2)}.yaml`);
  writeFileSync(file, `apiVersion: batch.forkspacer.com/v1\nkind: Module\nmetadata:\n  name: m\nspec:\n  workspace:\n    name: dev\n  source:\n    httpURL: ${url}\n`);
  return { ...(await cli(['lint', '--no-config', '--http-timeout', '2', file], { NODE_EXTRA_CA_CERTS: h.caFile })), file };
}

/** Lints a Module whose source.configMap (at 11:7) is read with --cluster from `server`. */
async function lintCluster(server: string, name: string): Promise<Run & { file: string }> {
  const file = join(dir, `cluster-${name}-${Math.random().toString(36).slice(2)}.yaml`);
  writeFileSync(file, `apiVersion: batch.forkspacer.com/v1\nkind: Module\nmetadata:\n  name: m\n  namespace: hostile\nspec:\n  workspace:\n    name: dev\n  source:\n    configMap:\n      name: ${name}\n      namespace: hostile\n`);
  return { ...(await cli(['lint', '--no-config', '--http-timeout', '1', '--cluster', '--kubeconfig', kubeconfig(server), file])), file };
}

function check(what: string, r: Run & { file: string }, position: string, finding: RegExp | undefined, boundMs: number, bytes?: { key: string; max: number }) {
  const sent = bytes ? (h.bytesSent.get(bytes.key) ?? 0) : undefined;
  const line = r.stdout.split('\n').find((l) => /\berror\b/.test(l)) ?? '(no finding)';
  table.push(`${what} | ${r.ms} ms (bound ${boundMs}) | ${sent === undefined ? '-' : `${sent} bytes (bound ${bytes!.max})`} | ${line.trim().replace(/\s+/g, ' ')}`);
  assert.doesNotMatch(r.stdout + r.stderr, /internal error|\n\s+at \S+ \(/, `${what}: ${r.stderr}`);
  assert.ok(!(r.stdout + r.stderr).includes(TOKEN), `${what}: the kubeconfig token appears in the output`);
  assert.ok(r.ms < boundMs, `${what}: took ${r.ms} ms, bound ${boundMs} ms`);
  if (sent !== undefined) assert.ok(sent <= bytes!.max, `${what}: the server sent ${sent} bytes before the client stopped reading (bound ${bytes!.max})`);
  if (!finding) {
    assert.equal(r.code, 0, `${what}: expected no finding:\n${r.stdout}${r.stderr}`);
    return;
  }
  assert.equal(r.code, 1, `${what}: ${r.stdout}${r.stderr}`);
  const file = r.stdout.split('\n').find((l) => r.file.endsWith(l.trim().replace(/^(\.\.\/)+/, '').replace(/^\.\//, '')) && l.trim().endsWith('.yaml'));
  assert.ok(file, `${what}: the report names the Module file:\n${r.stdout}`);
  assert.match(r.stdout, new RegExp(`^\\s+${position}\\s+error\\s+.*${finding.source}.*module-source-missing$`, 'm'), `${what}:\n${r.stdout}`);
}

const MiB = 1024 * 1024;
// Time bounds: --http-timeout 2 s for httpURL (one deadline across redirects and body), 1 s per
// request with 3 attempts for --cluster; the rest is the CLI's start-up on a busy machine.
const HTTP_CASES: [string, RegExp | undefined, number, number?][] = [
  ['good', undefined, 8_000],
  ['drip', /drip: timeout after 2s/, 10_000],
  ['drip-headers', /drip-headers: timeout after 2s/, 10_000],
  ['endless', /endless: body over 1048576 bytes \(1 MiB\)/, 8_000, 16 * MiB],
  ['endless-declared', /body over 1048576 bytes \(1 MiB\) \(Content-Length 10737418240\)/, 8_000, 16 * MiB],
  ['huge-headers', /response headers from 127\.0\.0\.1:\d+ over the 16 KiB limit/, 8_000],
  ['gzip-bomb', /body over 1048576 bytes \(1 MiB\) after gzip decoding/, 8_000, 1 * MiB],
  ['gzip-good', undefined, 8_000],
  ['gzip-broken', /Content-Encoding gzip, but the body is not valid gzip/, 8_000],
  ['loop', /redirect loop: \S+\/loop -> \S+\/loop-2 -> \S+\/loop/, 8_000],
  ['chain', /stopped after 9 redirects/, 8_000],
  ['to-file', /redirected to file:\/\/\/etc\/passwd: unsupported scheme "file": only http and https are fetched/, 8_000],
  ['html', /\/html does not hold a resource definition \(kind Helm or Custom\)/, 8_000],
  ['octet-stream', undefined, 8_000],
  ['png', /non-text body: not valid UTF-8/, 8_000],
];

for (const [name, finding, bound, maxBytes] of HTTP_CASES) {
  test(`httpURL, ${name}: ${finding ? 'a positioned finding' : 'accepted, as the operator would'} within ${bound} ms`, async () => {
    const r = await lintHttp(`${h.http}/${name}`);
    check(`httpURL ${name}`, r, '9:14', finding, bound, maxBytes ? { key: name, max: maxBytes } : undefined);
  });
}

const TLS_CASES: ['good' | 'expired' | 'wrong-host' | 'self-signed', RegExp | undefined][] = [
  ['good', undefined],
  ['expired', /TLS error with 127\.0\.0\.1:\d+: certificate has expired/],
  ['wrong-host', /TLS error with 127\.0\.0\.1:\d+: Hostname\/IP does not match certificate's altnames/],
  ['self-signed', /TLS error with 127\.0\.0\.1:\d+: self[- ]signed certificate/],
];
for (const [cert, finding] of TLS_CASES) {
  test(`httpURL over TLS, ${cert} certificate`, async () => {
    check(`httpURL https ${cert}`, await lintHttp(`${h.https[cert]}/good`), '9:14', finding, 8_000);
  });
}

const CLUSTER_CASES: [string, RegExp | undefined, number, number?][] = [
  ['good', undefined, 8_000],
  ['drip', /cannot read ConfigMap hostile\/drip .*no response from http:\/\/127\.0\.0\.1:\d+ within 1000 ms \(after 3 attempts\)/, 12_000],
  ['drip-headers', /no response from http:\/\/127\.0\.0\.1:\d+ within 1000 ms \(after 3 attempts\)/, 12_000],
  ['endless', /the answer from http:\/\/127\.0\.0\.1:\d+ is over 8388608 bytes; reading stopped/, 8_000, 32 * MiB],
  ['huge-headers', /has headers over the 16 KiB limit; reading stopped/, 8_000],
  ['gzip-bomb', /the answer from http:\/\/127\.0\.0\.1:\d+ is over 8388608 bytes; reading stopped/, 8_000],
  ['gzip-good', undefined, 8_000],
  ['loop', /answered 302 \(a redirect to \/api\/v1\/namespaces\/hostile\/configmaps\/loop\); an API server does not redirect, so it is not followed/, 8_000],
  ['html', /cannot read ConfigMap hostile\/html from the cluster: the server's answer is not JSON/, 8_000],
  ['echo-401', /Unauthorized \(401\): http:\/\/127\.0\.0\.1:\d+ did not accept the credentials of kubeconfig user "someone"/, 8_000],
  ['echo-403', /Forbidden \(403\): .*you sent Authorization: Bearer \[redacted\]/, 8_000],
  ['echo-500', /server error \(500 InternalError\): .*Bearer \[redacted\] \(after 3 attempts\)/, 10_000],
  ['echo-text', /server error \(500\): .*Bearer \[redacted\] \(after 3 attempts\)/, 10_000],
];
for (const [name, finding, bound, maxBytes] of CLUSTER_CASES) {
  test(`--cluster, ${name}: ${finding ? 'a positioned finding' : 'read as the operator would'} within ${bound} ms`, async () => {
    const r = await lintCluster(h.http, name);
    check(`--cluster ${name}`, r, '11:7', finding, bound, maxBytes ? { key: name, max: maxBytes } : undefined);
    if (name.startsWith('echo')) assert.equal(h.authorization.get(name), `Bearer ${TOKEN}`, 'the hostile server did receive the token it echoes');
  });
}
for (const [cert, finding] of TLS_CASES) {
  test(`--cluster over TLS, ${cert} certificate`, async () => {
    const tlsFinding = finding && new RegExp(`TLS error with https://127\\.0\\.0\\.1:\\d+: ${finding.source.replace(/^TLS error with .*?: /, '')}.*check the cluster's certificate-authority`);
    check(`--cluster https ${cert}`, await lintCluster(h.https[cert], 'good'), '11:7', tlsFinding, 8_000);
  });
}

test('verify-module: an endless answer, a drip and huge headers are each bounded, and reported per step', async () => {
  const def = join(dir, 'custom.yaml');
  writeFileSync(def, 'kind: Custom\nmetadata:\n  name: c\n  version: 1.0.0\n  supportedOperatorVersion: ">= 0.1.8, <= 0.1.20"\nspec:\n  image: example.com/c:1.0.0\n');
  for (const [name, want, bound] of [
    ['endless', /the answer is over 1048576 bytes \(1 MiB\); reading stopped/, 20_000],
    ['drip', /no answer within the 1000 ms timeout/, 20_000],
    ['huge-headers', /the answer has headers over the 16 KiB limit/, 20_000],
  ] as const) {
    const before = h.bytesSent.get(name) ?? 0;
    const r = await cli(['verify-module', `${h.http}/${name}/`, '--definition', def, '--timeout', '1000', '--format', 'json']);
    const sent = (h.bytesSent.get(name) ?? 0) - before;
    table.push(`verify-module ${name} | ${r.ms} ms (bound ${bound}) | ${sent} bytes | ${(want as RegExp).source}`);
    assert.doesNotMatch(r.stdout + r.stderr, /internal error|\n\s+at \S+ \(/, r.stderr);
    assert.ok(r.ms < bound, `${name}: ${r.ms} ms`);
    assert.equal(r.code, 1, `${name}: ${r.stdout}${r.stderr}`);
    assert.match(r.stdout, want, `${name}: ${r.stdout}`);
    if (name === 'endless') assert.ok(sent < 6 * 32 * MiB, `${name}: ${sent} bytes sent`);
  }
});
