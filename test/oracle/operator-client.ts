import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';

/**
 * The operator drivers (test/oracle/operator/): one binary per operator release, built from the
 * family's Go module with the operator's own ldflags version variable. Prebuilt binaries are
 * taken from FORKSPACER_OPERATOR_DRIVERS (a directory holding one executable per release, named
 * `0.1.N`) when it is set; otherwise each is built here from the committed go.mod, which needs the
 * Go module proxy to serve github.com/forkspacer/forkspacer.
 */
const root = resolve(import.meta.dirname, '../..');
const driversDir = join(root, 'test/oracle/operator');

export interface Family {
  /** The driver's directory under test/oracle/operator. */
  dir: string;
  releases: string[];
  /** `legacy`: pkg/resources definitions (0.1.0 – 0.1.20); `inline`: api/v1 Modules (0.1.21+). */
  era: 'legacy' | 'inline';
  /** The Go package path of the ldflags version variable at these releases. */
  versionVar: string;
}

export function families(): Family[] {
  return JSON.parse(readFileSync(join(driversDir, 'families.json'), 'utf8')) as Family[];
}

export function familyOf(release: string): Family {
  const f = families().find((x) => x.releases.includes(release));
  if (!f) throw new Error(`no driver family lists operator release ${release}`);
  return f;
}

/** Why the drivers cannot be had on this machine, or undefined when they can. */
export class OperatorUnavailable extends Error {}

const built = new Map<string, string>();
const unavailable = new Map<string, OperatorUnavailable>();

export function driverBinary(release: string): string {
  const cached = built.get(release);
  if (cached) return cached;
  const pre = process.env.FORKSPACER_OPERATOR_DRIVERS;
  if (pre) {
    const p = resolve(pre, release);
    if (!existsSync(p)) throw new OperatorUnavailable(`FORKSPACER_OPERATOR_DRIVERS=${pre} has no driver for ${release}`);
    built.set(release, p);
    return p;
  }
  const fam = familyOf(release);
  const failed = unavailable.get(fam.dir);
  if (failed) throw failed;
  const outDir = join(root, '.oracle/operator');
  mkdirSync(outDir, { recursive: true });
  const out = join(outDir, release);
  const r = spawnSync('go', ['build', '-mod=readonly', '-ldflags', `-X ${fam.versionVar}.Version=${release}`, '-o', out, '.'], {
    cwd: join(driversDir, fam.dir),
    // The operator builds with Go 1.24.5; the go command fetches that toolchain from the module proxy.
    env: { ...process.env, GOFLAGS: '-mod=readonly', GOWORK: 'off', GOTOOLCHAIN: 'go1.24.5' },
    encoding: 'utf8',
  });
  if (r.error) throw new OperatorUnavailable(`cannot run go: ${r.error.message}`);
  if (r.status !== 0) {
    const refused = /403 Forbidden|not available|no required module|missing go.sum entry/.test(r.stderr);
    const err = new OperatorUnavailable(
      refused
        ? `the Go module proxy does not serve github.com/forkspacer/forkspacer here, so the ${fam.dir} driver cannot be built:\n${r.stderr.trim()}`
        : `building the ${fam.dir} driver for ${release} failed:\n${r.stderr.trim()}`,
    );
    unavailable.set(fam.dir, err);
    throw err;
  }
  built.set(release, out);
  return out;
}

export type OperatorAnswer = Record<string, unknown>;

/** Sends each request to the release's driver and returns the answers in order. */
export async function askOperator(release: string, requests: readonly object[]): Promise<OperatorAnswer[]> {
  const bin = driverBinary(release);
  const child = spawn(bin, [], { stdio: ['pipe', 'pipe', 'inherit'] });
  const answers: OperatorAnswer[] = [];
  const rl = createInterface({ input: child.stdout, crlfDelay: Infinity });
  const done = new Promise<void>((res, rej) => {
    rl.on('line', (l) => answers.push(JSON.parse(l) as OperatorAnswer));
    rl.on('close', () => res());
    child.on('error', rej);
  });
  for (const q of requests) {
    if (!child.stdin.write(JSON.stringify(q) + '\n')) await new Promise((r) => child.stdin.once('drain', r));
  }
  child.stdin.end();
  await done;
  if (answers.length !== requests.length) throw new Error(`operator ${release} driver answered ${answers.length} of ${requests.length}`);
  return answers;
}
