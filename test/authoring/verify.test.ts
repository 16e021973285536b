/**
 * verify-module against small module services on loopback: one that follows the custom module
 * contract (as the guide's Go handler does) and several that break it in different ways.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { installBody } from '../../src/authoring/verify/config.ts';
import { isRfc3339, MALFORMED_BODY, verifyModule, VerifyInputError } from '../../src/authoring/verify/index.ts';
import type { VerifyResult } from '../../src/authoring/verify/index.ts';
import { formatVerify } from '../../src/authoring/verify/report.ts';

type Handler = (req: IncomingMessage, body: string, res: ServerResponse) => void | Promise<void>;

const started = Date.now();
const json = (res: ServerResponse, status: number, v: unknown) => {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(`${JSON.stringify(v)}\n`);
};

/** The contract as the guide's Go handler implements it; `overrides` replace single routes. */
function moduleService(overrides: Record<string, Handler> = {}, seen: { path: string; body: string }[] = []): Handler {
  const routes: Record<string, Handler> = {
    'GET /health': (_q, _b, res) => json(res, 200, { timestamp: new Date().toISOString().replace(/\.\d+Z$/, 'Z'), uptime: (Date.now() - started) / 1000, message: 'Service is running', healthy: true }),
    'POST /install': (_q, body, res) => lifecycle(body, res, 201, (m) => ((m.deploymentName = 'demo'), m)),
    'POST /sleep': (_q, body, res) => lifecycle(body, res, 200),
    'POST /resume': (_q, body, res) => lifecycle(body, res, 200),
    'POST /uninstall': (_q, body, res) => lifecycle(body, res, 204),
    ...overrides,
  };
  return (req, body, res) => {
    seen.push({ path: `${req.method} ${req.url}`, body });
    const h = routes[`${req.method} ${req.url}`];
    if (!h) return void json(res, 404, { error: 'not found' });
    return h(req, body, res);
  };
}

function lifecycle(body: string, res: ServerResponse, status: number, change: (m: Record<string, unknown>) => Record<string, unknown> = (m) => m): void {
  let data: Record<string, unknown> = {};
  if (body.length) {
    try {
      data = JSON.parse(body) as Record<string, unknown>;
    } catch (e) {
      res.writeHead(400, { 'content-type': 'text/plain' });
      return void res.end(`failed to unmarshal request body: ${(e as Error).message}\n`);
    }
  }
  if (status === 204) {
    res.writeHead(204);
    return void res.end();
  }
  json(res, status, change(data));
}

async function serve(handler: Handler): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (c: string) => (body += c));
    req.on('end', () => void handler(req, body, res));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

const config = new Map<string, import('../../src/values/go-value.ts').GoValue>([
  ['env', 'staging'],
  ['replicas', 3n],
  ['debug', false],
]);

async function run(handler: Handler, opts: { timeoutMs?: number; skipDestructive?: boolean } = {}): Promise<VerifyResult> {
  const s = await serve(handler);
  try {
    return await verifyModule({ baseUrl: s.url, config, timeoutMs: opts.timeoutMs ?? 2000, skipDestructive: opts.skipDestructive });
  } finally {
    await s.close();
  }
}

const outcome = (r: VerifyResult) => Object.fromEntries(r.steps.map((s) => [s.name, s.outcome === 'pass' ? 'pass' : s.problems.join(' | ')]));

test('a module that follows the contract passes every step; later calls get what install answered', async () => {
  const seen: { path: string; body: string }[] = [];
  const r = await run(moduleService({}, seen));
  assert.deepEqual(outcome(r), { health: 'pass', malformed: 'pass', install: 'pass', sleep: 'pass', resume: 'pass', uninstall: 'pass' });
  assert.equal(r.failed, 0);
  assert.deepEqual(
    seen.map((s) => s.path),
    ['GET /health', 'POST /install', 'POST /install', 'POST /sleep', 'POST /resume', 'POST /uninstall'],
  );
  assert.equal(seen[1].body, MALFORMED_BODY);
  assert.deepEqual(JSON.parse(seen[2].body), { env: 'staging', replicas: 3, debug: false });
  assert.deepEqual(JSON.parse(seen[3].body), { env: 'staging', replicas: 3, debug: false, deploymentName: 'demo' });
  for (const s of r.steps) assert.ok(s.durationMs >= 0 && s.durationMs < 2000);
});

