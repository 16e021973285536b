// The V8 code cache (bin/code-cache.cjs) is code: V8 runs the bytecode of a cache file for any
// source of the same length. These tests plant a cache compiled from a different script of the
// bundle's length, one that prints PWNED, and run the built CLI: it runs the planted code from
// a directory and file of this user that no one else may write (the control: the attack is
// real), and never from a foreign-owned, group- or world-writable or linked one. Corrupted
// cache files never crash the tool. (Tests run as root here: chown to uid 65534 makes a
// foreign owner; a non-root run cannot, and says so on standard error.)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import vm from 'node:vm';
import { crc32 } from 'node:zlib';

const CLI = resolve('bin/forkspacer-def');
const BUNDLE = resolve('dist/cli.cjs');
const INPUT = resolve('fixtures/examples/redis-helm-flat.yaml');
let root: string;
let reference: { status: number | null; stdout: string };
const isRoot = process.getuid?.() === 0;

before(() => {
  assert.ok(existsSync(BUNDLE), 'the built CLI (npm run build) is needed');
  root = mkdtempSync(join(tmpdir(), 'fsd-cache-sec-'));
  chmodSync(root, 0o755);
  reference = lint(join(root, 'reference'));
  assert.ok(reference.status === 0 || reference.status === 1, reference.stdout);
});
after(() => rmSync(root, { recursive: true, force: true }));

