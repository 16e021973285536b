// Publish under faults (issue 12): two built CLIs race to publish the same 200 definitions
// (publisher A version 1, publisher B version 2) into one namespace of the test API server while
// it drops connections (before and after applying), answers 409, 429 and 5xx, and delays, and
// while either process may be killed with SIGKILL at a seeded moment. Afterwards every
// ConfigMap holds one publisher's content whole (its sha256 annotation matches its data), the
// unmanaged ConfigMaps are untouched, and every line a completed run printed is what the server
// log shows that run did. FORKSPACER_FAULT_SEED and FORKSPACER_FAULT_ROUNDS change the campaign.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startApiServer, type ApiServer, type Fault, type RequestRecord } from '../apiserver/server.ts';
import { publish, itemLines, errorLines, summaryLine, type PublishItem } from '../../src/publish/index.ts';
import { prng } from '../support/prng.ts';

const SEED = Number(process.env.FORKSPACER_FAULT_SEED ?? 1212);
const ROUNDS = Number(process.env.FORKSPACER_FAULT_ROUNDS ?? 6);
const DEFINITIONS = 200;
const NS = 'race';
const CLI = resolve('bin/forkspacer-def');
const names = Array.from({ length: DEFINITIONS }, (_, i) => `def-${String(i).padStart(3, '0')}`);
/** Definitions whose name an unmanaged ConfigMap already has; and unmanaged ConfigMaps of other names. */
const collide = names.slice(0, 10);
const bystanders = ['app-settings', 'kube-root-ca.crt', 'other-0', 'other-1', 'other-2'];

type Publisher = 'A' | 'B';
const text = (p: Publisher, name: string): string =>
  [
    `# ${name}, as publisher ${p} writes it`,
    'kind: Helm',
    'metadata:',
    `  name: ${name}`,
    `  version: ${p === 'A' ? '1.0.0' : '2.0.0'}`,
    '  supportedOperatorVersion: ">= 0.1.12, <= 0.1.20"',
    'spec:',
    '  namespace: default',
    '  chart:',
    '    repo:',
    '      url: https://charts.example.com',
    `      chartName: ${name}`,
    `      version: ${p === 'A' ? '1.0.0' : '2.0.0'} # chart version`,
    '',
  ].join('\n');
const sha = (s: string): string => createHash('sha256').update(s).digest('hex');

let api: ApiServer;
let dir: string;
const seeded = new Map<string, string>();

before(async () => {
  assert.ok(existsSync('dist/cli.cjs'), 'the built CLI (npm run build) is needed: this test runs it as a child process');
  api = await startApiServer({ namespaces: ['default', NS] });
  dir = mkdtempSync(join(tmpdir(), 'fsd-faults-'));
  for (const p of ['A', 'B'] as const) {
    mkdirSync(join(dir, p));
    for (const n of names) writeFileSync(join(dir, p, `${n}.yaml`), text(p, n));
  }
  for (const n of [...collide, ...bystanders]) {
    const o = api.seedConfigMap({ metadata: { name: n, namespace: NS, labels: { team: 'someone-else' } }, data: { 'module.yaml': `# not ours: ${n}\n` } }, 'kubectl-client-side-apply');
    seeded.set(n, JSON.stringify(o));
  }
});
after(async () => {
  await api?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** When to SIGKILL a run: a time after its start, or once the server has seen this many of its applies. */
type Kill = { afterMs: number } | { afterApplies: number } | undefined;

interface Run {
  publisher: Publisher;
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  start: number;
  end: number;
}

function runPublisher(p: Publisher, kill: Kill): Promise<Run> {
  return new Promise((done, fail) => {
    const start = performance.now();
    const child = spawn(
      process.execPath,
      [CLI, 'publish', join(dir, p), '-n', NS, '--kubeconfig', api.kubeconfigPath, '--no-module-snippet', '--no-config', '--retries', '8', '--request-timeout', '3s', '--concurrency', '8'],
      { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORKSPACER_DEF_CACHE_DIR: join(dir, 'cache') } },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c));
    child.stderr.on('data', (c: Buffer) => (stderr += c));
    let timer: NodeJS.Timeout | undefined;
    if (kill && 'afterMs' in kill) timer = setTimeout(() => child.kill('SIGKILL'), kill.afterMs);
    else if (kill) {
      // Count this run's applies as the server logs them (its content names the publisher).
      const mark = `as publisher ${p} writes it`;
      let seen = 0;
      let from = api.requests.length;
      timer = setInterval(() => {
        const log = api.requests;
        for (; from < log.length; from++) if (log[from].verb === 'apply' && log[from].body?.includes(mark)) seen++;
        if (seen >= kill.afterApplies) {
          clearInterval(timer);
          child.kill('SIGKILL');
        }
      }, 5);
    }
    child.on('error', fail);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      clearInterval(timer);
      done({ publisher: p, code, signal, stdout, stderr, start, end: performance.now() });
    });
  });
}

