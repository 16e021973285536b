/** Hand-written cases for parseConstraint / check (Masterminds semver 3.4.0 semantics). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseConstraint } from '../../src/constraints/index.ts';
import { OPERATOR_RELEASES, acceptedReleases } from '../../src/operator/releases.ts';

function accepts(text: string, versions: string[]): string[] {
  const r = parseConstraint(text);
  assert.ok(r.ok, `${text}: ${r.ok ? '' : r.error}`);
  return versions.filter((v) => r.constraint.check(v));
}
const err = (text: string) => {
  const r = parseConstraint(text);
  assert.equal(r.ok, false, `${JSON.stringify(text)} should not parse`);
  return r.ok ? '' : r.error;
};
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `0.1.${from + i}`);

test('operator releases are 0.1.0 to 0.1.24', () => {
  assert.equal(OPERATOR_RELEASES.length, 25);
  assert.equal(OPERATOR_RELEASES[0], '0.1.0');
  assert.equal(OPERATOR_RELEASES[24], '0.1.24');
});

test('comma and space are AND, || is OR', () => {
  const p = (t: string) => {
    const r = parseConstraint(t);
    assert.ok(r.ok);
    return acceptedReleases(r.constraint);
  };
  assert.deepEqual(p('>=0.1.8, <0.1.12'), range(8, 11));
  assert.deepEqual(p('>=0.1.8 <0.1.12'), range(8, 11));
  assert.deepEqual(p('>= 0.1.8 ,< 0.1.12'), range(8, 11));
  assert.deepEqual(p('<0.1.2 || >0.1.22'), ['0.1.0', '0.1.1', '0.1.23', '0.1.24']);
  assert.deepEqual(p('0.1.3||0.1.5'), ['0.1.3', '0.1.5']);
});

test('plain and = versions: exact when complete, tilde when partial or wildcard', () => {
  assert.deepEqual(accepts('0.1.5', ['0.1.4', '0.1.5', '0.1.6']), ['0.1.5']);
  assert.deepEqual(accepts('=0.1.5', ['0.1.5', 'v0.1.5', '0.1.5+build']), ['0.1.5', 'v0.1.5', '0.1.5+build']);
  assert.deepEqual(accepts('0.1', ['0.0.9', '0.1.0', '0.1.24', '0.2.0']), ['0.1.0', '0.1.24']);
  assert.deepEqual(accepts('1', ['0.9.0', '1.0.0', '1.9.3', '2.0.0']), ['1.0.0', '1.9.3']);
  assert.deepEqual(accepts('0.1.x', ['0.1.0', '0.1.24', '0.2.0']), ['0.1.0', '0.1.24']);
  assert.deepEqual(accepts('*', ['0.0.0', '0.1.3', '99.0.0']), ['0.0.0', '0.1.3', '99.0.0']);
  assert.deepEqual(accepts('1.X.3', ['1.0.0', '1.5.1', '2.0.0']), ['1.0.0', '1.5.1']); // minor wildcard: patch ignored
});

test('comparison operators, including wildcard forms', () => {
  const vs = ['0.0.9', '1.0.0', '1.1.0', '1.2.0', '1.2.5', '1.3.0', '2.0.0'];
  assert.deepEqual(accepts('>1.2.0', vs), ['1.2.5', '1.3.0', '2.0.0']);
  assert.deepEqual(accepts('>1.2', vs), ['1.3.0', '2.0.0']); // >1.2 means above every 1.2.x
  assert.deepEqual(accepts('>1', vs), ['2.0.0']);
  assert.deepEqual(accepts('<1.2', vs), ['0.0.9', '1.0.0', '1.1.0']);
  assert.deepEqual(accepts('<=1.2', vs), ['0.0.9', '1.0.0', '1.1.0', '1.2.0', '1.2.5']); // <=1.2 includes 1.2.x
  assert.deepEqual(accepts('=<1', vs), ['0.0.9', '1.0.0', '1.1.0', '1.2.0', '1.2.5', '1.3.0']);
  assert.deepEqual(accepts('>=1.2', vs), ['1.2.0', '1.2.5', '1.3.0', '2.0.0']);
  assert.deepEqual(accepts('=>1.2.5', vs), ['1.2.5', '1.3.0', '2.0.0']);
  assert.deepEqual(accepts('!=1.2.0', vs), ['0.0.9', '1.0.0', '1.1.0', '1.2.5', '1.3.0', '2.0.0']);
  assert.deepEqual(accepts('!=1.2.x', vs), ['0.0.9', '1.0.0', '1.1.0', '1.3.0', '2.0.0']);
  assert.deepEqual(accepts('!=1.x', vs), ['0.0.9', '2.0.0']);
});

test('tilde and caret', () => {
  const vs = ['0.0.3', '0.0.4', '0.1.0', '0.2.3', '0.2.9', '0.3.0', '1.2.3', '1.2.9', '1.3.0', '1.9.0', '2.0.0'];
  assert.deepEqual(accepts('~1.2.3', vs), ['1.2.3', '1.2.9']);
  assert.deepEqual(accepts('~>1.2', vs), ['1.2.3', '1.2.9']);
  assert.deepEqual(accepts('~1', vs), ['1.2.3', '1.2.9', '1.3.0', '1.9.0']);
  assert.deepEqual(accepts('~0.0.0', vs), vs); // special case: anything
  assert.deepEqual(accepts('^1.2.3', vs), ['1.2.3', '1.2.9', '1.3.0', '1.9.0']);
  assert.deepEqual(accepts('^0.2.3', vs), ['0.2.3', '0.2.9']);
  assert.deepEqual(accepts('^0.2', vs), ['0.2.3', '0.2.9']);
  assert.deepEqual(accepts('^0.0.3', vs), ['0.0.3']);
  assert.deepEqual(accepts('^0.0', vs), ['0.0.3', '0.0.4']);
  assert.deepEqual(accepts('^0', vs), ['0.0.3', '0.0.4', '0.1.0', '0.2.3', '0.2.9', '0.3.0']);
});

test('hyphen ranges need spaces around the dash', () => {
  assert.deepEqual(acceptedReleases((parseConstraint('0.1.2 - 0.1.5') as { ok: true; constraint: never }).constraint), range(2, 5));
  assert.deepEqual(accepts('1.2 - 1.4.5', ['1.1.9', '1.2.0', '1.4.5', '1.4.6']), ['1.2.0', '1.4.5']);
  // Without spaces `-` starts a prerelease: `~1.2.0-1.4.5` (partial, so tilde), which admits prereleases
  assert.deepEqual(accepts('1.2-1.4.5', ['1.2.0', '1.2.0-1.4.5', '1.2.1']), ['1.2.0', '1.2.0-1.4.5', '1.2.1']);
  assert.equal(err('1.2 -1.4'), 'improper constraint: 1.2 -1.4');
});

test('v prefix and partial versions on both sides', () => {
  assert.deepEqual(accepts('>= v0.1.20', ['0.1.19', 'v0.1.20', '0.1.24']), ['v0.1.20', '0.1.24']);
  assert.deepEqual(accepts('^v1', ['1.0.0', 'v1.5', '2']), ['1.0.0', 'v1.5']);
  assert.deepEqual(accepts('>=0.1.8', ['0.1', 'v0.2', '1']), ['v0.2', '1']);
  // A version the loose parser rejects never satisfies anything.
  assert.deepEqual(accepts('*', ['V1.0.0', '1.2.3.4', '', 'latest']), []);
});

test('prereleases only satisfy a group that names a prerelease', () => {
  assert.deepEqual(accepts('>=0.1.0', ['0.1.5-beta', '0.1.5']), ['0.1.5']);
  assert.deepEqual(accepts('>=0.1.5-beta', ['0.1.5-alpha', '0.1.5-beta', '0.1.5-rc.1', '0.1.6-alpha', '0.1.5']), [
    '0.1.5-beta', '0.1.5-rc.1', '0.1.6-alpha', '0.1.5',
  ]);
  assert.deepEqual(accepts('~1.2.3-beta', ['1.2.3-alpha', '1.2.3-beta.2', '1.2.4-beta', '1.3.0-beta']), ['1.2.3-beta.2', '1.2.4-beta']);
  assert.deepEqual(accepts('^1.2.3-beta.1', ['1.2.3-beta.10', '1.2.3-beta.9', '1.2.3-beta.1a']), ['1.2.3-beta.10', '1.2.3-beta.9', '1.2.3-beta.1a']);
  assert.deepEqual(accepts('>0.0.0-0', ['0.0.0', '0.0.1-alpha', '5.0.0-rc.1']), ['0.0.0', '0.0.1-alpha', '5.0.0-rc.1']);
  // Prerelease ordering: numeric identifiers numerically, numbers before words, shorter first.
  assert.deepEqual(accepts('<1.0.0-alpha.10', ['1.0.0-alpha.9', '1.0.0-alpha', '1.0.0-alpha.beta', '1.0.0-1']), [
    '1.0.0-alpha.9', '1.0.0-alpha', '1.0.0-1',
  ]);
});

test('build metadata is ignored in comparisons', () => {
  assert.deepEqual(accepts('1.2.3+build.5', ['1.2.3', '1.2.3+other']), ['1.2.3', '1.2.3+other']);
  assert.deepEqual(accepts('>1.2.3', ['1.2.3+z']), []);
});

test('numeric segments are uint64, with leading zeros accepted', () => {
  assert.deepEqual(accepts('>=18446744073709551614', ['18446744073709551615.0.0', '9007199254740993.0.0']), ['18446744073709551615.0.0']);
  assert.deepEqual(accepts('>9007199254740992', ['9007199254740993.0.0', '9007199254740992.9.9']), ['9007199254740993.0.0']);
  assert.deepEqual(accepts('01.02', ['1.2.0', '1.2.7', '1.3.0']), ['1.2.0', '1.2.7']);
});

test('rejections and their Go error texts', () => {
  assert.equal(err(''), 'improper constraint: ');
  assert.equal(err('==1.2.3'), 'improper constraint: ==1.2.3'); // == is not an operator
  assert.equal(err('>=1.2.3;<2'), 'improper constraint: >=1.2.3;<2');
  assert.equal(err('1 || '), 'improper constraint:  ');
  assert.equal(err('1,,2'), 'improper constraint: 1,,2');
  assert.equal(err('latest'), 'improper constraint: latest');
  assert.equal(err('V1'), 'improper constraint: V1');
  assert.equal(err('1.2.3.4'), 'improper constraint: 1.2.3.4');
  assert.equal(err('> =1'), 'improper constraint: > =1');
  // The error names the part after the hyphen-range rewrite.
  assert.equal(err('1 - 2 foo'), 'improper constraint: >= 1, <= 2 foo');
  // Mixed digits and wildcards pass the grammar and fail the version parse.
  assert.equal(err('1x'), 'constraint parser error');
  assert.equal(err('>=1.2|3'), 'constraint parser error');
  assert.equal(err('18446744073709551616'), 'constraint parser error');
});

test('check on unparseable version text is false; Version objects are accepted', async () => {
  const { parseVersion } = await import('../../src/constraints/index.ts');
  const r = parseConstraint('>=1');
  assert.ok(r.ok);
  assert.equal(r.constraint.check('not a version'), false);
  const v = parseVersion('v2.0');
  assert.ok(v.ok);
  assert.equal(r.constraint.check(v.version), true);
  assert.equal(r.constraint.text, '>=1');
});
