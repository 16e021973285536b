import { spawn, spawnSync } from 'node:child_process';
import { createInterface } from 'node:readline';
import { mkdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * Builds the Go oracle (test/oracle/go, a Go module pinned to the operator's versions: Go
 * 1.24.5, github.com/Masterminds/semver/v3 v3.4.0, go.yaml.in/yaml/v3 v3.0.4) and asks it
 * batches of questions. Only the live differential tests and the golden-vector generators
 * use this.
 *
 * The build is the go command in module mode with -mod=readonly (go.mod and go.sum are
 * committed) and GOTOOLCHAIN=go1.24.5: `go 1.24.5` in go.mod is only a minimum, so a newer
 * local Go (or GOTOOLCHAIN=local) would otherwise build with itself. The go command fetches
 * that toolchain and the two modules from the module proxy once (then from its module cache).
 * Build results are cached in .oracle/cache; the binary checks its own versions on start.
 */
const root = resolve(import.meta.dirname, '../..');
const srcDir = join(root, 'test/oracle/go');
const binDir = join(root, '.oracle');
const bin = join(binDir, 'oracle');

export const ORACLE_GO = 'go1.24.5';
export const ORACLE_MODULES: Readonly<Record<string, string>> = {
  'github.com/Masterminds/semver/v3': 'v3.4.0',
  'go.yaml.in/yaml/v3': 'v3.0.4',
};

let built: string | undefined;

export function buildOracle(): string {
  if (built) return built;
  mkdirSync(binDir, { recursive: true });
  const env: Record<string, string | undefined> = {
    ...process.env,
    GOTOOLCHAIN: ORACLE_GO,
    GO111MODULE: 'on',
    GOFLAGS: '-mod=readonly -buildvcs=false',
    GOCACHE: join(binDir, 'cache'),
    GOWORK: 'off',
  };
  const r = spawnSync('go', ['build', '-o', bin, '.'], { cwd: srcDir, env, encoding: 'utf8' });
  if (r.error) {
    const missing = (r.error as NodeJS.ErrnoException).code === 'ENOENT';
    throw new Error(
      missing
        ? `the Go oracle needs the go command, and none is on PATH (${process.env.PATH ?? ''}): install Go 1.21 or newer (it fetches ${ORACLE_GO} itself) and put it on PATH`
        : `cannot run go: ${r.error.message}`,
    );
  }
  if (r.status !== 0) throw new Error(`oracle build failed (cd test/oracle/go && GOTOOLCHAIN=${ORACLE_GO} go build -mod=readonly):\n${r.stderr}`);
  if (!existsSync(bin)) throw new Error('oracle binary missing after build');
  const v = spawnSync(bin, [], { input: '{"kind":"version"}\n', encoding: 'utf8' });
  const info = JSON.parse(v.stdout || '{}') as { go?: string; deps?: Record<string, string> };
  const wrong: string[] = [];
  if (info.go !== ORACLE_GO) wrong.push(`Go ${String(info.go)} (want ${ORACLE_GO})`);
  for (const [m, want] of Object.entries(ORACLE_MODULES)) {
    if (info.deps?.[m] !== want) wrong.push(`${m} ${String(info.deps?.[m])} (want ${want})`);
  }
  if (wrong.length) throw new Error(`the oracle was built with ${wrong.join(', ')}`);
  return (built = bin);
}

/** Sends every question and returns the answers in order. */
export async function askOracle(questions: readonly object[]): Promise<Record<string, unknown>[]> {
  const path = buildOracle();
  const child = spawn(path, [], { stdio: ['pipe', 'pipe', 'inherit'] });
  const answers: Record<string, unknown>[] = [];
  const rl = createInterface({ input: child.stdout });
  const done = new Promise<void>((res, rej) => {
    rl.on('line', (l) => answers.push(JSON.parse(l) as Record<string, unknown>));
    rl.on('close', () => res());
    child.on('error', rej);
  });
  for (const q of questions) {
    if (!child.stdin.write(JSON.stringify(q) + '\n')) await new Promise((r) => child.stdin.once('drain', r));
  }
  child.stdin.end();
  await done;
  if (answers.length !== questions.length) throw new Error(`oracle answered ${answers.length} of ${questions.length}`);
  return answers;
}
