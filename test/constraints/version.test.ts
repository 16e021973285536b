/** Hand-written cases for Masterminds NewVersion / StrictNewVersion / Compare, and the node-semver translation. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareVersions, formatVersion, parseStrictVersion, parseVersion, type Version } from '../../src/constraints/index.ts';
import { compareVersionsDirect, toNodeSemver } from '../../src/constraints/version.ts';
import { prng } from '../oracle/semver-cases.ts';

const v = (t: string): Version => {
  const r = parseVersion(t);
  assert.ok(r.ok, t);
  return r.version;
};
const err = (r: ReturnType<typeof parseVersion>) => (r.ok ? 'ok' : r.error);

test('NewVersion is loose: v prefix, missing minor/patch, leading zeros', () => {
  assert.deepEqual(v('v1.2'), { major: 1n, minor: 2n, patch: 0n, pre: '', metadata: '', original: 'v1.2' });
  assert.deepEqual(v('3'), { major: 3n, minor: 0n, patch: 0n, pre: '', metadata: '', original: '3' });
  assert.equal(formatVersion(v('v01.002.3-rc.1+build.7')), '1.2.3-rc.1+build.7');
  assert.equal(formatVersion(v('1-beta')), '1.0.0-beta');
  assert.equal(err(parseVersion('V1.2.3')), 'invalid semantic version');
  assert.equal(err(parseVersion(' 1.2.3')), 'invalid semantic version');
  assert.equal(err(parseVersion('1.2.3.4')), 'invalid semantic version');
  assert.equal(err(parseVersion('1.2.x')), 'invalid semantic version');
  assert.equal(err(parseVersion('1.2.3-beta.01')), 'version segment starts with 0');
});

test('StrictNewVersion accepts only MAJOR.MINOR.PATCH[-pre][+meta]', () => {
  assert.equal(err(parseStrictVersion('1.2.3-rc.1+build')), 'ok');
  assert.equal(err(parseStrictVersion('0.1.24')), 'ok');
  assert.equal(err(parseStrictVersion('v1.2.3')), 'invalid characters in version');
  assert.equal(err(parseStrictVersion('1.2')), 'invalid semantic version');
  assert.equal(err(parseStrictVersion('1.02.3')), 'version segment starts with 0');
  assert.equal(err(parseStrictVersion('1..3')), 'strconv.ParseUint: parsing "": invalid syntax');
  assert.equal(err(parseStrictVersion('1.2.3-α')), 'invalid prerelease string');
});

test('Compare: prerelease before release, numeric identifiers numerically, metadata ignored', () => {
  const order = ['1.0.0-0', '1.0.0-1', '1.0.0-2', '1.0.0-10', '1.0.0-a', '1.0.0-alpha', '1.0.0-alpha.1', '1.0.0-alpha.beta', '1.0.0-beta', '1.0.0', '1.0.1', '1.1.0', '2.0.0'];
  for (let i = 0; i + 1 < order.length; i++) {
    assert.equal(compareVersions(v(order[i]), v(order[i + 1])), -1, `${order[i]} < ${order[i + 1]}`);
    assert.equal(compareVersions(v(order[i + 1]), v(order[i])), 1);
  }
  assert.equal(compareVersions(v('1.0.0+a'), v('v1.0.0+b')), 0);
  // Past uint64 a numeric identifier is compared as a word (after all numbers).
  assert.equal(compareVersions(v('1.0.0-99999999999999999999'), v('1.0.0-18446744073709551615')), 1);
  assert.equal(compareVersions(v('1.0.0-99999999999999999999'), v('1.0.0-a')), -1);
  // Beyond 2^53, where node-semver would round.
  assert.equal(compareVersions(v('1.0.0-9007199254740993'), v('1.0.0-9007199254740992')), 1);
  assert.equal(compareVersions(v('9007199254740993.0.0'), v('9007199254740992.0.0')), 1);
});

test('node-semver translation is used where faithful and agrees with the direct algorithm', () => {
  assert.ok(toNodeSemver(v('1.2.3-rc.1+x')));
  assert.equal(toNodeSemver(v('9007199254740993.0.0')), undefined);
  assert.equal(toNodeSemver(v('1.0.0-9007199254740993')), undefined);
  const r = prng(7);
  const ids = ['0', '1', '2', '10', 'a', 'b', 'alpha', '-', 'a-1', '1a', 'x.y'];
  const gen = () =>
    `${Math.floor(r() * 3)}.${Math.floor(r() * 3)}.${Math.floor(r() * 3)}` +
    (r() < 0.7 ? '-' + Array.from({ length: 1 + Math.floor(r() * 3) }, () => ids[Math.floor(r() * ids.length)]).join('.') : '');
  let translated = 0;
  for (let i = 0; i < 5000; i++) {
    const a = v(gen());
    const b = v(gen());
    if (toNodeSemver(a) && toNodeSemver(b)) translated++;
    assert.equal(compareVersions(a, b), compareVersionsDirect(a, b), `${a.original} vs ${b.original}`);
  }
  assert.equal(translated, 5000);
});
