/** Shared by the LSP tests: the built CLI, fixture positions, and `lint -f json` as the reference. */
import { execFile } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';

export const root = resolve(import.meta.dirname, '../..');
export const bin = join(root, 'bin', 'forkspacer-def');
export const fixtures = join(import.meta.dirname, 'fixtures');

/** 0-based line and UTF-16 character of the `nth` occurrence of `needle` (plus `shift` characters). */
export function positionOf(text: string, needle: string, shift = 0, nth = 0): { line: number; character: number } {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at === -1) throw new Error(`"${needle}" (occurrence ${nth + 1}) is not in the text`);
  }
  const offset = at + shift;
  const line = text.slice(0, offset).split('\n').length - 1;
  return { line, character: offset - (text.lastIndexOf('\n', offset - 1) + 1) };
}

export interface JsonFinding {
  ruleId: string;
  severity: string;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** What `lint --offline -f json` reports for one file, run from the file's directory (so its .forkspacer-def.yaml applies). */
export async function cliFindings(file: string): Promise<JsonFinding[]> {
  const run = promisify(execFile);
  let stdout: string;
  try {
    ({ stdout } = await run(process.execPath, [bin, 'lint', '--offline', '-f', 'json', basename(file)], { cwd: dirname(file), maxBuffer: 64 * 1024 * 1024 }));
  } catch (e) {
    const err = e as { code?: number; stdout?: string };
    if (err.code !== 1 || err.stdout === undefined) throw e;
    stdout = err.stdout;
  }
  const report = JSON.parse(stdout) as { files: { findings: JsonFinding[] }[] };
  return report.files[0]?.findings ?? [];
}

export interface LspDiagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  severity?: number;
  code?: string | number;
  message: string;
}

/** A diagnostic in `lint -f json`'s terms (1-based, exclusive end column). */
export function asJsonFinding(d: LspDiagnostic): JsonFinding {
  return {
    ruleId: String(d.code),
    severity: d.severity === 1 ? 'error' : 'warning',
    message: d.message,
    line: d.range.start.line + 1,
    column: d.range.start.character + 1,
    endLine: d.range.end.line + 1,
    endColumn: d.range.end.character + 1,
  };
}

export const comparable = (f: JsonFinding): string => `${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.severity} ${f.ruleId} ${f.message}`;

/** Every YAML file of the repository's fixtures and of test/lsp/fixtures: the parity set. */
export function paritySet(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.ya?ml$/.test(name) && !name.startsWith('.')) out.push(p);
    }
  };
  walk(join(root, 'fixtures'));
  walk(fixtures);
  return out;
}

/** Runs `fn` over `items`, `limit` at a time. */
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (t: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await fn(items[i]);
      }
    }),
  );
  return out;
}
