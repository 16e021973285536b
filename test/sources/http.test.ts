// source.httpURL fetching against a real node:http server on loopback.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import net, { type AddressInfo } from 'node:net';
import { createHttpFetcher, proxyFor, type HttpFetcher } from '../../src/sources/http.ts';

const DEF = 'kind: Helm\nmetadata:\n  name: redis\n  version: 1.0.0\n';
let server: http.Server;
let base: string;
const counts = new Map<string, number>();
const events: string[] = [];
const lastHeaders = new Map<string, http.IncomingHttpHeaders>();
const fetchers: HttpFetcher[] = [];

function fetcher(opts: Parameters<typeof createHttpFetcher>[0] = {}): HttpFetcher {
  const f = createHttpFetcher(opts);
  fetchers.push(f);
  return f;
}

before(async () => {
  server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const p = url.pathname;
    counts.set(p, (counts.get(p) ?? 0) + 1);
    lastHeaders.set(p, req.headers);
    const redirect = (status: number, to: string): void => {
      res.writeHead(status, { location: to });
      res.end(`see ${to}`);
    };
    switch (p) {
      case '/ok':
      case '/count':
        res.writeHead(200, { 'content-type': 'application/yaml' });
        return void res.end(DEF);
      case '/html':
        res.writeHead(200, { 'content-type': 'text/html' });
        return void res.end('<html><body>login</body></html>');
      case '/404':
        res.writeHead(404);
        return void res.end('no such thing');
      case '/500':
        res.writeHead(500);
        return void res.end('boom');
      case '/204':
        res.writeHead(204);
        return void res.end();
      case '/r1':
        return redirect(302, '/r2');
      case '/r2':
        return redirect(301, `${base}/r3`);
      case '/r3':
        return redirect(307, 'ok');
      case '/loop-a':
        return redirect(302, '/loop-b');
      case '/loop-b':
        return redirect(308, '/loop-a');
      case '/self':
        return redirect(302, '/self');
      case '/to-404':
        return redirect(302, '/404');
      case '/to-ftp':
        return redirect(302, 'ftp://example.com/def.yaml');
      case '/no-location':
        res.writeHead(302);
        return void res.end();
      case '/slow-body':
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.write('kind: Helm\n');
        return; // never ends
      case '/slow-headers':
        return; // never answers
      case '/delayed': {
        setTimeout(() => {
          res.writeHead(200);
          res.end(DEF);
        }, 150);
        return;
      }
      case '/big-chunked': {
        // 8 MiB in 64 KiB chunks, no Content-Length; records whether the client stopped reading.
        res.writeHead(200, { 'content-type': 'text/plain' });
        const chunk = Buffer.alloc(64 * 1024, 'a');
        let sent = 0;
        res.on('close', () => events.push(`big-chunked closed after ${sent} bytes, finished=${res.writableFinished}`));
        const pump = (): void => {
          while (sent < 8 * 1024 * 1024) {
            sent += chunk.length;
            if (!res.write(chunk)) return void res.once('drain', pump);
          }
          res.end();
        };
        return pump();
      }
      case '/big-cl': {
        const n = 2 * 1024 * 1024;
        res.writeHead(200, { 'content-length': String(n) });
        return void res.end(Buffer.alloc(n, 'b'));
      }
      case '/exact': {
        const n = Number(url.searchParams.get('n'));
        res.writeHead(200, url.searchParams.has('cl') ? { 'content-length': String(n) } : {});
        return void res.end(Buffer.alloc(n, 'c'));
      }
      case '/latin1':
        res.writeHead(200, { 'content-type': 'text/plain; charset=iso-8859-1' });
        return void res.end(Buffer.from('name: caf\xe9\n', 'latin1'));
      case '/binary':
        res.writeHead(200, { 'content-type': 'application/octet-stream' });
        return void res.end(Buffer.from([0x6b, 0x69, 0x6e, 0x64, 0x00, 0x01, 0x02]));
      case '/bom':
        res.writeHead(200);
        return void res.end('\ufeff' + DEF);
      case '/auth':
        res.writeHead(req.headers.authorization === 'Basic ' + Buffer.from('alice:s3cret').toString('base64') ? 200 : 401);
        return void res.end(DEF);
      default:
        res.writeHead(404);
        res.end();
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(async () => {
  for (const f of fetchers) await f.close();
  server.closeAllConnections();
  await new Promise<void>((r) => server.close(() => r()));
});

test('200: the body is the definition, with the final URL', async () => {
  const r = await fetcher().fetch(`${base}/ok`);
  assert.deepEqual(r, { ok: true, text: DEF, url: `${base}/ok` });
  assert.equal(lastHeaders.get('/ok')?.['user-agent'], 'Go-http-client/1.1');
});

test('a 200 HTML page is text: returned for the lint to reject as a definition', async () => {
  const r = await fetcher().fetch(`${base}/html`);
  assert.equal(r.ok, true);
});

test('404 and 500 are errors naming the URL and the status', async () => {
  const f = fetcher();
  assert.deepEqual(await f.fetch(`${base}/404`), { ok: false, error: `${base}/404: status 404 Not Found (only 200 is accepted)` });
  assert.deepEqual(await f.fetch(`${base}/500`), { ok: false, error: `${base}/500: status 500 Internal Server Error (only 200 is accepted)` });
});

test('any status but 200 is an error, 204 included', async () => {
  const r = await fetcher().fetch(`${base}/204`);
  assert.equal(r.ok, false);
  assert.match(!r.ok ? r.error : '', /status 204 No Content/);
});

test('a redirect chain (302, 301 absolute, 307 relative) is followed to the final URL', async () => {
  const r = await fetcher().fetch(`${base}/r1`);
  assert.deepEqual(r, { ok: true, text: DEF, url: `${base}/ok` });
});

test('a redirect to an error names the URL as written and where it went', async () => {
  const r = await fetcher().fetch(`${base}/to-404`);
  assert.deepEqual(r, { ok: false, error: `${base}/to-404 (redirected to ${base}/404): status 404 Not Found (only 200 is accepted)` });
});

test('a redirect loop is detected', async () => {
  const f = fetcher();
  const r = await f.fetch(`${base}/loop-a`);
  assert.equal(r.ok, false);
  assert.equal(!r.ok && r.error, `${base}/loop-a (redirected to ${base}/loop-b): redirect loop: ${base}/loop-a -> ${base}/loop-b -> ${base}/loop-a`);
  const s = await f.fetch(`${base}/self`);
  assert.match(!s.ok ? s.error : '', /redirect loop: .*\/self -> .*\/self$/);
});

test('more redirects than the limit is an error', async () => {
  const r = await fetcher({ maxRedirects: 2 }).fetch(`${base}/r1`);
  assert.equal(r.ok, false);
  assert.match(!r.ok ? r.error : '', /stopped after 2 redirects: .*\/r1 -> .*\/r2 -> .*\/r3 -> .*\/ok$/);
  const ok = await fetcher({ maxRedirects: 3 }).fetch(`${base}/r1`);
  assert.equal(ok.ok, true);
});

test('a redirect to another scheme, or without Location, is an error', async () => {
  const f = fetcher();
  const r = await f.fetch(`${base}/to-ftp`);
  assert.match(!r.ok ? r.error : '', /redirected to ftp:\/\/example\.com\/def\.yaml: unsupported scheme "ftp"/);
  const n = await f.fetch(`${base}/no-location`);
  assert.match(!n.ok ? n.error : '', /status 302 Found without a Location header/);
});

test('a body that stalls past the timeout is a timeout error', async () => {
  const t0 = performance.now();
  const r = await fetcher({ timeoutMs: 300 }).fetch(`${base}/slow-body`);
  const took = performance.now() - t0;
  assert.deepEqual(r, { ok: false, error: `${base}/slow-body: timeout after 0.3s` });
  assert.ok(took >= 280 && took < 3000, `took ${took} ms`);
});

test('headers that never come are a timeout error', async () => {
  const r = await fetcher({ timeoutMs: 250 }).fetch(`${base}/slow-headers`);
  assert.deepEqual(r, { ok: false, error: `${base}/slow-headers: timeout after 0.25s` });
});

test('the default timeout is 10 s', async () => {
  const { DEFAULT_HTTP_TIMEOUT_MS } = await import('../../src/sources/http.ts');
  assert.equal(DEFAULT_HTTP_TIMEOUT_MS, 10_000);
});

test('a body past the size cap is refused, and reading stops', async () => {
  const r = await fetcher().fetch(`${base}/big-chunked`);
  assert.deepEqual(r, { ok: false, error: `${base}/big-chunked: body over 1048576 bytes (1 MiB)` });
  // The server notices the client went away long before its 8 MiB are written.
  for (let i = 0; i < 50 && !events.some((e) => e.startsWith('big-chunked')); i++) await new Promise((res) => setTimeout(res, 20));
  const ev = events.find((e) => e.startsWith('big-chunked'));
  assert.ok(ev, 'server saw the connection close');
  assert.match(ev, /finished=false/);
});

test('a Content-Length past the cap is refused before reading', async () => {
  const r = await fetcher().fetch(`${base}/big-cl`);
  assert.deepEqual(r, { ok: false, error: `${base}/big-cl: body over 1048576 bytes (1 MiB) (Content-Length 2097152)` });
});

test('a body of exactly the cap is accepted, one byte more is not', async () => {
  const f = fetcher({ maxBytes: 1000 });
  for (const q of ['', '&cl']) {
    const ok = await f.fetch(`${base}/exact?n=1000${q}`);
    assert.equal(ok.ok && ok.text.length, 1000);
  }
  const over = await f.fetch(`${base}/exact?n=1001`);
  assert.deepEqual(over, { ok: false, error: `${base}/exact?n=1001: body over 1000 bytes` });
  const overCl = await f.fetch(`${base}/exact?n=1001&cl`);
  assert.deepEqual(overCl, { ok: false, error: `${base}/exact?n=1001&cl: body over 1000 bytes (Content-Length 1001)` });
});

test('a body that is not UTF-8 text is an error', async () => {
  const f = fetcher();
  assert.deepEqual(await f.fetch(`${base}/latin1`), { ok: false, error: `${base}/latin1: non-text body: not valid UTF-8 (at byte 9)` });
  assert.deepEqual(await f.fetch(`${base}/binary`), { ok: false, error: `${base}/binary: non-text body: contains a NUL byte (at byte 4)` });
});

test('a byte order mark is kept for the lint to see', async () => {
  const r = await fetcher().fetch(`${base}/bom`);
  assert.equal(r.ok && r.text, '\ufeff' + DEF);
});

test('a refused connection (closed port) names the host', async () => {
  const s = http.createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as AddressInfo).port;
  await new Promise<void>((r) => s.close(() => r()));
  const r = await fetcher().fetch(`http://127.0.0.1:${port}/def.yaml`);
  assert.deepEqual(r, { ok: false, error: `http://127.0.0.1:${port}/def.yaml: connection refused by 127.0.0.1:${port}` });
});

test('an unknown host is a DNS failure', async () => {
  const r = await fetcher({ timeoutMs: 5000, env: {} }).fetch('http://no-such-host.invalid/def.yaml');
  assert.equal(r.ok, false);
  assert.match(!r.ok ? r.error : '', /^http:\/\/no-such-host\.invalid\/def\.yaml: DNS lookup failed/);
});

test('schemes other than http and https are refused without a request', async () => {
  const f = fetcher();
  assert.deepEqual(await f.fetch('ftp://example.com/def.yaml'), { ok: false, error: 'ftp://example.com/def.yaml: unsupported scheme "ftp": only http and https are fetched' });
  assert.deepEqual(await f.fetch('file:///etc/passwd'), { ok: false, error: 'file:///etc/passwd: unsupported scheme "file": only http and https are fetched' });
  assert.deepEqual(await f.fetch('example.com/def.yaml'), { ok: false, error: 'example.com/def.yaml: invalid URL: no scheme (expected http:// or https://)' });
  assert.deepEqual(await f.fetch(' http://example.com/'), { ok: false, error: ' http://example.com/: invalid URL: leading or trailing space' });
  assert.deepEqual(await f.fetch('http://'), { ok: false, error: 'http://: invalid URL' });
  const hs = await f.fetch('HTTP://127.0.0.1:1/x');
  assert.match(!hs.ok ? hs.error : '', /connection refused/, 'scheme is case-insensitive');
});

test('user info in the URL is sent as basic auth, like Go', async () => {
  const r = await fetcher().fetch(`http://alice:s3cret@${base.slice(7)}/auth`);
  assert.equal(r.ok, true);
});

test('the same URL is fetched once per run', async () => {
  const f = fetcher();
  counts.delete('/count');
  const a = await f.fetch(`${base}/count`);
  const b = await f.fetch(`${base}/count`);
  assert.deepEqual(a, b);
  assert.equal(counts.get('/count'), 1);
  // Another run (another fetcher) fetches again.
  await fetcher().fetch(`${base}/count`);
  assert.equal(counts.get('/count'), 2);
});

test('concurrent requests for one URL share one request', async () => {
  const f = fetcher();
  counts.delete('/delayed');
  const all = await Promise.all(Array.from({ length: 8 }, () => f.fetch(`${base}/delayed`)));
  assert.equal(counts.get('/delayed'), 1);
  for (const r of all) assert.deepEqual(r, { ok: true, text: DEF, url: `${base}/delayed` });
});

test('failures are cached too', async () => {
  const f = fetcher();
  counts.delete('/500');
  await f.fetch(`${base}/500`);
  await f.fetch(`${base}/500`);
  assert.equal(counts.get('/500'), 1);
});

test('offline: nothing is fetched', async () => {
  const f = fetcher({ offline: true });
  counts.delete('/ok');
  assert.deepEqual(await f.fetch(`${base}/ok`), { ok: false, offline: true, error: 'not fetched (--offline)' });
  assert.deepEqual(await f.fetch('ftp://x/y'), { ok: false, offline: true, error: 'not fetched (--offline)' });
  assert.equal(counts.get('/ok'), undefined);
});

test('proxy selection follows Go (HTTP_PROXY, HTTPS_PROXY, NO_PROXY, loopback never proxied)', () => {
  const env = { HTTP_PROXY: 'proxy.corp:3128', https_proxy: 'http://secure.corp:3128', NO_PROXY: 'internal.corp, .svc, 10.0.0.0/8, example.org:8080' };
  const p = (url: string, e: Record<string, string | undefined> = env): string | undefined => proxyFor(new URL(url), e);
  assert.equal(p('http://defs.example.com/a.yaml'), 'http://proxy.corp:3128');
  assert.equal(p('https://defs.example.com/a.yaml'), 'http://secure.corp:3128');
  assert.equal(p('https://defs.example.com/a.yaml', { HTTP_PROXY: 'http://proxy.corp:3128' }), undefined, 'https does not fall back to HTTP_PROXY');
  assert.equal(p('http://localhost:8080/a'), undefined);
  assert.equal(p('http://127.0.0.1:8080/a'), undefined);
  assert.equal(p('http://[::1]:8080/a'), undefined);
  assert.equal(p('http://internal.corp/a'), undefined);
  assert.equal(p('http://git.internal.corp/a'), undefined, 'a name matches its subdomains');
  assert.equal(p('http://notinternal.corp/a'), 'http://proxy.corp:3128');
  assert.equal(p('http://charts.ns.svc/a'), undefined);
  assert.equal(p('http://10.1.2.3/a'), undefined);
  assert.equal(p('http://11.1.2.3/a'), 'http://proxy.corp:3128');
  assert.equal(p('http://example.org:8080/a'), undefined);
  assert.equal(p('http://example.org/a'), 'http://proxy.corp:3128', 'port must match');
  assert.equal(p('http://anything/a', { HTTP_PROXY: 'http://p:1', NO_PROXY: '*' }), undefined);
  assert.equal(p('http://anything/a', {}), undefined);
});

test('through an HTTP proxy (CONNECT) from HTTP_PROXY', async () => {
  const port = (server.address() as AddressInfo).port;
  const connects: string[] = [];
  const proxy = http.createServer((_req, res) => {
    res.writeHead(405);
    res.end();
  });
  proxy.on('connect', (req: http.IncomingMessage, socket: net.Socket, head: Buffer) => {
    connects.push(req.url ?? '');
    const up = net.connect(port, '127.0.0.1', () => {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      up.write(head);
      up.pipe(socket);
      socket.pipe(up);
    });
    up.on('error', () => socket.destroy());
    socket.on('error', () => up.destroy());
  });
  await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', r));
  try {
    const proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
    const f = fetcher({ env: { HTTP_PROXY: proxyUrl } });
    const r = await f.fetch('http://definitions.example.test/ok');
    assert.deepEqual(r, { ok: true, text: DEF, url: 'http://definitions.example.test/ok' });
    assert.deepEqual(connects, ['definitions.example.test:80']);
    await f.close();
  } finally {
    proxy.closeAllConnections();
    await new Promise<void>((r) => proxy.close(() => r()));
  }
});
