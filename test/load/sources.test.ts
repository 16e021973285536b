import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { globToRegExp } from '../../src/load/glob.ts';
import { loadSources } from '../../src/load/sources.ts';

test('glob patterns: *, **, ?, [..], {a,b}', () => {
  assert.ok(globToRegExp('defs/*.yaml').test('defs/a.yaml'));
  assert.ok(!globToRegExp('defs/*.yaml').test('defs/sub/a.yaml'));
  assert.ok(globToRegExp('defs/**/*.yaml').test('defs/sub/deep/a.yaml'));
  assert.ok(globToRegExp('defs/**/*.yaml').test('defs/a.yaml'));
  assert.ok(globToRegExp('d?fs/*.{yaml,yml}').test('defs/a.yml'));
  assert.ok(globToRegExp('[ab].yaml').test('b.yaml'));
  assert.ok(!globToRegExp('[!ab].yaml').test('a.yaml'));
});

test('directories are searched recursively for YAML; binary, oversized and missing inputs are told apart', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'fdef-'));
  mkdirSync(join(dir, 'sub'));
  writeFileSync(join(dir, 'a.yaml'), 'a: 1\n');
  writeFileSync(join(dir, 'sub', 'b.yml'), 'b: 1\n');
  writeFileSync(join(dir, 'notes.txt'), 'x');
  writeFileSync(join(dir, 'bin.yaml'), Buffer.from([0x6b, 0x3a, 0x00, 0x01]));
  writeFileSync(join(dir, 'big.yaml'), 'x: ' + 'y'.repeat(5000) + '\n');
  const files = await loadSources([dir, join(dir, 'missing.yaml')], { maxFileBytes: 4096 });
  const byName = new Map(files.map((f) => [f.path.slice(dir.length + 1), f]));
  assert.deepEqual([...byName.keys()].sort(), ['a.yaml', 'big.yaml', 'bin.yaml', 'missing.yaml', 'sub/b.yml']);
  assert.equal(byName.get('a.yaml')?.text, 'a: 1\n');
  assert.match(byName.get('bin.yaml')?.contentError ?? '', /binary data/);
  assert.match(byName.get('big.yaml')?.contentError ?? '', /over the 4\.0 KiB limit/);
  assert.equal(byName.get('missing.yaml')?.ioError, 'no such file or directory');
});

test('stdin is read through the given reader and named <stdin>', async () => {
  const files = await loadSources(['-'], { readStdin: async () => Buffer.from('\uFEFFa: 1\n') });
  assert.deepEqual(files, [{ path: '<stdin>', text: 'a: 1\n' }]);
});