/** Seeded faults for one round: each hits one request (the k-th matching one) of its verb. */
function faultsFor(rand: () => number): Fault[] {
  const kinds: ((k: number) => Fault)[] = [
    (k) => ({ verb: 'apply', drop: 'after', after: k, count: 1 }),
    (k) => ({ verb: 'apply', drop: 'before', after: k, count: 1 }),
    (k) => ({ verb: 'apply', status: 409, after: k, count: 1 }),
    (k) => ({ verb: 'apply', status: 429, retryAfter: 0, after: k, count: 1 }),
    (k) => ({ verb: 'apply', status: 500, after: k, count: 1 }),
    (k) => ({ verb: 'apply', status: 503, after: k, count: 1 }),
    (k) => ({ verb: 'apply', status: 504, after: k, count: 1 }),
    (k) => ({ verb: 'apply', delayMs: 50 + Math.floor(rand() * 200), after: k, count: 1 }),
    (k) => ({ verb: 'get', status: 503, after: k, count: 1 }),
    (k) => ({ verb: 'get', drop: 'before', after: k, count: 1 }),
    (k) => ({ verb: 'list', drop: 'after', after: Math.min(k, 1), count: 1 }),
    (k) => ({ verb: 'list', status: 500, after: Math.min(k, 1), count: 1 }),
  ];
  const out: Fault[] = [];
  const n = 40 + Math.floor(rand() * 40);
  for (let i = 0; i < n; i++) out.push(kinds[Math.floor(rand() * kinds.length)](Math.floor(rand() * 400)));
  return out;
}

const bodyOf = (s: string | undefined): { metadata?: { name?: string; resourceVersion?: string }; data?: Record<string, string> } | undefined => {
  try {
    return s ? (JSON.parse(s) as never) : undefined;
  } catch {
    return undefined;
  }
};

/** The apply requests a run sent (told apart by content: each publisher sends its own version). */
function appliesOf(run: Run, name: string, log: RequestRecord[]): RequestRecord[] {
  return log.filter((r) => r.verb === 'apply' && r.name === name && r.start >= run.start && r.start <= run.end && bodyOf(r.body)?.data?.['module.yaml'] === text(run.publisher, name));
}

