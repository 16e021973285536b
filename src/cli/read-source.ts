import { readFileSync } from 'node:fs';
import type { SourceText } from '../render/index.ts';
import { UsageError } from './usage-error.ts';

/** Reads a file named on the command line (`-` for standard input); a failure is a usage error. */
export function readSource(path: string, what: string): SourceText {
  try {
    const text = path === '-' ? readFileSync(0, 'utf8') : readFileSync(path, 'utf8');
    return { file: path === '-' ? '<stdin>' : path, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const why = err.code === 'ENOENT' ? 'no such file or directory' : err.code === 'EISDIR' ? 'is a directory' : err.message;
    throw new UsageError(`${what} ${path}: ${why}`);
  }
}