test('--skip-destructive runs only GET /health', async () => {
  const seen: { path: string; body: string }[] = [];
  const r = await run(moduleService({}, seen), { skipDestructive: true });
  assert.deepEqual(r.steps.map((s) => s.name), ['health']);
  assert.deepEqual(seen.map((s) => s.path), ['GET /health']);
});

test('wrong statuses: 200 from install, 200 with a body from uninstall, 500 from sleep', async () => {
  const r = await run(
    moduleService({
      'POST /install': (_q, _b, res) => json(res, 200, {}),
      'POST /uninstall': (_q, _b, res) => json(res, 200, { ok: true }),
      'POST /sleep': (_q, _b, res) => {
        res.writeHead(500);
        res.end('boom');
      },
    }),
  );
  assert.deepEqual(outcome(r), {
    health: 'pass',
    malformed: 'a body that is not JSON got status 200, expected 400 (the module accepted malformed JSON; it may have installed something)',
    install: 'status 200, expected 201',
    sleep: 'status 500, expected 200',
    resume: 'pass',
    uninstall: 'status 200, expected 204',
  });
});

test('health: missing fields, wrong types, unhealthy', async () => {
  let r = await run(moduleService({ 'GET /health': (_q, _b, res) => json(res, 200, { healthy: true }) }), { skipDestructive: true });
  assert.deepEqual(outcome(r), { health: 'timestamp is missing | uptime is missing | message is missing' });
  r = await run(moduleService({ 'GET /health': (_q, _b, res) => json(res, 200, { timestamp: 'now', uptime: '12s', message: 1, healthy: 'yes' }) }), { skipDestructive: true });
  assert.deepEqual(outcome(r), {
    health:
      'timestamp "now" is not RFC 3339 (e.g. 2025-10-14T10:30:00Z) | uptime is "12s", expected a number (seconds) | message is 1, expected a string | healthy is "yes", expected a boolean',
  });
  r = await run(moduleService({ 'GET /health': (_q, _b, res) => json(res, 503, { timestamp: '2025-10-14T10:30:00Z', uptime: 1, message: 'db down', healthy: false }) }), { skipDestructive: true });
  assert.deepEqual(outcome(r), { health: 'status 503, expected 200 | healthy is false (message: "db down")' });
  r = await run(moduleService({ 'GET /health': (_q, _b, res) => void res.end('OK') }), { skipDestructive: true });
  assert.deepEqual(outcome(r), { health: 'the body is not a JSON object: "OK"' });
});

test('health: a timestamp that is not RFC 3339', async () => {
  const r = await run(moduleService({ 'GET /health': (_q, _b, res) => json(res, 200, { timestamp: '2025-10-14 10:30:00', uptime: 1.5, message: 'ok', healthy: true }) }), { skipDestructive: true });
  assert.deepEqual(outcome(r), { health: 'timestamp "2025-10-14 10:30:00" is not RFC 3339 (e.g. 2025-10-14T10:30:00Z)' });
  assert.ok(isRfc3339('2025-10-14T10:30:00Z'));
  assert.ok(isRfc3339('2025-10-14T10:30:00.123+02:00'));
  assert.ok(isRfc3339('2024-02-29t23:59:60z'));
  for (const bad of ['2025-10-14', '2025-13-01T00:00:00Z', '2023-02-29T00:00:00Z', '2025-10-14T24:00:00Z', '2025-10-14T10:30:00', '2025-10-14T10:30:00+0200', '1760437800']) {
    assert.ok(!isRfc3339(bad), bad);
  }
});

test('a module that accepts malformed JSON, and one that answers 400 without a message', async () => {
  let r = await run(moduleService({ 'POST /install': (_q, _b, res) => json(res, 201, {}) }));
  assert.match(outcome(r).malformed, /got status 201, expected 400/);
  assert.equal(outcome(r).install, 'pass');
  r = await run(
    moduleService({
      'POST /install': (_q, body, res) => {
        try {
          json(res, 201, JSON.parse(body));
        } catch {
          res.writeHead(400);
          res.end();
        }
      },
    }),
  );
  assert.equal(outcome(r).malformed, 'status 400 but no message in the body');
});

test('install answering something that is not JSON', async () => {
  const r = await run(moduleService({ 'POST /install': (_q, _b, res) => ((res.statusCode = 201), void res.end('installed!')) }));
  assert.equal(outcome(r).install, 'the body is not JSON: "installed!"');
});