/** What a printed line claims, checked against what the server log shows the run did. */
function falseLines(run: Run, log: RequestRecord[]): string[] {
  const wrong: string[] = [];
  const said = new Map<string, string>();
  for (const l of run.stdout.split('\n')) {
    const m = /^configmap\/(\S+) (created|configured|unchanged|applied)$/.exec(l);
    if (m) said.set(m[1], m[2]);
  }
  for (const l of run.stderr.split('\n')) {
    const m = /^error: configmap\/(\S+) \(/.exec(l);
    if (m) said.set(m[1], said.has(m[1]) ? 'twice' : 'failed');
  }
  for (const n of names) {
    const claim = said.get(n);
    const applies = appliesOf(run, n, log);
    const done = applies.filter((r) => r.status === 200 || r.status === 201);
    const changed = done.filter((r) => r.status === 201 || bodyOf(r.responseBody)?.metadata?.resourceVersion !== bodyOf(r.body)?.metadata?.resourceVersion);
    if (claim === undefined || claim === 'twice') wrong.push(`${run.publisher}: configmap/${n}: ${claim === 'twice' ? 'reported twice' : 'not reported'}`);
    else if (claim === 'created' && !done.some((r) => r.status === 201)) wrong.push(`${run.publisher}: configmap/${n} created, but no apply of this run created it`);
    else if (claim === 'configured' && !changed.some((r) => r.status === 200)) wrong.push(`${run.publisher}: configmap/${n} configured, but no apply of this run changed it`);
    // `applied` claims only that a write of this run landed (created or configured, not known which).
    else if (claim === 'applied' && !done.length) wrong.push(`${run.publisher}: configmap/${n} applied, but no apply of this run succeeded`);
    else if (claim === 'unchanged' && changed.length) wrong.push(`${run.publisher}: configmap/${n} unchanged, but apply #${changed[0].id} of this run changed it (status ${changed[0].status})`);
    else if (claim === 'failed' && collide.includes(n) === false && done.length && !/closed before the response|no response|gave up|modified|not attempted/.test(run.stderr.split('\n').find((l) => l.startsWith(`error: configmap/${n} (`)) ?? ''))
      wrong.push(`${run.publisher}: configmap/${n} reported failed, but an apply of this run succeeded and the message does not say the outcome is unknown`);
  }
  const summary = /: (\d+) created, (\d+) configured, (\d+) unchanged(?:, (\d+) applied \([^)]*\))?(?:, (\d+) failed)?/.exec(run.stdout);
  if (!summary) wrong.push(`${run.publisher}: no summary line`);
  else {
    const count = (a: string) => [...said.values()].filter((v) => v === a).length;
    const want = [count('created'), count('configured'), count('unchanged'), count('applied'), count('failed')];
    const got = [Number(summary[1]), Number(summary[2]), Number(summary[3]), Number(summary[4] ?? 0), Number(summary[5] ?? 0)];
    if (want.join() !== got.join()) wrong.push(`${run.publisher}: summary ${got.join('/')} but lines ${want.join('/')}`);
  }
  return wrong;
}

/** ConfigMaps not holding one publisher's content whole, and unmanaged ConfigMaps changed. */
function checkStore(): { halfWrites: string[]; touched: string[]; holders: Map<string, Publisher> } {
  const halfWrites: string[] = [];
  const touched: string[] = [];
  const holders = new Map<string, Publisher>();
  for (const [n, before] of seeded) if (JSON.stringify(api.getConfigMap(NS, n)) !== before) touched.push(n);
  for (const n of names) {
    if (collide.includes(n)) continue;
    const cm = api.getConfigMap(NS, n) as { data?: Record<string, string>; metadata: { annotations?: Record<string, string>; labels?: Record<string, string> } } | undefined;
    if (!cm) continue;
    const data = cm.data?.['module.yaml'] ?? '';
    const who = (['A', 'B'] as const).find((p) => data === text(p, n));
    const annotation = cm.metadata.annotations?.['forkspacer.com/content-sha256'];
    const version = cm.metadata.labels?.['forkspacer.com/definition-version'];
    if (!who || annotation !== sha(data) || version !== (who === 'A' ? '1.0.0' : '2.0.0')) halfWrites.push(`${n}: ${who ? `content of ${who}` : 'content of neither publisher'}, sha256 annotation ${annotation === sha(data) ? 'matches' : 'does not match'}, version label ${version}`);
    else holders.set(n, who);
  }
  return { halfWrites, touched, holders };
}

