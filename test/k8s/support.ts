// What the real-cluster tests share: the built CLI run as a process, definitions written to real
// files, and the cluster itself (started once per test file, stopped in `after`, also when a
// test fails).
import { after, before } from 'node:test';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { removeOnExit, startCluster, unavailableReason, type Cluster } from './cluster.ts';

export const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'forkspacer-def');
export const HELM = readFileSync(join(ROOT, 'fixtures', 'examples', 'redis-helm-flat.yaml'), 'utf8');
export const CUSTOM = readFileSync(join(ROOT, 'fixtures', 'examples', 'legacy-plugin-custom.yaml'), 'utf8');

const why = unavailableReason();
if (why) process.stderr.write(`note: ${why}\n`);
/** The skip reason for every test of the file (undefined: run them); the note above has the details. */
export const skip = why ? 'no real kube-apiserver: build it with `npx tsx test/k8s/cli.ts build` or set FORKSPACER_E2E_KUBECONFIG' : undefined;

// publish stores a document from its first line of content: comment lines above it belong to the
// file, not to the definition, so the examples' header comments are left out here.
const body = (text: string) => text.replace(/^(#.*\n)+/, '');

/** A Helm definition named `name` (the flat-dialect example, a comment inside), optionally with extra text. */
export const helmDef = (name: string, extra = ''): string =>
  body(HELM).replace('\n  name: redis\n', `\n  name: ${name}\n`).replace('\nconfig:\n', '\n# comments inside the definition are kept\nconfig:\n') + extra;
export const customDef = (name: string): string => body(CUSTOM).replace('\n  name: legacy-plugin\n', `\n  name: ${name}\n`);

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Starts the cluster before the file's tests and stops it after them; `get()` returns it once
 * started, `ready()` waits for it (for the file's own `before` hooks, which Node 20 may run
 * alongside this one). Also makes a scratch directory for the files the tests write.
 */
export function useCluster(): { get(): Cluster; ready(): Promise<Cluster>; dir(): string } {
  let cluster: Cluster | undefined;
  let starting: Promise<Cluster> | undefined;
  let scratch: string | undefined;
  const start = (): Promise<Cluster> => {
    starting ??= (async () => {
      scratch = mkdtempSync(join(tmpdir(), 'fsd-k8s-test-'));
      removeOnExit(scratch);
      cluster = await startCluster();
      return cluster;
    })();
    return starting;
  };
  before(async () => {
    if (!skip) await start();
  });
  after(async () => {
    await starting?.catch(() => undefined);
    await cluster?.close();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });
  return {
    get() {
      if (!cluster) throw new Error('cluster not started');
      return cluster;
    },
    ready: start,
    dir() {
      if (!scratch) throw new Error('no scratch directory');
      return scratch;
    },
  };
}

/** Runs the built CLI (bin/forkspacer-def) with `args` in `cwd`. KUBECONFIG is unset unless `env` sets it. */
export function cli(args: string[], cwd: string, env: Record<string, string | undefined> = {}): Promise<CliRun> {
  return new Promise((resolve) => {
    const e: Record<string, string | undefined> = { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', FORKSPACER_DEF_CACHE_DIR: join(cwd, '.cache'), KUBECONFIG: undefined, ...env };
    for (const k of Object.keys(e)) if (e[k] === undefined) delete e[k];
    const p = spawn(process.execPath, [BIN, ...args], { cwd, env: e as NodeJS.ProcessEnv });
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (d: Buffer) => (stdout += d));
    p.stderr.on('data', (d: Buffer) => (stderr += d));
    p.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/** Writes `files` (name → content) into a fresh directory under `base` and returns it. */
export function writeFiles(base: string, files: Record<string, string | Buffer>): string {
  const d = mkdtempSync(join(base, 'case-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(d, name), content);
  return d;
}

export type ConfigMapJson = {
  metadata: {
    name: string;
    resourceVersion: string;
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
    managedFields?: { manager: string; operation: string; fieldsV1?: Record<string, unknown> }[];
  };
  data?: Record<string, string>;
  binaryData?: Record<string, string>;
};

/** GET a ConfigMap as the admin; undefined when it does not exist. */
export async function getConfigMap(c: Cluster, namespace: string, name: string): Promise<ConfigMapJson | undefined> {
  const r = await c.request('GET', `/api/v1/namespaces/${namespace}/configmaps/${name}`);
  if (r.status === 404) return undefined;
  if (r.status !== 200) throw new Error(`GET configmap ${namespace}/${name}: ${r.status} ${r.text}`);
  return r.body as unknown as ConfigMapJson;
}
