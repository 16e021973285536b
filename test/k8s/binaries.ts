// The real etcd, kube-apiserver and kubectl of the tests: built from the Go module proxy by
// test/k8s/build (one `go build` for all three, sharing the compile cache) and kept under
// $XDG_CACHE_HOME/forkspacer-def-k8s/<versions-key>/, where the key names the pinned versions
// and a hash of go.mod, go.sum and the etcd main, so a changed pin builds into a new directory.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { spawn, spawnSync } from 'node:child_process';

export const BUILD_DIR = join(import.meta.dirname, 'build');

export interface Binaries {
  dir: string;
  etcd: string;
  kubeApiserver: string;
  kubectl: string;
}

/** The version of `mod` that go.mod requires (direct or indirect). */
function required(goMod: string, mod: string): string {
  const m = new RegExp(`^\\s*(?:require\\s+)?${mod.replace(/[.]/g, '\\.')}\\s+(v\\S+)`, 'm').exec(goMod);
  if (!m) throw new Error(`${join(BUILD_DIR, 'go.mod')}: no requirement of ${mod}`);
  return m[1];
}

/**
 * A module build has no git tree to take the version from (`kubectl version` would say
 * v0.0.0-master and fail to parse it): set it as Kubernetes' own build does (hack/lib/version.sh).
 */
function ldflags(kubernetes: string): string {
  const [major, minor] = kubernetes.replace(/^v/, '').split('.');
  const vars = { gitVersion: kubernetes, gitMajor: major, gitMinor: minor, gitTreeState: 'clean' };
  return Object.entries(vars)
    .flatMap(([k, v]) => [`-X k8s.io/component-base/version.${k}=${v}`, `-X k8s.io/client-go/pkg/version.${k}=${v}`])
    .join(' ');
}

export function versions(): { kubernetes: string; etcd: string; key: string; ldflags: string } {
  const goMod = readFileSync(join(BUILD_DIR, 'go.mod'), 'utf8');
  const kubernetes = required(goMod, 'k8s.io/kubernetes');
  const etcd = required(goMod, 'go.etcd.io/etcd/server/v3');
  const h = createHash('sha256');
  for (const f of ['go.mod', 'go.sum', join('cmd', 'etcd', 'main.go')]) h.update(readFileSync(join(BUILD_DIR, f)));
  h.update(ldflags(kubernetes));
  return { kubernetes, etcd, key: `kubernetes-${kubernetes}-etcd-${etcd}-${h.digest('hex').slice(0, 12)}`, ldflags: ldflags(kubernetes) };
}

export function cacheDir(): string {
  const base = process.env.XDG_CACHE_HOME || join(homedir(), '.cache');
  return join(base, 'forkspacer-def-k8s', versions().key);
}

function inDir(dir: string): Binaries {
  return { dir, etcd: join(dir, 'etcd'), kubeApiserver: join(dir, 'kube-apiserver'), kubectl: join(dir, 'kubectl') };
}

/** The cached binaries, or undefined when any of the three is missing. */
export function findBinaries(): Binaries | undefined {
  const b = inDir(cacheDir());
  return [b.etcd, b.kubeApiserver, b.kubectl].every((p) => existsSync(p)) ? b : undefined;
}

export function goAvailable(): boolean {
  return spawnSync('go', ['version'], { stdio: 'ignore' }).status === 0;
}

/**
 * Builds the three binaries into the cache (or returns the cached ones). Output of `go` goes to
 * `log`; the binaries appear in the cache directory only once all three are built.
 */
export async function buildBinaries(log: (s: string) => void = (s) => void process.stderr.write(s)): Promise<Binaries & { seconds: number; cached: boolean }> {
  const found = findBinaries();
  if (found) return { ...found, seconds: 0, cached: true };
  if (!goAvailable()) throw new Error('cannot build kube-apiserver: no go command on PATH (Go 1.26 or newer; the modules come from the Go module proxy)');
  const dir = cacheDir();
  const tmp = `${dir}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  const started = performance.now();
  const v = versions();
  log(`building etcd ${v.etcd}, kube-apiserver and kubectl ${v.kubernetes} into ${dir} (one go build; a cold build takes many minutes)\n`);
  const code = await new Promise<number | null>((resolve, reject) => {
    const p = spawn('go', ['build', '-trimpath', '-ldflags', v.ldflags, '-o', tmp + '/', './cmd/etcd', 'k8s.io/kubernetes/cmd/kube-apiserver', 'k8s.io/kubernetes/cmd/kubectl'], {
      cwd: BUILD_DIR,
      stdio: ['ignore', 'pipe', 'pipe'],
      // The build's own module: keep a caller's GOFLAGS (e.g. -mod=vendor) from changing it.
      env: { ...process.env, GOFLAGS: '-mod=readonly', GOWORK: 'off' },
    });
    p.stdout.on('data', (d: Buffer) => log(String(d)));
    p.stderr.on('data', (d: Buffer) => log(String(d)));
    p.on('error', reject);
    p.on('close', resolve);
  });
  if (code !== 0) {
    rmSync(tmp, { recursive: true, force: true });
    throw new Error(`go build in ${BUILD_DIR} failed (exit ${code})`);
  }
  rmSync(dir, { recursive: true, force: true });
  renameSync(tmp, dir);
  return { ...inDir(dir), seconds: (performance.now() - started) / 1000, cached: false };
}
