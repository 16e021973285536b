/**
 * Where the operator's Masterminds semver 3.4.0 differs from Debian's 3.2.0 (the Go oracle),
 * so the live comparison cannot prove the 3.4.0 answer: hand-written cases, each citing the
 * CHANGELOG.md entry of github.com/Masterminds/semver that introduced the difference, and
 * asserting both our 3.4.0 answer and (as a control) our 3.2.0 dialect's answer, which the
 * live test checks against Go.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MASTERMINDS_3_2_0, MASTERMINDS_3_4_0, type Dialect } from '../../src/constraints/dialect.ts';
import { parseConstraint, rewriteRange } from '../../src/constraints/constraint.ts';
import { parseStrictVersion, parseVersion } from '../../src/constraints/version.ts';

function accepts(text: string, versions: string[], d: Dialect): string[] | string {
  const r = parseConstraint(text, d);
  if (!r.ok) return r.error;
  return versions.filter((v) => r.constraint.check(v));
}
const strictErr = (t: string, d: Dialect) => {
  const r = parseStrictVersion(t, d);
  return r.ok ? 'ok' : r.error;
};

test('3.2.1 #199 "Fixed issue with range transformations": the rewritten range ends in a space', () => {
  assert.equal(rewriteRange('1 - 2 3', MASTERMINDS_3_4_0), '>= 1, <= 2 3');
  assert.equal(rewriteRange('1 - 2 3', MASTERMINDS_3_2_0), '>= 1, <= 23');
  const vs = ['1.0.0', '2.0.0', '3.0.0', '23.0.0'];
  // 3.4.0: >=1 AND <=2 AND ~3: nothing. 3.2.0 glued `2` and `3` into `<= 23`.
  assert.deepEqual(accepts('1 - 2 3', vs, MASTERMINDS_3_4_0), []);
  assert.deepEqual(accepts('1 - 2 3', vs, MASTERMINDS_3_2_0), ['1.0.0', '2.0.0', '3.0.0', '23.0.0']);
  assert.deepEqual(accepts('0.1.2 - 0.1.4 !=0.1.3', ['0.1.2', '0.1.3', '0.1.4'], MASTERMINDS_3_4_0), ['0.1.2', '0.1.4']);
  assert.equal(accepts('0.1.2 - 0.1.4 !=0.1.3', ['0.1.2'], MASTERMINDS_3_2_0), 'improper constraint: >= 0.1.2, <= 0.1.4!=0.1.3');
  // Ranges followed by a comma or || are the same in both.
  assert.deepEqual(accepts('1.0 - 2.0 || 3.0 - 4.0', ['2.0.0', '2.5.0', '4.0.0'], MASTERMINDS_3_4_0), ['2.0.0', '4.0.0']);
});

test('3.4.0 #267 "Handle pre-releases for an and group if one constraint includes them"', () => {
  // One prerelease in the group lets prereleases through every constraint of that group.
  assert.deepEqual(accepts('>=1.2.3-beta, <2', ['1.5.0-alpha', '1.5.0'], MASTERMINDS_3_4_0), ['1.5.0-alpha', '1.5.0']);
  assert.deepEqual(accepts('>=1.2.3-beta, <2', ['1.5.0-alpha', '1.5.0'], MASTERMINDS_3_2_0), ['1.5.0']);
  assert.deepEqual(accepts('>=0.1.21-rc.1 <0.1.22', ['0.1.21-rc.1', '0.1.21-rc.2', '0.1.21'], MASTERMINDS_3_4_0), ['0.1.21-rc.1', '0.1.21-rc.2', '0.1.21']);
  assert.deepEqual(accepts('>=0.1.21-rc.1 <0.1.22', ['0.1.21-rc.1', '0.1.21-rc.2', '0.1.21'], MASTERMINDS_3_2_0), ['0.1.21']);
  // ...but not through another OR group.
  assert.deepEqual(accepts('>=2.0.0-rc.1 || <1', ['0.5.0-beta', '2.0.0-rc.2'], MASTERMINDS_3_4_0), ['2.0.0-rc.2']);
  // `!=` of a complete version now shuts prereleases out too (3.2.0 let them through).
  assert.deepEqual(accepts('!=1.2.3', ['1.2.4-beta', '1.2.4'], MASTERMINDS_3_4_0), ['1.2.4']);
  assert.deepEqual(accepts('!=1.2.3', ['1.2.4-beta', '1.2.4'], MASTERMINDS_3_2_0), ['1.2.4-beta', '1.2.4']);
  assert.deepEqual(accepts('!=1.2.3-beta', ['1.2.3-beta', '1.2.3-rc'], MASTERMINDS_3_4_0), ['1.2.3-rc']);
});

test('3.4.0 #269 "Updated the error message handling for message case": lower-case errors', () => {
  assert.equal(accepts('1x', [], MASTERMINDS_3_4_0), 'constraint parser error');
  assert.equal(accepts('1x', [], MASTERMINDS_3_2_0), 'constraint Parser Error');
  const e = (t: string, d: Dialect) => {
    const r = parseVersion(t, d);
    return r.ok ? 'ok' : r.error;
  };
  assert.equal(e('latest', MASTERMINDS_3_4_0), 'invalid semantic version');
  assert.equal(e('latest', MASTERMINDS_3_2_0), 'Invalid Semantic Version');
  assert.equal(e('1.2.3-01', MASTERMINDS_3_4_0), 'version segment starts with 0');
  assert.equal(e('1.2.3-é', MASTERMINDS_3_4_0), 'invalid semantic version');
  assert.equal(
    e('18446744073709551616', MASTERMINDS_3_4_0),
    'error parsing version segment: strconv.ParseUint: parsing "18446744073709551616": value out of range',
  );
  assert.equal(strictErr('', MASTERMINDS_3_4_0), 'version string empty');
  assert.equal(strictErr('1.x.3', MASTERMINDS_3_4_0), 'invalid characters in version');
  assert.equal(strictErr('1.2.3+a_b', MASTERMINDS_3_4_0), 'invalid metadata string');
});

test('3.3.0 #241 "Simplify StrictNewVersion parsing": metadata and prerelease validated first, empty ones rejected', () => {
  assert.equal(strictErr('1.2.3-', MASTERMINDS_3_4_0), 'invalid prerelease string');
  assert.equal(strictErr('1.2.3-', MASTERMINDS_3_2_0), 'ok');
  assert.equal(strictErr('1.2.3+', MASTERMINDS_3_4_0), 'invalid metadata string');
  assert.equal(strictErr('1.2.3+', MASTERMINDS_3_2_0), 'ok');
  assert.equal(strictErr('1.2.3-a..b', MASTERMINDS_3_4_0), 'invalid prerelease string');
  assert.equal(strictErr('1.2.3-a..b', MASTERMINDS_3_2_0), 'ok');
  assert.equal(strictErr('01.2.3-!', MASTERMINDS_3_4_0), 'invalid prerelease string');
  assert.equal(strictErr('01.2.3-!', MASTERMINDS_3_2_0), 'Version segment starts with 0');
});

test('3.4.0 #266 "Restore the ability to have leading 0s when parsing with NewVersion"', () => {
  const r = parseVersion('01.02.003');
  assert.ok(r.ok);
  assert.deepEqual([r.version.major, r.version.minor, r.version.patch], [1n, 2n, 3n]);
  assert.deepEqual(accepts('>=01.2', ['1.2.0', '1.1.9'], MASTERMINDS_3_4_0), ['1.2.0']);
  assert.equal(strictErr('01.2.3', MASTERMINDS_3_4_0), 'version segment starts with 0');
});

test('3.4.0 IncludePrerelease (#268) is off by default: a bare range never admits prereleases', () => {
  assert.deepEqual(accepts('*', ['1.0.0-rc.1', '1.0.0'], MASTERMINDS_3_4_0), ['1.0.0']);
  assert.deepEqual(accepts('>=0.1.0', ['0.1.21-rc.1'], MASTERMINDS_3_4_0), []);
});