test(`publish under faults: ${ROUNDS} rounds of two racing publishers of ${DEFINITIONS} definitions, seed ${SEED}`, { timeout: 600_000 }, async (t) => {
  const rand = prng(SEED);
  const figures = { runs: 0, completed: 0, kills: 0, killedMidWrite: 0, faultsInjected: 0, faultsHit: 0, requests: 0, halfWrites: 0, falseLines: 0, touched: 0 };
  const problems: string[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    api.clearFaults();
    api.requests.length = 0;
    const handles = faultsFor(rand).map((f) => api.inject(f));
    figures.faultsInjected += handles.length;
    // About one run in two is killed: mostly in the middle of its writes (after a seeded number
    // of its applies reached the server), sometimes during start-up or lint.
    const kill = (): Kill => {
      const x = rand();
      return x < 0.4 ? { afterApplies: 1 + Math.floor(rand() * (DEFINITIONS - 20)) } : x < 0.5 ? { afterMs: 100 + Math.floor(rand() * 1500) } : undefined;
    };
    const runs = await Promise.all([runPublisher('A', kill()), runPublisher('B', kill())]);
    figures.faultsHit += handles.reduce((s, h) => s + h.hits, 0);
    figures.requests += api.requests.length;
    for (const run of runs) {
      figures.runs++;
      if (run.signal === 'SIGKILL') {
        figures.kills++;
        // Killed after at least one of its applies reached the server, and before its last.
        if (names.some((n) => appliesOf(run, n, api.requests).length > 0)) figures.killedMidWrite++;
        continue;
      }
      figures.completed++;
      if (run.code !== 0 && run.code !== 1) problems.push(`round ${round} ${run.publisher}: exit ${run.code} ${run.signal ?? ''}\n${run.stderr.slice(0, 2000)}`);
      assert.doesNotMatch(run.stderr, /internal error|\n\s+at /, `round ${round} ${run.publisher}: ${run.stderr.slice(0, 2000)}`);
      for (const n of collide) assert.match(run.stderr, new RegExp(`^error: configmap/${n} \\(.*not managed by forkspacer-def`, 'm'), `round ${round} ${run.publisher}: ${n} must be refused as unmanaged`);
      const wrong = falseLines(run, api.requests);
      figures.falseLines += wrong.length;
      problems.push(...wrong.map((w) => `round ${round}: ${w}`));
    }
    const store = checkStore();
    figures.halfWrites += store.halfWrites.length;
    figures.touched += store.touched.length;
    problems.push(...store.halfWrites.map((h) => `round ${round}: half-write: ${h}`), ...store.touched.map((n) => `round ${round}: unmanaged configmap/${n} was changed`));
  }

  // Without faults a last run of A brings every managed ConfigMap to A's content, and says so.
  api.clearFaults();
  api.requests.length = 0;
  const last = await runPublisher('A', undefined);
  assert.equal(last.code, 1, 'exit 1: the unmanaged ConfigMaps are refused');
  problems.push(...falseLines(last, api.requests).map((w) => `final run: ${w}`));
  const store = checkStore();
  assert.deepEqual(store.halfWrites, []);
  assert.deepEqual(store.touched, []);
  assert.equal([...store.holders.values()].filter((p) => p === 'A').length, DEFINITIONS - collide.length);
  api.requests.length = 0;
  const again = await runPublisher('A', undefined);
  assert.equal(again.stdout.split('\n').filter((l) => / unchanged$/.test(l)).length, DEFINITIONS - collide.length, again.stdout);
  assert.equal(api.requests.filter((r) => r.verb === 'apply' && r.status === 200 && bodyOf(r.responseBody)?.metadata?.resourceVersion !== bodyOf(r.body)?.metadata?.resourceVersion).length, 0, 'an unchanged run changes nothing');

  t.diagnostic(`fault campaign (seed ${SEED}): ${JSON.stringify(figures)}`);
  process.stderr.write(`publish fault campaign (seed ${SEED}): ${JSON.stringify(figures)}\n`);
  assert.deepEqual(problems, []);
  assert.equal(figures.halfWrites, 0);
  assert.ok(figures.killedMidWrite > 0 && figures.completed > 0 && figures.faultsHit > 0, `the campaign must kill, complete and hit faults: ${JSON.stringify(figures)}`);
});

// The defects the campaign found, replayed in process and deterministically.
const item = (p: Publisher, name: string): PublishItem => ({ name, version: p === 'A' ? '1.0.0' : '2.0.0', kind: 'Helm', text: text(p, name), sourceFile: `${p}/${name}.yaml`, line: 1 });
const quick = { namespace: 'replay', sleep: async () => {}, backoffMs: 1 };

test('a write whose answer was lost, found done by the retry, is reported configured (it said unchanged)', async () => {
  api.clearFaults();
  api.createNamespace('replay');
  const kubeconfig = api.kubeconfigPath;
  assert.deepEqual(itemLines(await publish([item('B', 'lost-answer')], { ...quick, kubeconfig })), ['configmap/lost-answer created']);
  // The apply is made, its answer cut off; the retry's precondition fails (409), the object is
  // read again and holds A's content already: this run configured it.
  api.inject({ verb: 'apply', drop: 'after', count: 1 });
  const r = await publish([item('A', 'lost-answer')], { ...quick, kubeconfig });
  assert.deepEqual(itemLines(r), ['configmap/lost-answer configured'], errorLines(r).join('\n'));
  assert.equal((api.getConfigMap('replay', 'lost-answer')!.data as Record<string, string>)['module.yaml'], text('A', 'lost-answer'));
  api.clearFaults();
  assert.deepEqual(itemLines(await publish([item('A', 'lost-answer')], { ...quick, kubeconfig })), ['configmap/lost-answer unchanged']);
});

