import { spawn, spawnSync } from 'node:child_process';
import { createInterface } from 'node:readline';
import { mkdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * Builds the Go oracle (GOPATH mode, Debian's packages) and asks it batches of questions.
 * Only the live differential tests and the golden-vector generators use this.
 */
const root = resolve(import.meta.dirname, '../..');
const binDir = join(root, '.oracle');
const bin = join(binDir, 'oracle');

export function buildOracle(): string {
  mkdirSync(binDir, { recursive: true });
  const r = spawnSync('go', ['build', '-o', bin, './test/oracle/go'], {
    cwd: root,
    env: { ...process.env, GO111MODULE: 'off', GOPATH: '/usr/share/gocode', GOFLAGS: '', GOCACHE: join(binDir, 'cache') },
    encoding: 'utf8',
  });
  if (r.error) throw new Error(`cannot run go (install golang-go): ${r.error.message}`);
  if (r.status !== 0) throw new Error(`oracle build failed:\n${r.stderr}`);
  if (!existsSync(bin)) throw new Error('oracle binary missing after build');
  return bin;
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