function lint(cacheDir: string) {
  const r = spawnSync(process.execPath, [CLI, 'lint', '--no-config', '--offline', INPUT], { encoding: 'utf8', env: { ...process.env, FORKSPACER_DEF_CACHE_DIR: cacheDir, XDG_CACHE_HOME: '' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The name bin/forkspacer-def gives the `lint` command's cache of the current bundle. */
function cacheName(): string {
  const st = statSync(BUNDLE);
  return `cli-lint@${process.version}-${process.arch}-${st.size}-${st.mtimeMs}-${st.ino}.v8`;
}

/** A cache file that V8 accepts for the bundle but that runs other code. */
function plant(dir: string): string {
  const length = readFileSync(BUNDLE, 'latin1').length;
  let code = "(function () { process.stdout.write('PWNED\\n'); process.exit(0); })";
  code += ' '.repeat(length - code.length);
  const data = new vm.Script(code, { filename: BUNDLE }).createCachedData();
  const header = Buffer.alloc(4);
  header.writeUInt32LE(crc32(data), 0);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
  const file = join(dir, cacheName());
  writeFileSync(file, Buffer.concat([header, data]), { mode: 0o600 });
  return file;
}

function assertNotRun(dir: string, what: string) {
  const r = lint(dir);
  assert.doesNotMatch(r.stdout, /PWNED/, `${what}: the planted cache was run`);
  assert.equal(r.status, reference.status, `${what}: ${r.stderr}`);
  assert.equal(r.stdout, reference.stdout, what);
  assert.equal(r.stderr, '', what);
}

test('control: a planted cache in a private directory of this user is run (so the checks below are what stop it)', () => {
  const dir = join(root, 'own');
  plant(dir);
  assert.match(lint(dir).stdout, /^PWNED$/m);
});

test('a world- or group-writable cache directory is not read from (nor written to)', () => {
  for (const mode of [0o777, 0o775, 0o757]) {
    const dir = join(root, `dir-${mode.toString(8)}`);
    const file = plant(dir);
    chmodSync(dir, mode);
    const before = readFileSync(file);
    assertNotRun(dir, `directory mode ${mode.toString(8)}`);
    assert.deepEqual(readdirSync(dir), [cacheName()], 'nothing written into it');
    assert.deepEqual(readFileSync(file), before);
  }
});

test('a group- or world-writable cache file is not read', () => {
  for (const mode of [0o666, 0o620, 0o602]) {
    const dir = join(root, `file-${mode.toString(8)}`);
    const file = plant(dir);
    chmodSync(file, mode);
    assertNotRun(dir, `file mode ${mode.toString(8)}`);
  }
});

if (!isRoot) process.stderr.write('note: test/security/code-cache.test.ts: the foreign-owner case needs root (chown to uid 65534) and is not run\n');
else test('a cache directory or file owned by another user is not read', () => {
  const dir = join(root, 'foreign-dir');
  plant(dir);
  chownSync(dir, 65534, 65534);
  assertNotRun(dir, 'directory of uid 65534');
  assert.equal(readdirSync(dir).length, 1, 'nothing written into a foreign directory');
  const dir2 = join(root, 'foreign-file');
  const file = plant(dir2);
  chownSync(file, 65534, 65534);
  assertNotRun(dir2, 'file of uid 65534');
});

test('a cache file or directory reached through a symbolic link is not read', () => {
  const dir = join(root, 'link-file');
  const file = plant(dir);
  const target = join(root, 'elsewhere.v8');
  writeFileSync(target, readFileSync(file), { mode: 0o600 });
  rmSync(file);
  symlinkSync(target, file);
  assertNotRun(dir, 'cache file is a symlink');
  const real = join(root, 'link-target');
  plant(real);
  const link = join(root, 'link-dir');
  symlinkSync(real, link);
  assertNotRun(link, 'cache directory is a symlink');
});

test('corrupted cache files never crash the tool, and are replaced by a good cache', () => {
  const good = join(root, 'good');
  lint(good);
  const valid = readFileSync(join(good, cacheName()));
  const garbage = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 2654435761) >>> 24));
  const withCrc = (data: Buffer) => {
    const h = Buffer.alloc(4);
    h.writeUInt32LE(crc32(data), 0);
    return Buffer.concat([h, data]);
  };
  const flipped = Buffer.from(valid);
  for (let i = 64; i < flipped.length; i += 997) flipped[i] ^= 0x5a;
  const cases: [string, Buffer][] = [
    ['empty', Buffer.alloc(0)],
    ['header only', valid.subarray(0, 4)],
    ['truncated', valid.subarray(0, Math.floor(valid.length / 2))],
    ['bit flips', flipped],
    ['garbage', garbage],
    ['garbage with a valid checksum', withCrc(garbage)],
    ['truncated V8 data with a valid checksum', withCrc(valid.subarray(4, 4 + Math.floor(valid.length / 3)))],
  ];
  for (const [what, bytes] of cases) {
    const dir = join(root, `corrupt-${what.replace(/\W+/g, '-')}`);
    mkdirSync(dir, { mode: 0o700 });
    writeFileSync(join(dir, cacheName()), bytes, { mode: 0o600 });
    assertNotRun(dir, what);
    const after = readFileSync(join(dir, cacheName()));
    assert.ok(after.length > 1000 && after.readUInt32LE(0) === crc32(after.subarray(4)), `${what}: a good cache was written in its place`);
  }
  // A directory where the cache file belongs, and a file where the directory belongs.
  const dirAsFile = join(root, 'dir-is-file');
  mkdirSync(join(dirAsFile, cacheName()), { recursive: true, mode: 0o700 });
  chmodSync(dirAsFile, 0o700);
  assertNotRun(dirAsFile, 'a directory under the cache name');
  const fileAsDir = join(root, 'file-is-dir');
  writeFileSync(fileAsDir, 'not a directory');
  assertNotRun(fileAsDir, 'the cache directory is a file');
});

test('a new cache directory is private (0700) and its files 0600', () => {
  const dir = join(root, 'fresh', 'nested');
  const r = lint(dir);
  assert.equal(r.stdout, reference.stdout);
  assert.equal(lstatSync(dir).mode & 0o777, 0o700);
  for (const n of readdirSync(dir)) assert.equal(lstatSync(join(dir, n)).mode & 0o777, 0o600, n);
});