// The answer to the create was lost, so the object found on the re-read may be this run's or
// another writer's: `created` would be a guess (it said `unchanged`, then `created`).
test('a create whose answer was lost, then a 409, is reported applied: created or configured, not known which', async () => {
  api.clearFaults();
  api.inject({ verb: 'apply', drop: 'after', count: 1 });
  api.inject({ verb: 'apply', status: 409, count: 1 });
  const r = await publish([item('A', 'lost-create')], { ...quick, kubeconfig: api.kubeconfigPath });
  api.clearFaults();
  assert.deepEqual(itemLines(r), ['configmap/lost-create applied'], errorLines(r).join('\n'));
  assert.match(summaryLine(r), /0 created, 0 configured, 0 unchanged, 1 applied \(created or configured/);
});

test('a failure after a write of unknown outcome says the write may have been applied', async () => {
  api.clearFaults();
  api.inject({ verb: 'apply', drop: 'after', count: 1 });
  api.inject({ verb: 'apply', status: 503, count: 10 });
  const r = await publish([item('A', 'unknown-outcome')], { ...quick, kubeconfig: api.kubeconfigPath, retries: 2 });
  api.clearFaults();
  assert.equal(r.ok, false);
  assert.match(errorLines(r).join('\n'), /configmap\/unknown-outcome .*may have been applied: check configmap\/unknown-outcome in namespace "replay"/);
  assert.equal((api.getConfigMap('replay', 'unknown-outcome')!.data as Record<string, string>)['module.yaml'], text('A', 'unknown-outcome'), 'it was indeed applied');
});

test('a ConfigMap created by another writer between the read and the apply is reported applied (it said created)', async () => {
  api.clearFaults();
  const kubeconfig = api.kubeconfigPath;
  // B reads configmap/raced as absent; its apply is held while A creates it.
  api.inject({ verb: 'apply', name: 'raced', delayMs: 1000, count: 1 });
  const slow = publish([item('B', 'raced')], { ...quick, kubeconfig });
  await new Promise((r) => setTimeout(r, 200));
  assert.deepEqual(itemLines(await publish([item('A', 'raced')], { ...quick, kubeconfig })), ['configmap/raced created']);
  const r = await slow;
  api.clearFaults();
  assert.deepEqual(itemLines(r), ['configmap/raced applied'], errorLines(r).join('\n'));
  assert.equal((api.getConfigMap('replay', 'raced')!.data as Record<string, string>)['module.yaml'], text('B', 'raced'));
});

test('a write whose answer was lost, onto content another writer put there after the first read, is reported configured (it said unchanged)', async () => {
  api.clearFaults();
  const kubeconfig = api.kubeconfigPath;
  assert.deepEqual(itemLines(await publish([item('A', 'overwritten')], { ...quick, kubeconfig })), ['configmap/overwritten created']);
  // A reads its own content; its apply is held while B writes B's; the held apply meets a changed
  // object (409); A re-reads B's content and applies A's, but that answer is lost; the retry's
  // precondition fails again and the last read shows A's content: this run changed it back.
  api.inject({ verb: 'apply', name: 'overwritten', delayMs: 1000, count: 1 });
  api.inject({ verb: 'apply', name: 'overwritten', drop: 'after', after: 1, count: 1 });
  const slow = publish([item('A', 'overwritten')], { ...quick, kubeconfig });
  await new Promise((r) => setTimeout(r, 200));
  assert.deepEqual(itemLines(await publish([item('B', 'overwritten')], { ...quick, kubeconfig })), ['configmap/overwritten configured']);
  const r = await slow;
  api.clearFaults();
  assert.deepEqual(itemLines(r), ['configmap/overwritten configured'], errorLines(r).join('\n'));
  assert.equal((api.getConfigMap('replay', 'overwritten')!.data as Record<string, string>)['module.yaml'], text('A', 'overwritten'));
});
