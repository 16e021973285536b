// Hostile HTTP(S) servers on loopback for the hostile-input tests: each path (for `source.httpURL`)
// or ConfigMap name (for `--cluster`, under /api/v1/namespaces/hostile/configmaps/<name>) is one
// misbehaviour: slow drip, endless body, redirect loops, huge headers, gzip bombs, wrong content
// types, answers that echo the request's Authorization header. TLS certificates (a CA, a good
// leaf, an expired one, one for another host, a self-signed one) are made with openssl at start.
import http from 'node:http';
import https from 'node:https';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo, Socket } from 'node:net';
import { gzipSync } from 'node:zlib';

export const DEFINITION = [
  '# served by the hostile test server',
  'kind: Helm',
  'metadata:',
  '  name: served',
  '  version: 1.0.0',
  '  supportedOperatorVersion: ">= 0.1.12, <= 0.1.20"',
  'spec:',
  '  namespace: default',
  '  chart:',
  '    repo:',
  '      url: https://charts.example.com',
  '      chartName: served',
  '      version: 1.0.0',
  '',
].join('\n');

/** Decoded size of the gzip bomb: 128 MiB of zeros, about 128 KiB on the wire. */
export const BOMB_BYTES = 128 * 1024 * 1024;

export interface HostileServers {
  http: string;
  /** https base URLs by certificate: good (CA-signed for 127.0.0.1), expired, wrong-host, self-signed. */
  https: Record<'good' | 'expired' | 'wrong-host' | 'self-signed', string>;
  /** PEM of the CA that signed good, expired and wrong-host (for NODE_EXTRA_CA_CERTS / certificate-authority). */
  caFile: string;
  /** Bytes written per request path (and ConfigMap name) so far, to show reading stopped. */
  bytesSent: Map<string, number>;
  /** Authorization headers seen, by path. */
  authorization: Map<string, string>;
  close(): Promise<void>;
}

