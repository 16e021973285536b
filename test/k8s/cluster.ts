// A real Kubernetes API server for tests: etcd and kube-apiserver (test/k8s/binaries.ts) on
// loopback ports with a generated serving certificate, token authentication (an admin, a user
// bound by RBAC to one namespace, a user with no rights) and RBAC authorization, the operator's
// Module and Workspace CRDs of both API groups installed, and a kubeconfig naming all of them.
// Everything started is stopped by pid on close(), on exit and on SIGINT/SIGTERM.
//
// With FORKSPACER_E2E_KUBECONFIG (and optionally FORKSPACER_E2E_CONTEXT) nothing is started: the
// tests run against that cluster in two namespaces they create and delete, with ServiceAccount
// tokens (TokenRequest) for the limited users, and CRDs installed only where missing (and removed
// again afterwards).
//
//   const cluster = await startCluster();
//   // publish --kubeconfig cluster.kubeconfig -n cluster.namespace   (as the namespaced user)
//   await cluster.close();
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import https from 'node:https';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import YAML from 'yaml';
import { connect, type KubeClient, type KubeResponse } from '../../src/publish/kube.ts';
import { buildBinaries, findBinaries, goAvailable, cacheDir, versions, type Binaries } from './binaries.ts';

const ROOT = join(import.meta.dirname, '..', '..');
export const CRD_DIR = join(ROOT, 'fixtures', 'crds');
export const FIELD_MANAGER = 'fsd-k8s-tests';

export const CONTEXTS = { admin: 'fsd-admin', editor: 'fsd-editor', nobody: 'fsd-nobody', badToken: 'fsd-bad-token' } as const;

export interface JsonResponse {
  status: number;
  body: Record<string, unknown>;
  text: string;
  headers: Record<string, string>;
}

