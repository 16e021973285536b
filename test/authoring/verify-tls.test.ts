/**
 * verify-module against a module served over HTTPS on loopback (a self-signed certificate, see
 * fixtures/tls/README.md) and behind a header check: --cacert, --insecure and --header, through
 * the engine and through the built CLI.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { verifyModule } from '../../src/authoring/verify/index.ts';
import type { VerifyResult } from '../../src/authoring/verify/index.ts';

const TLS = join(import.meta.dirname, 'fixtures', 'tls');
const CA = readFileSync(join(TLS, 'cert.pem'), 'utf8');
const ROOT = join(import.meta.dirname, '..', '..');
const TOKEN = 'Bearer s3cret';
const config = new Map([['replicas', 2n]]);
const seenHeaders: IncomingMessage['headers'][] = [];
let url: string;
let close: () => Promise<void>;

function answer(req: IncomingMessage, body: string, res: ServerResponse): void {
  seenHeaders.push(req.headers);
  const send = (status: number, v?: unknown) => {
    res.writeHead(status, v === undefined ? {} : { 'content-type': 'application/json' });
    res.end(v === undefined ? undefined : JSON.stringify(v));
  };
  if (req.headers.authorization !== TOKEN) return send(401, { error: 'unauthorized' });
  const route = `${req.method} ${req.url}`;
  if (route === 'GET /health') return send(200, { timestamp: new Date().toISOString().replace(/\.\d+Z$/, 'Z'), uptime: 1.5, message: 'ok', healthy: true });
  let data: unknown = {};
  try {
    data = body ? JSON.parse(body) : {};
  } catch {
    res.writeHead(400);
    return void res.end('failed to unmarshal request body');
  }
  const status = { 'POST /install': 201, 'POST /sleep': 200, 'POST /resume': 200, 'POST /uninstall': 204 }[route];
  if (!status) return send(404, { error: 'not found' });
  send(status, status === 204 ? undefined : data);
}

before(async () => {
  const server = createServer({ cert: CA, key: readFileSync(join(TLS, 'key.pem')) }, (req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (c: string) => (body += c));
    req.on('end', () => answer(req, body, res));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => new Promise<void>((r) => (server.closeAllConnections(), server.close(() => r())));
});
after(() => close());

const outcome = (r: VerifyResult) => Object.fromEntries(r.steps.map((s) => [s.name, s.outcome === 'pass' ? 'pass' : s.problems.join(' | ')]));
const allPass = { health: 'pass', malformed: 'pass', install: 'pass', sleep: 'pass', resume: 'pass', uninstall: 'pass' };

test('a certificate the system does not trust fails every step with a hint, not a stack of TLS codes', async () => {
  const r = await verifyModule({ baseUrl: url, config, timeoutMs: 3000, headers: { authorization: TOKEN } });
  assert.equal(r.failed, 6);
  assert.match(r.steps[0].problems[0], /^the module's TLS certificate is not trusted \(DEPTH_ZERO_SELF_SIGNED_CERT: .*\); pass its CA with --cacert, or --insecure to skip the check$/);
});

test('its CA trusted (--cacert), or verification off (--insecure), the contract is checked', async () => {
  assert.deepEqual(outcome(await verifyModule({ baseUrl: url, config, timeoutMs: 3000, headers: { authorization: TOKEN }, tls: { ca: CA } })), allPass);
  assert.deepEqual(outcome(await verifyModule({ baseUrl: url, config, timeoutMs: 3000, headers: { authorization: TOKEN }, tls: { insecure: true } })), allPass);
});

test('headers go with every request; without them the module refuses', async () => {
  seenHeaders.length = 0;
  await verifyModule({ baseUrl: url, config, timeoutMs: 3000, headers: { authorization: TOKEN, 'x-team': 'a' }, tls: { ca: CA } });
  assert.equal(seenHeaders.length, 6);
  assert.ok(seenHeaders.every((h) => h.authorization === TOKEN && h['x-team'] === 'a' && h.accept === 'application/json'));
  const refused = await verifyModule({ baseUrl: url, config, timeoutMs: 3000, tls: { ca: CA }, skipDestructive: true });
  assert.match(refused.steps[0].problems.join(' '), /status 401/);
});

function cli(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, [join(ROOT, 'bin', 'forkspacer-def'), ...args], { cwd: ROOT, env: { ...process.env, FORCE_COLOR: '0' } });
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (d: Buffer) => (stdout += d));
    p.stderr.on('data', (d: Buffer) => (stderr += d));
    p.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

test('the CLI: -H and --cacert as curl takes them; a malformed header or a file without a certificate is a usage error', async () => {
  const def = 'fixtures/examples/installer-custom-image.yaml';
  const ok = await cli(['verify-module', url, '--definition', def, '--set', 'appName=demo', '-H', `Authorization: ${TOKEN}`, '--cacert', join(TLS, 'cert.pem'), '-f', 'json']);
  assert.equal(ok.status, 0, ok.stderr + ok.stdout);
  assert.equal((JSON.parse(ok.stdout) as { failed: number }).failed, 0);
  const bad = await cli(['verify-module', url, '--definition', def, '-H', 'no colon here']);
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /--header "no colon here": expected "Name: value", e\.g\. --header "Authorization: Bearer \$TOKEN"/);
  const notPem = await cli(['verify-module', url, '--definition', def, '--cacert', join(TLS, 'README.md')]);
  assert.equal(notPem.status, 2);
  assert.match(notPem.stderr, /--cacert .*README\.md: no PEM certificate in it/);
});
