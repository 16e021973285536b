'use strict';
// Runs a CommonJS bundle through V8's code cache (Node 20 has no module compile cache): the
// first run compiles and saves the cache, later runs skip most parsing and compiling. Shared
// by bin/forkspacer-def (the CLI) and dist/lint-worker.cjs (each lint worker thread).
//
// Safety: V8 rejects a cache made by another V8 version or with other flags, or a truncated
// one, but it only compares the source *length* and (in release builds) does not checksum
// the data: a cache with flipped bits makes V8 abort. So the file name carries the bundle's
// size, mtime and inode (a rebuilt bundle gets a new cache), and the file starts with a
// CRC-32 of the V8 data. A rejected cache is rewritten; a cache directory that cannot be
// written only costs speed.
//
// A cache file is code: V8 runs the bytecode in it for any source of the same length, so
// whoever can write the cache directory can run code as the user. A cache is therefore read
// only from a directory and a file that belong to this user and that no group or other user
// may write, and not through a symbolic link; otherwise the bundle is compiled from source and
// nothing is written there.
//
// Kept to cheap built-ins: node:crypto alone would cost ~6 ms of start-up.
const { closeSync, constants, fstatSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, statSync, unlinkSync, writeFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { dirname, join } = require('node:path');
const vm = require('node:vm');

/** Older caches of the same name are removed when a new one is written, once this stale. */
const STALE_MS = 24 * 60 * 60 * 1000;
const HEADER = 4;

function cacheDir() {
  if (process.env.FORKSPACER_DEF_CACHE_DIR) return process.env.FORKSPACER_DEF_CACHE_DIR;
  if (process.env.XDG_CACHE_HOME) return join(process.env.XDG_CACHE_HOME, 'forkspacer-def');
  return join(process.env.HOME || require('node:os').homedir(), '.cache', 'forkspacer-def');
}

/** zlib.crc32 (Node 20.15+); without it the check is skipped. */
function crc32(data) {
  const z = require('node:zlib');
  return typeof z.crc32 === 'function' ? z.crc32(data) : 0;
}

/** Whether a stat describes something only this user can change (always true without POSIX owners). */
function ownedAndPrivate(st) {
  if (typeof process.getuid !== 'function') return true;
  return st.uid === process.getuid() && (st.mode & 0o022) === 0;
}

/** Whether `dir` is a real directory (not a link) of this user that no one else may write. */
function trustedDir(dir) {
  try {
    const st = lstatSync(dir);
    return st.isDirectory() && ownedAndPrivate(st);
  } catch {
    return false;
  }
}

// mkdirSync(dir, { recursive: true }) loops forever on Node 20 for a path under /proc, so
// parents are created one at a time, a bounded number of them.
function makeDir(dir, depth = 0) {
  try {
    mkdirSync(dir, 0o700);
  } catch (e) {
    if (e.code === 'EEXIST') return;
    const parent = dirname(dir);
    if (e.code !== 'ENOENT' || parent === dir || depth > 16) throw e;
    makeDir(parent, depth + 1);
    mkdirSync(dir, 0o700);
  }
}

function removeStale(dir, prefix, keep) {
  const now = Date.now();
  for (const n of readdirSync(dir)) {
    if (!n.startsWith(prefix) || n === keep) continue;
    try {
      if (now - statSync(join(dir, n)).mtimeMs > STALE_MS) unlinkSync(join(dir, n));
    } catch {}
  }
}

/** The V8 data of a cache file, or undefined when it is missing, damaged or not trusted. */
function readCache(dir, cacheFile) {
  if (!trustedDir(dir)) return undefined;
  let buf;
  let fd;
  try {
    // O_NOFOLLOW: a link planted under the cache's name is not followed; the checks are made
    // on the open file itself, so it cannot be swapped between the check and the read.
    fd = openSync(cacheFile, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
    const st = fstatSync(fd);
    if (!st.isFile() || !ownedAndPrivate(st) || st.size > 256 * 1024 * 1024) return undefined;
    buf = Buffer.allocUnsafe(st.size);
    let off = 0;
    while (off < buf.length) {
      const n = readSync(fd, buf, off, buf.length - off, off);
      if (n === 0) break;
      off += n;
    }
    buf = buf.subarray(0, off);
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  if (buf.length <= HEADER) return undefined;
  const data = buf.subarray(HEADER);
  return buf.readUInt32LE(0) === crc32(data) ? data : undefined;
}

function writeCache(dir, cacheFile, data) {
  makeDir(dir);
  if (!trustedDir(dir)) return false;
  const header = Buffer.alloc(HEADER);
  header.writeUInt32LE(crc32(data), 0);
  const tmp = `${cacheFile}.${process.pid}.${require('node:worker_threads').threadId}.tmp`;
  // 'wx': never write through a file or link someone placed under the temporary name.
  writeFileSync(tmp, Buffer.concat([header, data]), { mode: 0o600, flag: 'wx' });
  renameSync(tmp, cacheFile);
  return true;
}

/**
 * Evaluates the bundle `file` as a CommonJS module and returns its exports. The bundle is one
 * function expression `(function (exports, require, module, __filename, __dirname) {...})`
 * in ASCII (scripts/build.mjs makes it so): compiled as read, as latin1, without copies.
 * `name` names the cache: one per entry point and command, as each holds the functions
 * that its runs compiled. A new cache is saved when `saveWhen` calls its argument: by
 * default at exit, so the functions this run compiled are in the cache too.
 */
function runCached(file, name, { saveWhen = (save) => process.once('exit', save) } = {}) {
  const code = readFileSync(file, 'latin1');
  const st = statSync(file);
  const dir = cacheDir();
  const prefix = `${name}@`;
  const cacheName = `${prefix}${process.version}-${process.arch}-${st.size}-${st.mtimeMs}-${st.ino}.v8`;
  const cacheFile = join(dir, cacheName);
  const cachedData = readCache(dir, cacheFile);

  const script = new vm.Script(code, { filename: file, cachedData });
  if (!cachedData || script.cachedDataRejected) {
    let saved = false;
    saveWhen(() => {
      if (saved) return;
      saved = true;
      try {
        if (writeCache(dir, cacheFile, script.createCachedData())) removeStale(dir, prefix, cacheName);
      } catch {}
    });
  }
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
  return module.exports;
}

module.exports = { runCached };
