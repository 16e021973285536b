// Re-lint latency of `forkspacer-def lsp` on a 2,000-line definition: one character typed
// (debounce set to 0), time until the diagnostics of that version arrive, over the protocol
// with the built CLI. Also the first lint on open. Prints one line per figure.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';

const root = join(import.meta.dirname, '..');
const runs = process.argv.includes('--quick') ? 20 : 60;

/** A helm-flat definition of about 2,000 lines: config items, and a template using each. */
export function bigDefinition(lines = 2000) {
  const out = ['kind: Helm', 'metadata:', '  name: big', '  version: 1.0.0', '  supportedOperatorVersion: ">= 0.1.0, < 0.1.12"', 'config:'];
  const values = [];
  for (let i = 0; out.length + values.length + 9 + 8 <= lines; i++) {
    out.push(`  - type: integer`, `    name: Setting ${i}`, `    alias: setting${i}`, '    spec:', '      editable: true', `      default: ${i % 5}`, '      min: 0', '      max: 9');
    values.push(`        setting${i}: "{{ .config.setting${i} }}"`);
  }
  out.push('spec:', '  namespace: default', '  repo: https://charts.bitnami.com/bitnami', '  chartName: redis', '  version: 21.2.9', '  values:', '    - raw:', '        comment: x', ...values);
  while (out.length < lines) out.push(`        # line ${out.length + 1}`);
  return out.join('\n') + '\n';
}

const text = bigDefinition();
const lineCount = text.split('\n').length - 1;
const server = spawn(process.execPath, [join(root, 'bin', 'forkspacer-def'), 'lsp'], { stdio: ['pipe', 'pipe', 'inherit'] });
const c = createMessageConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
const waiting = new Map();
c.onNotification('textDocument/publishDiagnostics', (p) => {
  waiting.get(p.version)?.(p);
  waiting.delete(p.version);
});
c.listen();
await c.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {}, initializationOptions: { debounceMs: 0 } });
await c.sendNotification('initialized', {});
const uri = 'file:///bench/big.yaml';
const published = (version) => new Promise((resolve) => waiting.set(version, resolve));

let t0 = performance.now();
const opened = published(1);
await c.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
const first = await opened;
const openMs = performance.now() - t0;

// Type a digit into `comment: x` and take it back, alternately: a real edit each time.
const line = text.split('\n').indexOf('        comment: x');
// The first edits are JIT warm-up (reported apart).
const warmup = 10;
const times = [];
const warm = [];
for (let v = 2; v < 2 + warmup + runs; v++) {
  const insert = v % 2 === 0;
  const change = insert
    ? { range: { start: { line, character: 18 }, end: { line, character: 18 } }, text: '1' }
    : { range: { start: { line, character: 18 }, end: { line, character: 19 } }, text: '' };
  t0 = performance.now();
  const done = published(v);
  await c.sendNotification('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: [change] });
  await done;
  (v < 2 + warmup ? warm : times).push(performance.now() - t0);
}
await c.sendRequest('shutdown');
await c.sendNotification('exit');
c.dispose();
times.sort((a, b) => a - b);
const q = (p) => times[Math.min(times.length - 1, Math.floor(p * times.length))];
console.log(`lsp: ${lineCount}-line definition (${first.diagnostics.length} findings): first lint on open ${openMs.toFixed(1)} ms (cold); re-lint after a keystroke median ${q(0.5).toFixed(1)} ms, p95 ${q(0.95).toFixed(1)} ms, max ${times[times.length - 1].toFixed(1)} ms over ${runs} edits after ${warmup} warm-up edits (those: max ${Math.max(...warm).toFixed(1)} ms); target < 50 ms`);