function certificates(dir: string): Record<string, { key: string; cert: string }> {
  const run = (args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes'];
  run(['req', '-x509', ...ec, '-keyout', 'ca.key', '-out', 'ca.pem', '-subj', '/CN=forkspacer-def test CA', '-days', '2', '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign']);
  writeFileSync(join(dir, 'index.txt'), '');
  writeFileSync(join(dir, 'serial'), '01\n');
  writeFileSync(join(dir, 'ca.cnf'), '[ca]\ndefault_ca=d\n[d]\ndatabase=./index.txt\nnew_certs_dir=.\nserial=./serial\ncertificate=./ca.pem\nprivate_key=./ca.key\ndefault_md=sha256\npolicy=p\nunique_subject=no\ncopy_extensions=none\n[p]\ncommonName=supplied\n');
  const leaf = (name: string, san: string, dates: string[]) => {
    run(['req', ...ec, '-keyout', `${name}.key`, '-out', `${name}.csr`, '-subj', `/CN=${name}`]);
    writeFileSync(join(dir, `${name}.ext`), `subjectAltName=${san}\nbasicConstraints=CA:FALSE\n`);
    run(['ca', '-batch', '-config', 'ca.cnf', '-notext', ...dates, '-in', `${name}.csr`, '-out', `${name}.pem`, '-extfile', `${name}.ext`]);
  };
  leaf('good', 'IP:127.0.0.1', ['-days', '2']);
  leaf('expired', 'IP:127.0.0.1', ['-startdate', '20200101000000Z', '-enddate', '20200102000000Z']);
  leaf('wrong-host', 'DNS:wrong.example', ['-days', '2']);
  run(['req', '-x509', ...ec, '-keyout', 'self-signed.key', '-out', 'self-signed.pem', '-subj', '/CN=127.0.0.1', '-days', '2', '-addext', 'subjectAltName=IP:127.0.0.1']);
  const out: Record<string, { key: string; cert: string }> = {};
  for (const n of ['good', 'expired', 'wrong-host', 'self-signed']) out[n] = { key: readFileSync(join(dir, `${n}.key`), 'utf8'), cert: readFileSync(join(dir, `${n}.pem`), 'utf8') };
  return out;
}

export async function startHostileServers(): Promise<HostileServers> {
  const dir = mkdtempSync(join(tmpdir(), 'fsd-hostile-'));
  const certs = certificates(dir);
  const bomb = gzipSync(Buffer.alloc(BOMB_BYTES), { level: 9 });
  const bytesSent = new Map<string, number>();
  const authorization = new Map<string, string>();
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  const count = (key: string, n: number) => bytesSent.set(key, (bytesSent.get(key) ?? 0) + n);

  /** Writes forever (until the client goes away), counting what was written. */
  function endless(res: http.ServerResponse, key: string, chunk: Buffer) {
    const pump = () => {
      for (let more = true; more && !res.destroyed; ) {
        more = res.write(chunk);
        count(key, chunk.length);
      }
    };
    res.on('drain', pump);
    pump();
  }
  function drip(res: http.ServerResponse, key: string) {
    const t = setInterval(() => {
      res.write('#');
      count(key, 1);
    }, 100);
    timers.add(t);
    res.on('close', () => clearInterval(t));
  }
  const echo = (req: http.IncomingMessage) => `request refused; you sent Authorization: ${req.headers.authorization ?? '(none)'}`;
  const status = (code: number, reason: string, message: string) => JSON.stringify({ kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message, reason, code });

  /** One misbehaviour, named by the request path (httpURL) or the ConfigMap name (--cluster). */
  function behave(name: string, req: http.IncomingMessage, res: http.ServerResponse, cluster: boolean) {
    const payload = cluster
      ? JSON.stringify({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name, namespace: 'hostile', resourceVersion: '1' }, data: { 'module.yaml': DEFINITION } })
      : DEFINITION;
    switch (name) {
      case 'good':
        res.writeHead(200, { 'content-type': cluster ? 'application/json' : 'text/plain' });
        return res.end(payload);
      case 'drip':
        res.writeHead(200, { 'content-type': cluster ? 'application/json' : 'text/plain' });
        return drip(res, name);
      case 'drip-headers': {
        // The status line, then one header line every 100 ms, never the end of the headers.
        const s = res.socket!;
        s.write('HTTP/1.1 200 OK\r\n');
        const t = setInterval(() => s.write(`X-Drip-${Date.now()}: 1\r\n`), 100);
        timers.add(t);
        s.on('close', () => clearInterval(t));
        return;
      }
      case 'endless':
        res.writeHead(200, { 'content-type': cluster ? 'application/json' : 'text/plain' });
        return endless(res, name, Buffer.alloc(64 * 1024, cluster ? ' ' : '#'));
      case 'endless-declared':
        res.writeHead(200, { 'content-type': 'text/plain', 'content-length': String(10 * 1024 ** 3) });
        return endless(res, name, Buffer.alloc(64 * 1024, '#'));
      case 'huge-headers':
        res.writeHead(200, { 'x-huge': 'h'.repeat(64 * 1024) });
        return res.end(payload);
      case 'gzip-bomb':
        res.writeHead(200, { 'content-type': cluster ? 'application/json' : 'text/plain', 'content-encoding': 'gzip', 'content-length': String(bomb.length) });
        count(name, bomb.length);
        return res.end(bomb);
      case 'gzip-good': {
        const z = gzipSync(payload);
        res.writeHead(200, { 'content-type': cluster ? 'application/json' : 'text/plain', 'content-encoding': 'gzip', 'content-length': String(z.length) });
        return res.end(z);
      }
      case 'gzip-broken':
        res.writeHead(200, { 'content-encoding': 'gzip' });
        return res.end(Buffer.from('this is not gzip at all, though the header says so'));
      case 'loop':
        res.writeHead(302, { location: cluster ? req.url : '/loop-2' });
        return res.end();
      case 'loop-2':
        res.writeHead(302, { location: '/loop' });
        return res.end();
      case 'chain': {
        const n = Number(new URL(req.url ?? '/', 'http://x').searchParams.get('n') ?? 0);
        res.writeHead(302, { location: `/chain?n=${n + 1}` });
        return res.end();
      }
      case 'to-file':
        res.writeHead(302, { location: 'file:///etc/passwd' });
        return res.end();
      case 'html':
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        return res.end('<!doctype html><html><body><form>Sign in</form></body></html>\n');
      case 'octet-stream':
        res.writeHead(200, { 'content-type': 'application/octet-stream' });
        return res.end(DEFINITION);
      case 'png':
        res.writeHead(200, { 'content-type': 'image/png' });
        return res.end(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0xfe, 0x00, 0x00]));
      case 'echo-401':
      case 'echo-403':
      case 'echo-500': {
        const code = Number(name.slice(5));
        authorization.set(name, req.headers.authorization ?? '');
        res.writeHead(code, { 'content-type': 'application/json' });
        return res.end(status(code, code === 401 ? 'Unauthorized' : code === 403 ? 'Forbidden' : 'InternalError', echo(req)));
      }
      case 'echo-text':
        authorization.set(name, req.headers.authorization ?? '');
        res.writeHead(500, { 'content-type': 'text/plain' });
        return res.end(echo(req));
      default:
        res.writeHead(404, { 'content-type': 'application/json' });
        return res.end(status(404, 'NotFound', `${name} not found`));
    }
  }

  const handler = (req: http.IncomingMessage, res: http.ServerResponse) => {
    const path = (req.url ?? '/').split('?')[0];
    const cm = /^\/api\/v1\/namespaces\/hostile\/configmaps\/([^/]+)$/.exec(path);
    if (cm) return behave(cm[1], req, res, true);
    if (path.startsWith('/api')) {
      // Everything else a `--cluster` lint asks (the Workspace) exists.
      res.writeHead(200, { 'content-type': 'application/json' });
      return res.end(JSON.stringify({ apiVersion: 'batch.forkspacer.com/v1', kind: 'Workspace', metadata: { name: path.split('/').pop(), namespace: 'default' } }));
    }
    // The first path segment names the behaviour, so /endless/health (verify-module) is endless too.
    behave(path.slice(1).split('/')[0], req, res, false);
  };
  const servers: (http.Server | https.Server)[] = [];
  async function listen(s: http.Server | https.Server): Promise<number> {
    s.on('connection', (c: Socket) => {
      sockets.add(c);
      c.on('close', () => sockets.delete(c));
    });
    s.on('secureConnection', (c: Socket) => {
      sockets.add(c);
      c.on('close', () => sockets.delete(c));
    });
    // Clients that refuse a certificate close the connection; that is not an error here.
    s.on('tlsClientError', () => undefined);
    servers.push(s);
    await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
    return (s.address() as AddressInfo).port;
  }
  const httpPort = await listen(http.createServer({ maxHeaderSize: 64 * 1024 }, handler));
  const httpsUrls = {} as HostileServers['https'];
  for (const name of ['good', 'expired', 'wrong-host', 'self-signed'] as const) {
    httpsUrls[name] = `https://127.0.0.1:${await listen(https.createServer({ ...certs[name] }, handler))}`;
  }
  return {
    http: `http://127.0.0.1:${httpPort}`,
    https: httpsUrls,
    caFile: join(dir, 'ca.pem'),
    bytesSent,
    authorization,
    async close() {
      for (const t of timers) clearInterval(t);
      for (const s of sockets) s.destroy();
      await Promise.all(servers.map((s) => new Promise<void>((r) => s.close(() => r()))));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
