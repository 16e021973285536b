import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { main } from '../../src/cli/main.ts';
import { root } from './mutators.ts';

/**
 * Runs the commands that read user files, in this process (main() with standard output and
 * error captured) and through the built CLI (bin/forkspacer-def, with its time and peak
 * memory measured), and checks the fuzzer's properties on what they did.
 */
export const COMMANDS: Readonly<Record<string, readonly string[]>> = {
  lint: ['lint', '--no-config', '--offline'],
  render: ['render'],
  docs: ['docs'],
  migrate: ['migrate'],
  publish: ['publish', '--dry-run=client', '--no-config'],
};
export type CommandName = keyof typeof COMMANDS & string;

/**
 * Bounds every run must keep (the large-stack rerun of 10,000-level input included): CPU time,
 * and a wall-clock kill at six times that for a run that hangs.
 */
export const TIME_LIMIT_MS = 20_000;
export const MEMORY_LIMIT_BYTES = 1536 * 1024 * 1024;

export interface RunResult {
  status: number;
  stdout: string;
  stderr: string;
  ms: number;
  /** CPU time (all threads): the bound, as wall time depends on what else the machine runs. */
  cpuMs?: number;
  /** Peak resident memory (built CLI only). */
  maxRssBytes?: number;
  timedOut?: boolean;
}

export async function runInProcess(args: readonly string[]): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const out = process.stdout.write;
  const err = process.stderr.write;
  const text = (c: string | Uint8Array): string => (typeof c === 'string' ? c : Buffer.from(c).toString('utf8'));
  process.stdout.write = ((c: string | Uint8Array) => ((stdout += text(c)), true)) as typeof process.stdout.write;
  process.stderr.write = ((c: string | Uint8Array) => ((stderr += text(c)), true)) as typeof process.stderr.write;
  process.exitCode = undefined;
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  let status: number;
  try {
    status = await main(['node', 'forkspacer-def', ...args]);
  } finally {
    process.stdout.write = out;
    process.stderr.write = err;
    process.exitCode = undefined;
  }
  const cpu = process.cpuUsage(cpu0);
  return { status, stdout, stderr, ms: performance.now() - t0, cpuMs: (cpu.user + cpu.system) / 1000 };
}

/** The built CLI, through a wrapper that reports its peak memory (threads included) on fd 3. */
export function runBuilt(args: readonly string[], cwd: string): Promise<RunResult> {
  const wrapper = join(root, 'test', 'fuzz', 'measure.cjs');
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [wrapper, join(root, 'bin', 'forkspacer-def'), ...args], {
      cwd,
      stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined },
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    const usage: Buffer[] = [];
    child.stdout?.on('data', (c: Buffer) => out.push(c));
    child.stderr?.on('data', (c: Buffer) => err.push(c));
    (child.stdio[3] as NodeJS.ReadableStream).on('data', (c: Buffer) => usage.push(c));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, TIME_LIMIT_MS * 6);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const u = Buffer.concat(usage).toString();
      const ru = u ? (JSON.parse(u) as { maxRSS: number; userCPUTime: number; systemCPUTime: number }) : undefined;
      resolve({
        status: code ?? (signal ? 128 : 255),
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        ms: performance.now() - t0,
        maxRssBytes: ru ? ru.maxRSS * 1024 : undefined,
        cpuMs: ru ? (ru.userCPUTime + ru.systemCPUTime) / 1000 : undefined,
        timedOut,
      });
    });
  });
}

/** A scratch directory with the input written as `input.yaml` (the name findings must give). */
export function withInputFile<T>(bytes: Buffer, f: (dir: string, file: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'forkspacer-fuzz-'));
  const file = join(dir, 'input.yaml');
  writeFileSync(file, bytes);
  return f(dir, file).finally(() => rmSync(dir, { recursive: true, force: true }));
}

export interface Violation {
  property: string;
  detail: string;
}

const STACK_LINE = /^\s+at .+(\(.*:\d+:\d+\)|:\d+:\d+)$/m;

/** The properties every run must keep; `file` is how the input was named on the command line. */
export function checkRun(r: RunResult, file: string): Violation[] {
  const v: Violation[] = [];
  const all = r.stdout + r.stderr;
  if (r.timedOut || (r.cpuMs ?? r.ms) > TIME_LIMIT_MS) {
    v.push({ property: 'time bound', detail: `${Math.round(r.cpuMs ?? r.ms)} ms of CPU, ${Math.round(r.ms)} ms in all (limit ${TIME_LIMIT_MS} ms of CPU)${r.timedOut ? ', killed' : ''}` });
  }
  if (r.maxRssBytes !== undefined && r.maxRssBytes > MEMORY_LIMIT_BYTES) v.push({ property: 'memory bound', detail: `${Math.round(r.maxRssBytes / 1048576)} MiB peak` });
  if (![0, 1, 2].includes(r.status)) v.push({ property: 'exit status', detail: `exit ${r.status}` });
  if (STACK_LINE.test(all)) v.push({ property: 'no stack trace', detail: excerpt(all, STACK_LINE) });
  if (/internal error/i.test(all)) v.push({ property: 'no internal error', detail: excerpt(all, /internal error/i) });
  if (/Maximum call stack|RangeError|TypeError|ReferenceError/.test(all)) v.push({ property: 'no engine error', detail: excerpt(all, /Maximum call stack|RangeError|TypeError|ReferenceError/) });
  // Stylish names a file relative to the working directory: the absolute path is a substring of
  // that only when the directory is nested deeper than the file's (as /work/main is, /tmp/x is not).
  const names = [file, relative(process.cwd(), file)];
  if (r.status !== 0 && !names.some((n) => all.includes(n))) v.push({ property: 'failure names the file', detail: excerpt(all, /\S/) });
  return v;
}

function excerpt(text: string, re: RegExp): string {
  const m = re.exec(text);
  const i = m ? m.index : 0;
  return text.slice(Math.max(0, i - 120), i + 200).replace(/\s+/g, ' ');
}

/**
 * Our verdict on loading a YAML file: the first YAML-level finding of the built CLI's lint
 * (yaml-syntax, or file-content for what is not UTF-8 text), which runs deep input on its
 * large stack as any user's run would.
 */
export async function ourLoad(dir: string, file: string): Promise<{ error?: string }> {
  const r = await runBuilt(['lint', '--no-config', '--offline', '--rule', 'document-shape=off', '-f', 'json', file], dir);
  const report = JSON.parse(r.stdout) as { files: { findings: { ruleId: string; message: string }[] }[] };
  const yamlFindings = report.files.flatMap((x) => x.findings).filter((x) => x.ruleId === 'yaml-syntax' || x.ruleId === 'file-content');
  // lint reports every problem in text order; yaml.v3 stops at its first, and its depth limit
  // comes before a repeated key (found when decoding), so a depth finding anywhere is the verdict.
  const f = yamlFindings.find((x) => /exceeded max depth/.test(x.message)) ?? yamlFindings[0];
  return f ? { error: f.message } : {};
}

/** Whether a yaml.v3 answer ({error} or {docs}) and ours agree: loaded or refused alike, and
 * yaml.v3's depth-limit message ours too. */
export function loadVerdictsAgree(go: { error?: string }, ours: { error?: string }): boolean {
  if (Boolean(go.error) !== Boolean(ours.error)) return false;
  if (go.error && /exceeded max depth/.test(go.error)) return /exceeded max depth of 10000/.test(ours.error ?? '');
  return true;
}

export function readBytes(path: string): Buffer {
  return readFileSync(path);
}