test('a module slower than the timeout', async () => {
  const r = await run(
    moduleService({
      'GET /health': (_q, _b, res) => {
        setTimeout(() => json(res, 200, { timestamp: '2025-10-14T10:30:00Z', uptime: 1, message: 'ok', healthy: true }), 600);
      },
    }),
    { timeoutMs: 150, skipDestructive: true },
  );
  assert.deepEqual(outcome(r), { health: 'no answer within the 150 ms timeout' });
  assert.ok(r.steps[0].durationMs < 550, `timed out after ${r.steps[0].durationMs} ms`);
});

test('connection refused', async () => {
  const s = await serve(moduleService());
  const url = s.url;
  await s.close();
  const r = await verifyModule({ baseUrl: url, config, timeoutMs: 1000 });
  assert.equal(r.failed, 6);
  assert.equal(r.steps[0].problems[0], 'connection refused (is the module listening on this address?)');
  assert.equal(r.steps[0].status, undefined);
});

test('a base URL with a path prefix keeps it', async () => {
  const seen: { path: string; body: string }[] = [];
  const inner = moduleService({}, seen);
  const s = await serve((req, body, res) => {
    req.url = req.url!.replace(/^\/mod/, '');
    return inner(req, body, res);
  });
  try {
    const r = await verifyModule({ baseUrl: `${s.url}/mod`, config, skipDestructive: true });
    assert.equal(r.failed, 0);
  } finally {
    await s.close();
  }
  await assert.rejects(verifyModule({ baseUrl: 'ftp://x', config }), VerifyInputError);
  await assert.rejects(verifyModule({ baseUrl: 'not a url', config }), VerifyInputError);
});

test('reports: stylish table, json and junit', async () => {
  const r = await run(moduleService({ 'POST /sleep': (_q, _b, res) => json(res, 202, {}) }));
  // Times vary, and with them the column widths: compare with runs of spaces collapsed.
  const stylish = formatVerify(r, 'stylish').replace(/\d+(\.\d)? ms/g, 'N ms').replace(/:\d+\//, ':PORT/').replace(/ +/g, ' ');
  assert.equal(
    stylish,
    [
      'http://127.0.0.1:PORT/',
      'config sent: {"env":"staging","replicas":3,"debug":false}',
      ' step request expected got time result',
      ' health GET /health 200 + health JSON 200 N ms pass',
      ' malformed POST /install 400 + message 400 N ms pass',
      ' install POST /install 201 + JSON 201 N ms pass',
      ' sleep POST /sleep 200 202 N ms fail',
      ' ✖ status 202, expected 200',
      ' resume POST /resume 200 200 N ms pass',
      ' uninstall POST /uninstall 204 204 N ms pass',
      '',
      '✖ 1 of 6 steps failed',
      '',
    ].join('\n'),
  );
  const j = JSON.parse(formatVerify(r, 'json')) as { failed: number; steps: { name: string; outcome: string; status: number }[]; config: unknown };
  assert.equal(j.failed, 1);
  assert.deepEqual(j.config, { env: 'staging', replicas: 3, debug: false });
  assert.deepEqual(j.steps.map((s) => `${s.name}:${s.outcome}:${s.status}`), ['health:pass:200', 'malformed:pass:400', 'install:pass:201', 'sleep:fail:202', 'resume:pass:200', 'uninstall:pass:204']);
  const x = formatVerify(r, 'junit');
  assert.match(x, /<testsuites name="forkspacer-def" tests="6" failures="1" errors="0">/);
  assert.match(x, /<testcase classname="verify-module" name="sleep: POST \/sleep → 200" time="\d+\.\d{3}">\n {6}<failure message="status 202, expected 200" type="contract">POST \/sleep: status 202, expected 200<\/failure>/);
});

test('the body is the effective config from the config engine', () => {
  const root = resolve(import.meta.dirname, '../..');
  const read = (p: string) => ({ file: p, text: readFileSync(resolve(root, p), 'utf8') });
  const def = read('fixtures/examples/installer-custom-image.yaml');
  assert.throws(() => installBody(def), /appName: required by .* but not given/);
  const body = installBody(def, { overrides: [{ source: '--set appName=demo', values: new Map([['appName', 'demo']]) }] });
  assert.deepEqual([...body], [['appName', 'demo'], ['cpu', 0.5]]);
  const inline = installBody(read('fixtures/render/inline-custom.yaml'));
  assert.deepEqual([...inline], [['tag', 'v2.0.0']]);
  assert.throws(() => installBody(read('fixtures/examples/redis-helm-flat.yaml')), /Helm definition/);
  assert.throws(() => installBody(read('fixtures/examples/legacy-plugin-custom.yaml')), /Go-plugin/);
});