export interface Cluster {
  /** `local`: etcd + kube-apiserver started here; `external`: FORKSPACER_E2E_KUBECONFIG. */
  mode: 'local' | 'external';
  server: string;
  /** Contexts fsd-editor (current), fsd-nobody, fsd-bad-token, and (local) fsd-admin. */
  kubeconfig: string;
  /** Where the admin's credentials are (local: `kubeconfig`, context fsd-admin). */
  admin: { kubeconfig: string; context?: string };
  /** The namespace the editor may write ConfigMaps in (and read Workspaces). */
  namespace: string;
  /** A namespace where the editor may only read ConfigMaps. */
  otherNamespace: string;
  /** User names as the server reports them in 403 messages. */
  users: { editor: string; nobody: string };
  binaries?: Binaries;
  startSeconds: number;
  /** The audit log (one JSON event per request), when started with `auditLog: true`. */
  auditLog?: string;
  /** A request as the admin (JSON in and out). */
  request(method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, opts?: { body?: unknown; contentType?: string; query?: Record<string, string> }): Promise<JsonResponse>;
  /** Server-side apply as the admin with FIELD_MANAGER (force), waiting for nothing. */
  apply(path: string, obj: Record<string, unknown>): Promise<JsonResponse>;
  /** Removes a CRD (local clusters only) and puts it back with `restoreCrd`. */
  removeCrd(name: string): Promise<void>;
  restoreCrd(name: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * Why the real-server tests cannot run here, or undefined when they can (cached binaries or
 * FORKSPACER_E2E_KUBECONFIG). With FORKSPACER_K8S=1 a missing prerequisite is an error, not a skip.
 */
export function unavailableReason(): string | undefined {
  if (process.env.FORKSPACER_E2E_KUBECONFIG) return undefined;
  if (findBinaries()) return undefined;
  const why = `no kube-apiserver binaries in ${cacheDir()}: build them with \`npx tsx test/k8s/cli.ts build\` (needs Go${goAvailable() ? '' : ', not found on PATH'}) or set FORKSPACER_E2E_KUBECONFIG to a disposable cluster`;
  if (process.env.FORKSPACER_K8S === '1') throw new Error(`FORKSPACER_K8S=1 but ${why}`);
  return `real kube-apiserver tests skipped: ${why}`;
}

// ---- processes ---------------------------------------------------------------------------

const live = new Set<ChildProcess>();
const tempDirs = new Set<string>();
let handlersInstalled = false;

function killAllNow(): void {
  for (const p of live) if (p.pid && p.exitCode === null) {
    try {
      process.kill(p.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  live.clear();
  for (const d of tempDirs) rmSync(d, { recursive: true, force: true });
  tempDirs.clear();
}

/** Removes `dir` when the process exits or is interrupted (unless removed before). */
export function removeOnExit(dir: string): void {
  installHandlers();
  tempDirs.add(dir);
}

function installHandlers(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  process.on('exit', killAllNow);
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(sig, () => {
      killAllNow();
      process.kill(process.pid, sig);
    });
  }
}

function startProcess(bin: string, args: string[], logFile: string): ChildProcess {
  const fd = openSync(logFile, 'a');
  const p = spawn(bin, args, { stdio: ['ignore', fd, fd] });
  closeSync(fd);
  live.add(p);
  p.on('exit', () => live.delete(p));
  return p;
}

async function stopProcess(p: ChildProcess, graceMs = 10_000): Promise<void> {
  if (p.exitCode !== null || p.signalCode !== null || !p.pid) return;
  const exited = new Promise<void>((r) => p.once('exit', () => r()));
  process.kill(p.pid, 'SIGTERM');
  const t = setTimeout(() => p.pid && p.exitCode === null && process.kill(p.pid, 'SIGKILL'), graceMs);
  await exited;
  clearTimeout(t);
  live.delete(p);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function tail(file: string, lines = 30): string {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

async function waitFor(what: string, probe: () => Promise<boolean>, proc: ChildProcess, log: string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (proc.exitCode !== null || proc.signalCode !== null) throw new Error(`${what} exited (${proc.exitCode ?? proc.signalCode}) before it was ready; ${log}:\n${tail(log)}`);
    if (await probe().catch(() => false)) return;
    await sleep(250);
  }
  throw new Error(`${what} not ready within ${timeoutMs / 1000} s; ${log}:\n${tail(log)}`);
}

function httpsOk(port: number, path: string, ca: string): Promise<boolean> {
  return new Promise((resolve) => {
    const req = https.get({ host: '127.0.0.1', port, path, ca, timeout: 2000 }, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.on('error', () => resolve(false));
    req.on('timeout', () => req.destroy());
  });
}

async function httpOk(url: string): Promise<boolean> {
  const r = await fetch(url, { signal: AbortSignal.timeout(2000) });
  return r.ok;
}

// ---- certificates and credentials --------------------------------------------------------

function openssl(args: string[], cwd: string): void {
  const r = spawnSync('openssl', args, { cwd, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`openssl ${args.join(' ')} failed: ${r.error?.message ?? r.stderr}`);
}

/** A CA and a serving certificate for 127.0.0.1 / localhost, signed by it (openssl). */
function makeServingCert(dir: string): { ca: string; cert: string; key: string } {
  openssl(['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'ca.key', '-out', 'ca.crt', '-days', '2', '-subj', '/CN=forkspacer-def-test-ca'], dir);
  openssl(['req', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'apiserver.key', '-out', 'apiserver.csr', '-subj', '/CN=kube-apiserver'], dir);
  writeFileSync(join(dir, 'san.ext'), 'subjectAltName=IP:127.0.0.1,DNS:localhost,DNS:kubernetes.default.svc\nextendedKeyUsage=serverAuth\n');
  openssl(['x509', '-req', '-in', 'apiserver.csr', '-CA', 'ca.crt', '-CAkey', 'ca.key', '-CAcreateserial', '-out', 'apiserver.crt', '-days', '2', '-extfile', 'san.ext'], dir);
  return { ca: join(dir, 'ca.crt'), cert: join(dir, 'apiserver.crt'), key: join(dir, 'apiserver.key') };
}

const token = () => randomBytes(24).toString('hex');

interface KubeconfigUser {
  name: string;
  token: string;
}

function writeKubeconfig(file: string, cluster: { server: string; caData?: string; insecure?: boolean }, users: Record<string, KubeconfigUser>, namespace: string, current: string): void {
  const doc = {
    apiVersion: 'v1',
    kind: 'Config',
    clusters: [{ name: 'fsd', cluster: { server: cluster.server, ...(cluster.caData ? { 'certificate-authority-data': cluster.caData } : {}), ...(cluster.insecure ? { 'insecure-skip-tls-verify': true } : {}) } }],
    users: Object.values(users).map((u) => ({ name: u.name, user: { token: u.token } })),
    contexts: Object.entries(users).map(([ctx, u]) => ({ name: ctx, context: { cluster: 'fsd', user: u.name, namespace } })),
    'current-context': current,
  };
  writeFileSync(file, YAML.stringify(doc), { mode: 0o600 });
}

// ---- objects installed into the cluster --------------------------------------------------

/** The CRDs the tests need: Module and Workspace in batch.forkspacer.com and batch.environment.sh. */
export function testCrds(): Record<string, unknown>[] {
  const load = (f: string) => YAML.parse(readFileSync(join(CRD_DIR, f), 'utf8')) as Record<string, unknown>;
  const oldWorkspace = load('workspaces-v0.1.7.yaml') as { metadata: { name: string }; spec: { group: string } };
  oldWorkspace.metadata.name = 'workspaces.batch.environment.sh';
  oldWorkspace.spec.group = 'batch.environment.sh';
  return [load('modules-v0.1.24.yaml'), load('modules-v0.1.2.yaml'), load('workspaces-v0.1.24.yaml'), oldWorkspace as unknown as Record<string, unknown>];
}

function editorRole(namespace: string): Record<string, unknown> {
  return {
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'Role',
    metadata: { name: 'fsd-editor', namespace },
    rules: [
      { apiGroups: [''], resources: ['configmaps'], verbs: ['get', 'list', 'watch', 'create', 'update', 'patch', 'delete'] },
      { apiGroups: ['batch.forkspacer.com', 'batch.environment.sh'], resources: ['workspaces', 'modules'], verbs: ['get', 'list'] },
    ],
  };
}

/** In the other namespace the editor may read ConfigMaps, not write them (a 403 on patch). */
function readerRole(namespace: string): Record<string, unknown> {
  return {
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'Role',
    metadata: { name: 'fsd-reader', namespace },
    rules: [{ apiGroups: [''], resources: ['configmaps'], verbs: ['get', 'list'] }],
  };
}

function binding(role: Record<string, unknown>, subject: Record<string, string>): Record<string, unknown> {
  const { name, namespace } = role.metadata as { name: string; namespace: string };
  return {
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'RoleBinding',
    metadata: { name, namespace },
    roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name },
    subjects: [subject],
  };
}

/** The editor's Roles and RoleBindings in both namespaces. */
async function grantEditor(request: Cluster['request'], namespace: string, otherNamespace: string, subject: Record<string, string>): Promise<void> {
  for (const role of [editorRole(namespace), readerRole(otherNamespace)]) {
    await applyChecked(request, pathOf(role), role);
    const rb = binding(role, subject);
    await applyChecked(request, pathOf(rb), rb);
  }
}

function makeRequester(client: KubeClient): Cluster['request'] {
  return async (method, path, opts = {}) => {
    const resp: KubeResponse = await client.request({
      method,
      path,
      query: opts.query,
      body: opts.body === undefined ? undefined : typeof opts.body === 'string' ? opts.body : JSON.stringify(opts.body),
      contentType: opts.contentType,
      timeoutMs: 60_000,
    });
    let body: Record<string, unknown> = {};
    try {
      body = JSON.parse(resp.body) as Record<string, unknown>;
    } catch {
      // not JSON (e.g. /readyz)
    }
    return { status: resp.status, body, text: resp.body, headers: resp.headers };
  };
}

const crdPath = (name: string) => `/apis/apiextensions.k8s.io/v1/customresourcedefinitions/${name}`;

async function applyChecked(request: Cluster['request'], path: string, obj: Record<string, unknown>): Promise<JsonResponse> {
  const r = await request('PATCH', path, { body: obj, contentType: 'application/apply-patch+yaml', query: { fieldManager: FIELD_MANAGER, force: 'true' } });
  if (r.status !== 200 && r.status !== 201) throw new Error(`applying ${path} failed: ${r.status} ${r.text.slice(0, 500)}`);
  return r;
}

function pathOf(obj: Record<string, unknown>): string {
  const meta = obj.metadata as { name: string; namespace?: string };
  const kind = obj.kind as string;
  switch (kind) {
    case 'Namespace':
      return `/api/v1/namespaces/${meta.name}`;
    case 'ServiceAccount':
      return `/api/v1/namespaces/${meta.namespace}/serviceaccounts/${meta.name}`;
    case 'Role':
      return `/apis/rbac.authorization.k8s.io/v1/namespaces/${meta.namespace}/roles/${meta.name}`;
    case 'RoleBinding':
      return `/apis/rbac.authorization.k8s.io/v1/namespaces/${meta.namespace}/rolebindings/${meta.name}`;
    case 'CustomResourceDefinition':
      return crdPath(meta.name);
    default:
      throw new Error(`pathOf: ${kind}`);
  }
}

/** Applies a CRD and waits until it is established and its resources are served. */
async function installCrd(request: Cluster['request'], crd: Record<string, unknown>): Promise<void> {
  const name = (crd.metadata as { name: string }).name;
  await applyChecked(request, crdPath(name), crd);
  const spec = crd.spec as { group: string; names: { plural: string }; versions: { name: string }[] };
  const until = Date.now() + 60_000;
  while (Date.now() < until) {
    const got = await request('GET', crdPath(name));
    const conds = ((got.body.status as { conditions?: { type: string; status: string }[] } | undefined)?.conditions ?? []);
    if (conds.some((c) => c.type === 'Established' && c.status === 'True')) {
      const served = await request('GET', `/apis/${spec.group}/${spec.versions[0].name}/${spec.names.plural}`);
      if (served.status === 200) return;
    }
    await sleep(200);
  }
  throw new Error(`CRD ${name} not established within 60 s`);
}

async function deleteAndWait(request: Cluster['request'], path: string, timeoutMs = 60_000): Promise<void> {
  await request('DELETE', path);
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if ((await request('GET', path)).status === 404) return;
    await sleep(200);
  }
}

// ---- the two ways to get a cluster -------------------------------------------------------

export interface StartOptions {
  /** Build the binaries when they are not cached (default: only use cached ones). */
  build?: boolean;
  log?: (s: string) => void;
  /** Local clusters: write an audit log of every request (who, user agent, verb), for counting. */
  auditLog?: boolean;
}

export async function startCluster(opts: StartOptions = {}): Promise<Cluster> {
  installHandlers();
  return process.env.FORKSPACER_E2E_KUBECONFIG ? useExternalCluster(process.env.FORKSPACER_E2E_KUBECONFIG, process.env.FORKSPACER_E2E_CONTEXT) : startLocalCluster(opts);
}

async function startLocalCluster(opts: StartOptions): Promise<Cluster> {
  const started = performance.now();
  const bins = opts.build ? await buildBinaries(opts.log) : findBinaries();
  if (!bins) throw new Error(`no kube-apiserver binaries in ${cacheDir()} (build them with \`npx tsx test/k8s/cli.ts build\`)`);
  const dir = mkdtempSync(join(tmpdir(), 'fsd-k8s-'));
  tempDirs.add(dir);
  const [etcdPort, peerPort, apiPort] = [await freePort(), await freePort(), await freePort()];
  const procs: ChildProcess[] = [];
  const stopAll = async () => {
    for (const p of procs.reverse()) await stopProcess(p);
    rmSync(dir, { recursive: true, force: true });
    tempDirs.delete(dir);
  };
  try {
    const etcdLog = join(dir, 'etcd.log');
    const etcd = startProcess(
      bins.etcd,
      [
        '--name=fsd',
        `--data-dir=${join(dir, 'etcd')}`,
        `--listen-client-urls=http://127.0.0.1:${etcdPort}`,
        `--advertise-client-urls=http://127.0.0.1:${etcdPort}`,
        `--listen-peer-urls=http://127.0.0.1:${peerPort}`,
        `--initial-advertise-peer-urls=http://127.0.0.1:${peerPort}`,
        `--initial-cluster=fsd=http://127.0.0.1:${peerPort}`,
        '--log-level=warn',
        // A throw-away store: durability is not what is tested, and fsync is slow on shared disks.
        '--unsafe-no-fsync',
      ],
      etcdLog,
    );
    procs.push(etcd);
    await waitFor('etcd', () => httpOk(`http://127.0.0.1:${etcdPort}/health`), etcd, etcdLog, 60_000);

    const tls = makeServingCert(dir);
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    writeFileSync(join(dir, 'sa.key'), privateKey.export({ type: 'pkcs1', format: 'pem' }));
    writeFileSync(join(dir, 'sa.pub'), publicKey.export({ type: 'spki', format: 'pem' }));
    const users = {
      [CONTEXTS.admin]: { name: 'fsd-admin', token: token() },
      [CONTEXTS.editor]: { name: 'fsd-editor', token: token() },
      [CONTEXTS.nobody]: { name: 'fsd-nobody', token: token() },
      [CONTEXTS.badToken]: { name: 'fsd-bad-token', token: token() },
    };
    // token,user,uid,"groups"; the bad token is deliberately not listed.
    writeFileSync(
      join(dir, 'tokens.csv'),
      [`${users[CONTEXTS.admin].token},fsd-admin,fsd-admin,"system:masters"`, `${users[CONTEXTS.editor].token},fsd-editor,fsd-editor`, `${users[CONTEXTS.nobody].token},fsd-nobody,fsd-nobody`].join('\n') + '\n',
    );
    const apiLog = join(dir, 'kube-apiserver.log');
    const auditLog = opts.auditLog ? join(dir, 'audit.log') : undefined;
    if (auditLog) writeFileSync(join(dir, 'audit-policy.yaml'), 'apiVersion: audit.k8s.io/v1\nkind: Policy\nomitStages: [RequestReceived]\nrules:\n  - level: Metadata\n');
    const api = startProcess(
      bins.kubeApiserver,
      [
        `--etcd-servers=http://127.0.0.1:${etcdPort}`,
        '--bind-address=127.0.0.1',
        '--advertise-address=127.0.0.1',
        `--secure-port=${apiPort}`,
        `--cert-dir=${join(dir, 'certs')}`,
        `--tls-cert-file=${tls.cert}`,
        `--tls-private-key-file=${tls.key}`,
        `--client-ca-file=${tls.ca}`,
        `--token-auth-file=${join(dir, 'tokens.csv')}`,
        '--authorization-mode=RBAC',
        '--service-account-issuer=https://kubernetes.default.svc',
        `--service-account-key-file=${join(dir, 'sa.pub')}`,
        `--service-account-signing-key-file=${join(dir, 'sa.key')}`,
        '--service-cluster-ip-range=10.96.0.0/24',
        '--profiling=false',
        '--v=0',
        ...(auditLog ? [`--audit-policy-file=${join(dir, 'audit-policy.yaml')}`, `--audit-log-path=${auditLog}`, '--audit-log-mode=blocking'] : []),
      ],
      apiLog,
    );
    procs.push(api);
    const ca = readFileSync(tls.ca, 'utf8');
    await waitFor('kube-apiserver', () => httpsOk(apiPort, '/readyz', ca), api, apiLog, 180_000);

    const server = `https://127.0.0.1:${apiPort}`;
    const kubeconfig = join(dir, 'kubeconfig');
    const namespace = 'fsd-e2e';
    writeKubeconfig(kubeconfig, { server, caData: Buffer.from(ca).toString('base64') }, users, namespace, CONTEXTS.editor);
    const adminClient = await connect({ kubeconfig, context: CONTEXTS.admin });
    const request = makeRequester(adminClient);
    const otherNamespace = 'fsd-e2e-other';
    for (const ns of [namespace, otherNamespace]) await applyChecked(request, pathOf({ kind: 'Namespace', metadata: { name: ns } }), { apiVersion: 'v1', kind: 'Namespace', metadata: { name: ns } });
    await grantEditor(request, namespace, otherNamespace, { apiGroup: 'rbac.authorization.k8s.io', kind: 'User', name: 'fsd-editor' });
    const crds = testCrds();
    await Promise.all(crds.map((c) => installCrd(request, c)));
    const byName = new Map(crds.map((c) => [(c.metadata as { name: string }).name, c]));

    return {
      mode: 'local',
      server,
      kubeconfig,
      admin: { kubeconfig, context: CONTEXTS.admin },
      namespace,
      otherNamespace,
      users: { editor: 'fsd-editor', nobody: 'fsd-nobody' },
      binaries: bins,
      auditLog,
      startSeconds: (performance.now() - started) / 1000,
      request,
      apply: (path, obj) => applyChecked(request, path, obj),
      async removeCrd(name) {
        await deleteAndWait(request, crdPath(name));
        // Discovery is cached by the server for a moment after the CRD is gone.
        const crd = byName.get(name) as { spec: { group: string; names: { plural: string } } };
        const until = Date.now() + 30_000;
        while (Date.now() < until && (await request('GET', `/apis/${crd.spec.group}/v1/${crd.spec.names.plural}`)).status !== 404) await sleep(200);
      },
      async restoreCrd(name) {
        const crd = byName.get(name);
        if (!crd) throw new Error(`restoreCrd: unknown CRD ${name}`);
        await installCrd(request, crd);
      },
      async close() {
        await adminClient.close();
        await stopAll();
      },
    };
  } catch (e) {
    await stopAll();
    throw e;
  }
}

async function useExternalCluster(userKubeconfig: string, userContext: string | undefined): Promise<Cluster> {
  const started = performance.now();
  if (!existsSync(userKubeconfig)) throw new Error(`FORKSPACER_E2E_KUBECONFIG=${userKubeconfig}: no such file`);
  const adminClient = await connect({ kubeconfig: userKubeconfig, context: userContext });
  const request = makeRequester(adminClient);
  const suffix = randomBytes(3).toString('hex');
  const namespace = `fsd-e2e-${suffix}`;
  const otherNamespace = `fsd-e2e-${suffix}-other`;
  const dir = mkdtempSync(join(tmpdir(), 'fsd-k8s-'));
  tempDirs.add(dir);
  const createdCrds: string[] = [];
  const cleanup = async () => {
    for (const ns of [namespace, otherNamespace]) await request('DELETE', `/api/v1/namespaces/${ns}`).catch(() => undefined);
    for (const c of createdCrds) await request('DELETE', crdPath(c)).catch(() => undefined);
    await adminClient.close();
    rmSync(dir, { recursive: true, force: true });
    tempDirs.delete(dir);
  };
  try {
    for (const ns of [namespace, otherNamespace]) await applyChecked(request, `/api/v1/namespaces/${ns}`, { apiVersion: 'v1', kind: 'Namespace', metadata: { name: ns, labels: { 'app.kubernetes.io/created-by': 'forkspacer-def-tests' } } });
    const crds = testCrds();
    for (const crd of crds) {
      const name = (crd.metadata as { name: string }).name;
      if ((await request('GET', crdPath(name))).status === 404) {
        await installCrd(request, crd);
        createdCrds.push(name);
      }
    }
    const users: Record<string, KubeconfigUser> = {};
    for (const [ctx, sa] of [
      [CONTEXTS.editor, 'fsd-editor'],
      [CONTEXTS.nobody, 'fsd-nobody'],
    ] as const) {
      await applyChecked(request, `/api/v1/namespaces/${namespace}/serviceaccounts/${sa}`, { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: sa, namespace } });
      const tr = await request('POST', `/api/v1/namespaces/${namespace}/serviceaccounts/${sa}/token`, {
        body: { apiVersion: 'authentication.k8s.io/v1', kind: 'TokenRequest', spec: { expirationSeconds: 3600 } },
      });
      const t = (tr.body.status as { token?: string } | undefined)?.token;
      if (!t) throw new Error(`TokenRequest for serviceaccount ${namespace}/${sa} failed: ${tr.status} ${tr.text.slice(0, 300)}`);
      users[ctx] = { name: sa, token: t };
    }
    users[CONTEXTS.badToken] = { name: 'fsd-bad-token', token: token() };
    await grantEditor(request, namespace, otherNamespace, { kind: 'ServiceAccount', name: 'fsd-editor', namespace });

    // The cluster entry (server, CA) of the user's kubeconfig, for the generated one.
    const k = await import('@kubernetes/client-node');
    const kc = new k.KubeConfig();
    kc.loadFromFile(userKubeconfig);
    if (userContext) kc.setCurrentContext(userContext);
    const c = kc.getCurrentCluster();
    if (!c) throw new Error(`${userKubeconfig}: no current cluster`);
    const caData = c.caData ?? (c.caFile ? readFileSync(c.caFile).toString('base64') : undefined);
    const kubeconfig = join(dir, 'kubeconfig');
    writeKubeconfig(kubeconfig, { server: c.server.replace(/\/+$/, ''), caData, insecure: c.skipTLSVerify }, users, namespace, CONTEXTS.editor);
    return {
      mode: 'external',
      server: c.server.replace(/\/+$/, ''),
      kubeconfig,
      admin: { kubeconfig: userKubeconfig, context: userContext },
      namespace,
      otherNamespace,
      users: { editor: `system:serviceaccount:${namespace}:fsd-editor`, nobody: `system:serviceaccount:${namespace}:fsd-nobody` },
      startSeconds: (performance.now() - started) / 1000,
      request,
      apply: (path, obj) => applyChecked(request, path, obj),
      async removeCrd() {
        throw new Error('removeCrd: not done on a cluster the tests do not own');
      },
      async restoreCrd() {
        throw new Error('restoreCrd: not done on a cluster the tests do not own');
      },
      close: cleanup,
    };
  } catch (e) {
    await cleanup();
    throw e;
  }
}

export { versions, buildBinaries, findBinaries };
