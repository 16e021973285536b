import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { readAndLint } from '../../src/lint/batches.ts';
import type { FirstPassEntry } from '../../src/lint/batches.ts';
import type { LintOptions } from '../../src/lint/settings.ts';
import { helmFlat } from './harness.ts';

/** file-content is reported by the runner for files it cannot read as text, so real files go through readAndLint. */
const dir = mkdtempSync(join(tmpdir(), 'file-content-'));
after(() => rmSync(dir, { recursive: true, force: true }));

async function lintFile(name: string, content: string | Buffer, options: LintOptions = {}, maxFileBytes?: number): Promise<string[]> {
  const path = join(dir, name);
  writeFileSync(path, content);
  const entries: FirstPassEntry[] = await readAndLint([path], options, { maxFileBytes });
  return entries.flatMap((e) => ('result' in e ? e.result.findings : []))
    .filter((f) => f.ruleId === 'file-content')
    .map((f) => `${f.file === path ? name : f.file}:${f.range.start.line}:${f.range.start.column} ${f.severity} ${f.message}`);
}

test('file-content valid #1: a UTF-8 definition is linted', async () => {
  assert.deepEqual(await lintFile('ok.yaml', helmFlat()), []);
});

test('file-content valid #2: a file exactly at the size limit', async () => {
  const text = helmFlat();
  assert.deepEqual(await lintFile('limit.yaml', text, {}, Buffer.byteLength(text)), []);
});

test('file-content invalid #1: binary data (a NUL byte)', async () => {
  assert.deepEqual(await lintFile('bin.yaml', Buffer.from([0x6b, 0x3a, 0x00, 0x01, 0x0a])), ['bin.yaml:1:1 error binary data (a NUL byte), not YAML text; the file was not linted']);
});

test('file-content invalid #2: not UTF-8', async () => {
  assert.deepEqual(await lintFile('latin1.yaml', Buffer.from('name: caf\xe9\n', 'latin1')), ['latin1.yaml:1:1 error not valid UTF-8 text (YAML must be UTF-8); the file was not linted']);
});

test('file-content invalid #3: over --max-file-size, and the severity setting applies', async () => {
  const big = helmFlat() + `# ${'x'.repeat(3072 - helmFlat().length - 3)}\n`;
  assert.deepEqual(await lintFile('big.yaml', big, { rules: { 'file-content': 'warning' } }, 2048), ['big.yaml:1:1 warning file is 3.0 KiB, over the 2.0 KiB limit (--max-file-size); the file was not linted']);
  assert.deepEqual(await lintFile('big.yaml', big, { rules: { 'file-content': 'off' } }, 2048), []);
});
