import { readFileSync, statSync } from 'node:fs';
import { DEFAULT_MAX_FILE_BYTES, formatBytes } from '../load/sources.ts';
import type { SourceText } from '../render/index.ts';
import { rememberedStdin, rememberStdin } from '../runtime/deep-stack.ts';
import { UsageError } from './usage-error.ts';

/** The --max-file-size option, shared by every command that reads definitions. */
export const MAX_FILE_SIZE_OPTION = ['--max-file-size <bytes>', 'refuse larger inputs (default 16 MiB)'] as const;

/** --max-file-size as a number of bytes (the default when not given). */
export function maxFileBytes(flag: string | undefined): number {
  if (flag === undefined) return DEFAULT_MAX_FILE_BYTES;
  if (!/^\d+$/.test(flag)) throw new UsageError(`--max-file-size ${flag}: expected a whole number of bytes`);
  return Number(flag);
}

/**
 * Reads a file named on the command line (`-` for standard input); a failure is a usage
 * error. Like lint, it refuses input over `maxBytes` (--max-file-size) before reading it.
 */
export function readSource(path: string, what: string, maxBytes: number = DEFAULT_MAX_FILE_BYTES): SourceText {
  const file = path === '-' ? '<stdin>' : path;
  let bytes: Buffer;
  try {
    if (path === '-') bytes = rememberedStdin() ?? rememberStdin(readFileSync(0));
    else {
      const size = statSync(path).size;
      if (size > maxBytes) throw tooLarge(what, file, size, maxBytes);
      bytes = readFileSync(path);
    }
  } catch (e) {
    if (e instanceof UsageError) throw e;
    const err = e as NodeJS.ErrnoException;
    const why = err.code === 'ENOENT' ? 'no such file or directory' : err.code === 'EISDIR' ? 'is a directory' : err.message;
    throw new UsageError(`${what} ${path}: ${why}`);
  }
  if (bytes.length > maxBytes) throw tooLarge(what, file, bytes.length, maxBytes);
  const text = bytes.toString('utf8');
  return { file, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}

function tooLarge(what: string, file: string, size: number, max: number): UsageError {
  return new UsageError(`${what} ${file}: ${formatBytes(size)}, over the ${formatBytes(max)} limit; give --max-file-size <bytes> to read it`);
}
