/**
 * Protocol details, spoken with vscode-jsonrpc to the built CLI's `lsp`: what the server
 * announces, debounced re-linting while typing, and the setting that lets the editor fetch
 * Module sources (off by default, as `lint --offline`).
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import http from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, test } from 'node:test';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import type { MessageConnection } from 'vscode-jsonrpc/node';
import { bin, root } from './support.ts';
import type { LspDiagnostic } from './support.ts';

interface Published {
  uri: string;
  version?: number;
  diagnostics: LspDiagnostic[];
}

const GOOD = readFileSync(join(root, 'fixtures', 'examples', 'redis-helm-flat.yaml'), 'utf8');
let server: ChildProcess;
let connection: MessageConnection;
let http_: http.Server;
let base = '';
let fetches = 0;
const dir = mkdtempSync(join(tmpdir(), 'fsd-lsp-'));
const published: Published[] = [];
let capabilities: Record<string, unknown> = {};

before(async () => {
  http_ = http.createServer((_req, res) => {
    fetches++;
    res.end(GOOD);
  });
  await new Promise<void>((r) => http_.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(http_.address() as AddressInfo).port}`;
  server = spawn(process.execPath, [bin, 'lsp'], { stdio: ['pipe', 'pipe', 'inherit'], env: { ...process.env, FORKSPACER_DEF_CACHE_DIR: join(dir, '.cache') } });
  connection = createMessageConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
  connection.onNotification('textDocument/publishDiagnostics', (p: Published) => {
    published.push(p);
  });
  connection.listen();
  const init = (await connection.sendRequest('initialize', { processId: process.pid, rootUri: pathToFileURL(dir).href, capabilities: {}, initializationOptions: { debounceMs: 100 } })) as { capabilities: Record<string, unknown> };
  capabilities = init.capabilities;
  await connection.sendNotification('initialized', {});
});

after(async () => {
  await connection.sendRequest('shutdown');
  await connection.sendNotification('exit');
  await new Promise<void>((r) => (server.exitCode !== null ? r() : server.once('exit', () => r())));
  connection.dispose();
  http_.closeAllConnections();
  await new Promise<void>((r) => http_.close(() => r()));
  rmSync(dir, { recursive: true, force: true });
});

/** Waits until a publish for `uri` satisfies `ok`. */
async function waitFor(uri: string, ok: (p: Published) => boolean, ms = 10_000): Promise<Published> {
  const end = Date.now() + ms;
  for (;;) {
    const hit = published.find((p) => p.uri === uri && ok(p));
    if (hit) return hit;
    if (Date.now() > end) throw new Error(`no diagnostics for ${uri} as expected; got ${JSON.stringify(published.filter((p) => p.uri === uri))}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

test('initialize announces incremental sync, hover, completion, definition, references and quick fixes', () => {
  assert.equal(capabilities.textDocumentSync, 2);
  for (const c of ['hoverProvider', 'definitionProvider', 'referencesProvider']) assert.equal(capabilities[c], true, c);
  assert.deepEqual(capabilities.codeActionProvider, { codeActionKinds: ['quickfix'] });
  assert.ok(capabilities.completionProvider);
});

test('typing: changes within the debounce pause are linted once, for the last version only', async () => {
  const uri = pathToFileURL(join(dir, 'typing.yaml')).href;
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text: GOOD } });
  const opened = await waitFor(uri, (p) => p.version === 1);
  assert.deepEqual(opened.diagnostics, []);
  // Type "Default_NS" over "default" one character at a time (versions 2..11).
  const line = GOOD.split('\n').findIndex((l) => l === '  namespace: default');
  const typed = 'Default_NS';
  await connection.sendNotification('textDocument/didChange', {
    textDocument: { uri, version: 2 },
    contentChanges: [{ range: { start: { line, character: 13 }, end: { line, character: 20 } }, text: '' }],
  });
  for (let i = 0; i < typed.length; i++) {
    await connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 3 + i },
      contentChanges: [{ range: { start: { line, character: 13 + i }, end: { line, character: 13 + i } }, text: typed[i] }],
    });
  }
  const last = 2 + typed.length;
  const final = await waitFor(uri, (p) => p.version === last);
  assert.deepEqual(
    published.filter((p) => p.uri === uri).map((p) => p.version),
    [1, last],
    'no diagnostics for the intermediate versions',
  );
  assert.ok(final.diagnostics.some((d) => d.code === 'helm-namespace' && d.range.start.line === line), JSON.stringify(final.diagnostics));
});

test('Module sources: offline by default (as lint --offline); the fetchSources setting fetches them', async () => {
  const uri = pathToFileURL(join(dir, 'module.yaml')).href;
  const text = `apiVersion: batch.forkspacer.com/v1\nkind: Module\nmetadata:\n  name: a\n  namespace: team-a\nspec:\n  workspace:\n    name: dev\n    namespace: team-a\n  source:\n    httpURL: ${base}/good.yaml\n  config:\n    replicaCount: 9\n`;
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
  const offline = await waitFor(uri, (p) => p.version === 1);
  assert.deepEqual(offline.diagnostics.map((d) => d.code), ['module-unresolved-source']);
  assert.equal(fetches, 0);
  const seen = published.length;
  await connection.sendNotification('workspace/didChangeConfiguration', { settings: { 'forkspacer-def': { fetchSources: true } } });
  const online = await waitFor(uri, (p) => published.indexOf(p) >= seen);
  assert.ok(fetches > 0, 'the definition was fetched');
  assert.ok(!online.diagnostics.some((d) => d.code === 'module-unresolved-source'), JSON.stringify(online.diagnostics));
  // replicaCount 9 is above the fetched definition's max of 5.
  assert.ok(online.diagnostics.some((d) => /replicaCount/.test(d.message) && d.range.start.line === 12), JSON.stringify(online.diagnostics));
});
