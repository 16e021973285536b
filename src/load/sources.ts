import { readFileSync, statSync, type Stats } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { globBase, globToRegExp, hasGlobMagic } from './glob.ts';
import { rememberedStdin, rememberStdin } from '../runtime/deep-stack.ts';

/** A file to lint: its text, or why it could not be read. */
export interface SourceFile {
  /** As the user should see it: relative when given relative, `<stdin>` for `-`. */
  path: string;
  text?: string;
  /** An I/O problem (missing, unreadable): the run exits 2 but goes on with other files. */
  ioError?: string;
  /** Content that is not YAML text at all (binary, too large): reported as a finding. */
  contentError?: string;
}

export const DEFAULT_MAX_FILE_BYTES = 16 * 1024 * 1024;
const YAML_FILE = /\.ya?ml$/i;
const SKIP_DIRS = new Set(['node_modules', '.git']);

export interface ExpandOptions {
  readStdin?: () => Promise<Buffer>;
  maxFileBytes?: number;
}

/** Expands paths (files, directories, globs, `-`) into files in a stable order. */
export async function loadSources(paths: readonly string[], opts: ExpandOptions = {}): Promise<SourceFile[]> {
  const max = opts.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const out: SourceFile[] = [];
  const seen = new Set<string>();
  for (const p of paths) {
    if (p === '-') {
      const buf = await (opts.readStdin ?? readAllStdin)();
      out.push(decode('<stdin>', buf, max));
      continue;
    }
    const stats = new Map<string, Stats>();
    for (const file of await expand(p, stats)) {
      if (typeof file !== 'string') {
        out.push(file);
        continue;
      }
      if (seen.has(file)) continue;
      seen.add(file);
      out.push(readSource(file, max, stats.get(file)));
    }
  }
  return out;
}

/** The files the paths name, in the order loadSources would read them (unreadable ones too). */
export async function expandPaths(paths: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const p of paths) {
    for (const f of await expand(p)) {
      const path = typeof f === 'string' ? f : f.path;
      if (!seen.has(path)) {
        seen.add(path);
        out.push(path);
      }
    }
  }
  return out;
}

/** `stats` receives the stat of a path that names a file, so reading it need not stat again. */
async function expand(p: string, stats?: Map<string, Stats>): Promise<(string | SourceFile)[]> {
  const norm = p.replace(/\\/g, '/');
  if (hasGlobMagic(norm)) {
    const base = globBase(norm);
    const re = globToRegExp(norm.replace(/^\.\//, ''));
    const files = await walk(base).catch(() => [] as string[]);
    const hits = files.filter((f) => re.test(f.replace(/^\.\//, '')));
    if (hits.length === 0) return [{ path: p, ioError: `no files match the pattern ${p}` }];
    return hits.sort();
  }
  try {
    // Synchronous like readSource: a batch of file paths is stat'ed one after another.
    const s = statSync(p);
    if (s.isDirectory()) return (await walk(p)).filter((f) => YAML_FILE.test(f)).sort();
    stats?.set(p, s);
    return [p];
  } catch (e) {
    return [{ path: p, ioError: describeIoError(e) }];
  }
}

async function walk(dir: string): Promise<string[]> {
  const out: string[] = [];
  const entries = await readdir(dir, { withFileTypes: true });
  // join(dir, name) for every entry, with `dir` normalized once: an entry name is a single
  // segment, so join(dir, 'x') minus the 'x' is the prefix join gives it.
  const prefix = dir === '.' ? '' : join(dir, 'x').slice(0, -1);
  for (const e of entries) {
    if (SKIP_DIRS.has(e.name)) continue;
    const full = prefix + e.name;
    if (e.isDirectory()) out.push(...(await walk(full)));
    else if (e.isFile()) out.push(full.replace(/\\/g, '/'));
  }
  return out;
}

/**
 * Synchronous on purpose: a run reads thousands of small files one after another, and each
 * promise-based stat/open/read/close is a thread-pool round trip that costs more than the read.
 */
function readSource(path: string, max: number, known?: Stats): SourceFile {
  try {
    const s = known ?? statSync(path);
    if (s.size > max) return { path, contentError: `file is ${formatBytes(s.size)}, over the ${formatBytes(max)} limit (--max-file-size)` };
    // Read as a string in one native call; only text that decode() could judge otherwise (a NUL,
    // a replacement character, possibly over the limit) is read again as bytes and judged there.
    let text = readFileSync(path, 'utf8');
    if (text.length * 3 > max || text.includes('\0') || text.includes('\uFFFD')) return decode(path, readFileSync(path), max);
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    return { path, text };
  } catch (e) {
    return { path, ioError: describeIoError(e) };
  }
}

function decode(path: string, buf: Buffer, max: number): SourceFile {
  if (buf.length > max) return { path, contentError: `input is ${formatBytes(buf.length)}, over the ${formatBytes(max)} limit (--max-file-size)` };
  if (buf.subarray(0, 8192).includes(0)) return { path, contentError: 'binary data (a NUL byte), not YAML text' };
  let text = buf.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.includes('\uFFFD') && !buf.includes(Buffer.from('\uFFFD'))) {
    return { path, contentError: 'not valid UTF-8 text (YAML must be UTF-8)' };
  }
  return { path, text };
}

function describeIoError(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  switch (err.code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    default:
      return err.message ?? String(e);
  }
}

export function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MiB` : `${(n / 1024).toFixed(1)} KiB`;
}

async function readAllStdin(): Promise<Buffer> {
  const known = rememberedStdin();
  if (known) return known;
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return rememberStdin(Buffer.concat(chunks));
}

export const relativeTo = (cwd: string, p: string): string => relative(cwd, p) || p;
