import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { isMainThread, Worker, workerData } from 'node:worker_threads';

/**
 * A command whose input nests deeper than V8's default stack allows runs again, whole, on a
 * worker thread with a large stack. The operator's yaml.v3 loads YAML nested 10,000 flow and
 * 10,000 block levels deep (and Go's goroutine stacks grow to 1 GB), so refusing such input
 * would be a wrong verdict; every recursive walk here (the `yaml` library's composer, schema
 * checks, the render walk, formatters) gets that depth on the large stack instead of each
 * becoming iterative.
 *
 * The engines signal the need with NeedsDeepStack (or a RangeError from V8) when the CLI has
 * offered a rerun (offerDeepStack); the CLI catches it once at the top and calls
 * runOnDeepStack. Used as a library, the engines never throw it. On the large stack,
 * onDeepStack is true and a stack overflow is reported as a limit of this tool.
 */
export const DEEP_STACK_MB = 1024;

/** Thrown where input is too deep for the default stack; the CLI reruns the command. */
export class NeedsDeepStack extends Error {
  override readonly name = 'NeedsDeepStack';
  constructor(readonly file?: string) {
    super('input nested too deep for the default stack');
  }
}

interface DeepStackData {
  deepStack: true;
  argv: string[];
  stdin?: Uint8Array;
}

const data = (isMainThread ? undefined : (workerData as DeepStackData | undefined)) ?? undefined;

/** True on the large-stack thread. */
export const onDeepStack: boolean = data?.deepStack === true;

/** The command line a large-stack thread runs (undefined elsewhere). */
export function deepStackArgv(): string[] | undefined {
  return onDeepStack ? data?.argv : undefined;
}

/** A V8 stack overflow. */
export function isStackOverflow(e: unknown): boolean {
  return e instanceof RangeError && /call stack/i.test(e.message);
}

let rerunOffered = false;

/** Called by the CLI (and its lint workers), which catch NeedsDeepStack and rerun. */
export function offerDeepStack(): void {
  rerunOffered = true;
}

/**
 * Throws NeedsDeepStack when the CLI can rerun on a large stack; otherwise returns, and the
 * engine goes on as far as the stack it has allows (library use, tests, the large stack).
 */
export function requestDeepStack(): void {
  if (rerunOffered && !onDeepStack) throw new NeedsDeepStack();
}

/** Whether an error escaping a command asks for the large stack. */
export function wantsDeepStack(e: unknown): boolean {
  if (onDeepStack) return false;
  if (e instanceof NeedsDeepStack || isStackOverflow(e)) return true;
  // Errors from lint worker threads arrive as plain Errors with the name kept.
  return e instanceof Error && (e.name === 'NeedsDeepStack' || e.message.includes('input nested too deep for the default stack'));
}

let stdinBytes: Buffer | undefined = data?.stdin ? Buffer.from(data.stdin) : undefined;

/** Standard input, read once: a rerun on the large stack gets the same bytes. */
export function rememberedStdin(): Buffer | undefined {
  return stdinBytes;
}

export function rememberStdin(bytes: Buffer): Buffer {
  stdinBytes = bytes;
  return bytes;
}

/**
 * Runs the command line `argv` again on a thread with a DEEP_STACK_MB stack and returns its
 * exit status. Its standard output and error are passed through in order once it ends, so
 * nothing of the first attempt (which wrote nothing: the signal comes before any output)
 * mixes with it.
 */
export async function runOnDeepStack(argv: readonly string[], entry: URL): Promise<number> {
  // Built, the entry is bin/forkspacer-def (its import() hook and code cache come along);
  // from the TypeScript sources (tests through tsx) a worker needs tsx registered first.
  const stdin = stdinBytes ? new Uint8Array(stdinBytes) : undefined;
  const wd: DeepStackData = { deepStack: true, argv: [...argv], stdin };
  const target = entry.pathname.endsWith('.ts') ? tsxBootstrap(entry) : entry;
  const worker = new Worker(target, { workerData: wd, stdout: true, stderr: true, resourceLimits: { stackSizeMb: DEEP_STACK_MB } });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  worker.stdout.on('data', (c: Buffer) => out.push(c));
  worker.stderr.on('data', (c: Buffer) => err.push(c));
  const ended = (s: NodeJS.ReadableStream): Promise<void> => new Promise((r) => s.once('end', () => r()));
  const drained = Promise.all([ended(worker.stdout), ended(worker.stderr)]);
  let status = 2;
  worker.on('message', (m: { exitCode?: number }) => {
    if (typeof m?.exitCode === 'number') status = m.exitCode;
  });
  const failure = await new Promise<Error | undefined>((resolve) => {
    worker.once('error', (e) => resolve(e));
    worker.once('exit', () => resolve(undefined));
  });
  await drained;
  process.stdout.write(Buffer.concat(out));
  process.stderr.write(Buffer.concat(err));
  if (failure) throw failure;
  return status;
}

function tsxBootstrap(entry: URL): URL {
  // tsx's ESM API by its package's export map (require.resolve would give the CommonJS one).
  const pkg = createRequire(entry).resolve('tsx/package.json');
  const exported = (JSON.parse(readFileSync(pkg, 'utf8')) as { exports: Record<string, { import: { default: string } }> }).exports['./esm/api'];
  const api = new URL(exported.import.default, pathToFileURL(pkg)).href;
  const code = `const { register } = await import(${JSON.stringify(api)}); register(); await import(${JSON.stringify(entry.href)});`;
  return new URL('data:text/javascript,' + encodeURIComponent(code));
}
