// Tokens from a kubeconfig never appear in output or errors: publish (and lint --cluster, in
// hostile-http.test.ts) with a kubeconfig holding a distinct token, through every failure path:
// 401, 403 and 5xx (from a server that echoes the Authorization header back in its messages),
// a dropped connection, a TLS error, a redirect, and the normal, --diff, --dry-run=server and
// -o yaml|json outputs.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startHostileServers, type HostileServers } from '../support/hostile-server.ts';
import { startApiServer, type ApiServer } from '../apiserver/server.ts';

const CLI = resolve('bin/forkspacer-def');
const TOKEN = 'kc-token-3b8e21f0a9d44c6e';
let h: HostileServers;
let api: ApiServer;
let dir: string;

before(async () => {
  assert.ok(existsSync('dist/cli.cjs'), 'the built CLI (npm run build) is needed');
  h = await startHostileServers();
  api = await startApiServer({ token: TOKEN, namespaces: ['default', 'hostile'] });
  dir = mkdtempSync(join(tmpdir(), 'fsd-secrets-'));
});
after(async () => {
  await h?.close();
  await api?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function kubeconfig(server: string, token = TOKEN): string {
  const file = join(dir, `kc-${Math.random().toString(36).slice(2)}`);
  const tls = server.startsWith('https:') ? `    certificate-authority: ${h.caFile}\n` : '    insecure-skip-tls-verify: true\n';
  writeFileSync(file, `apiVersion: v1\nkind: Config\nclusters:\n- name: c\n  cluster:\n    server: ${server}\n${tls}users:\n- name: publisher\n  user:\n    token: ${token}\ncontexts:\n- name: c\n  context:\n    cluster: c\n    user: publisher\ncurrent-context: c\n`);
  return file;
}

function definition(name: string): string {
  const file = join(dir, `${name}.yaml`);
  writeFileSync(file, `kind: Helm\nmetadata:\n  name: ${name}\n  version: 1.0.0\n  supportedOperatorVersion: ">= 0.1.12, <= 0.1.20"\nspec:\n  namespace: default\n  chart:\n    repo:\n      url: https://charts.example.com\n      chartName: ${name}\n      version: 1.0.0\n`);
  return file;
}

function publish(args: string[]): Promise<{ code: number | null; out: string }> {
  return new Promise((done, fail) => {
    const c = spawn(process.execPath, [CLI, 'publish', '--no-config', '--retries', '1', '--request-timeout', '2s', ...args], { env: { ...process.env, NO_COLOR: '1', FORKSPACER_DEF_CACHE_DIR: join(dir, 'cache') } });
    let out = '';
    c.stdout.on('data', (d: Buffer) => (out += d));
    c.stderr.on('data', (d: Buffer) => (out += d));
    c.on('error', fail);
    c.on('close', (code) => done({ code, out }));
  });
}

const noToken = (what: string, out: string) => {
  assert.ok(!out.includes(TOKEN), `${what}: the token appears in the output:\n${out}`);
  assert.ok(!out.includes(TOKEN.slice(0, 12)), `${what}: part of the token appears in the output:\n${out}`);
  assert.doesNotMatch(out, /internal error|\n\s+at \S+ \(/, what);
};

test('failure paths against a server that echoes the Authorization header: the message keeps the server\'s words, not the token', async () => {
  const cases: [string, string, RegExp][] = [
    ['echo-401', h.http, /Unauthorized \(401\): .* did not accept the credentials of kubeconfig user "publisher"/],
    ['echo-403', h.http, /Forbidden \(403\): not allowed to get configmaps "echo-403" in namespace "hostile": request refused; you sent Authorization: Bearer \[redacted\]/],
    ['echo-500', h.http, /server error \(500 InternalError\): request refused; you sent Authorization: Bearer \[redacted\] \(gave up after 2 attempts\)/],
    ['echo-text', h.http, /server error \(500\): request refused; you sent Authorization: Bearer \[redacted\]/],
    ['drip', h.http, /no response from http:\/\/127\.0\.0\.1:\d+ within 2000 ms/],
    ['loop', h.http, /answered 302 \(a redirect to \/api\/v1\/namespaces\/hostile\/configmaps\/loop\); an API server does not redirect/],
    ['good', h.https['self-signed'], /TLS error with https:\/\/127\.0\.0\.1:\d+: self[- ]signed certificate/],
    ['good', h.https.expired, /TLS error with https:\/\/127\.0\.0\.1:\d+: certificate has expired/],
    ['good', h.https['wrong-host'], /TLS error with https:\/\/127\.0\.0\.1:\d+: Hostname\/IP does not match/],
  ];
  for (const [name, server, want] of cases) {
    const r = await publish([definition(name), '-n', 'hostile', '--kubeconfig', kubeconfig(server)]);
    assert.equal(r.code, 1, `${name} at ${server}: ${r.out}`);
    assert.match(r.out, want, `${name} at ${server}:\n${r.out}`);
    noToken(`${name} at ${server}`, r.out);
    if (name.startsWith('echo')) assert.equal(h.authorization.get(name), `Bearer ${TOKEN}`, 'the server did receive (and echo) the token');
  }
});

test('a wrong token (401) and a good one through every output: created lines, --diff, --dry-run=server, -o yaml and json', async () => {
  const def = definition('secret-check');
  const wrong = await publish([def, '--kubeconfig', kubeconfig(api.url, 'kc-token-wrong-0000')]);
  assert.equal(wrong.code, 1);
  assert.match(wrong.out, /Unauthorized \(401\)/);
  assert.ok(!wrong.out.includes('kc-token-wrong-0000'), wrong.out);
  const kc = kubeconfig(api.url);
  for (const args of [[], ['--diff'], ['--dry-run=server'], ['-o', 'yaml'], ['-o', 'json'], ['--dry-run=server', '-o', 'json']]) {
    const r = await publish([def, '--kubeconfig', kc, ...args]);
    assert.ok(r.code === 0 || (args[0] === '--diff' && r.code === 1), `${args.join(' ')}: ${r.out}`);
    noToken(`publish ${args.join(' ')}`, r.out);
  }
  writeFileSync(def, readFileSync(def, 'utf8').replace('version: 1.0.0', 'version: 1.0.1'));
  const diff = await publish([def, '--kubeconfig', kc, '--diff']);
  assert.equal(diff.code, 1, diff.out);
  assert.match(diff.out, /^\+.*1\.0\.1/m);
  noToken('publish --diff with changes', diff.out);
});
