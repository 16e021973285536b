/**
 * Hand-written cases for compileRe2: Go's regexp.Compile acceptance and error texts, and
 * MatchString. The targets are go1.24's answers (the operator's Go); where go1.19 (the
 * live oracle) answers differently, the case says so.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileRe2 } from '../../src/regex/re2.ts';

const err = (p: string) => {
  const r = compileRe2(p);
  return r.ok ? 'ok' : r.error;
};
const match = (p: string, s: string) => {
  const r = compileRe2(p);
  assert.ok(r.ok, `${p}: ${r.ok ? '' : r.error}`);
  return r.matchString(s);
};

test('MatchString is unanchored', () => {
  assert.equal(match('[0-9]+', 'abc1'), true);
  assert.equal(match('[0-9]+', 'abc'), false);
  assert.equal(match('^[0-9]+$', 'abc1'), false);
  assert.equal(match('', 'anything'), true);
  assert.equal(match('^[a-z0-9]([-a-z0-9]*[a-z0-9])?$', 'my-release-1'), true);
  assert.equal(match('^[a-z0-9]([-a-z0-9]*[a-z0-9])?$', 'My-Release'), false);
});

test('RE2 semantics: \\b and \\w are ASCII, (?i) folds Unicode, . is a code point and not \\n', () => {
  assert.equal(match('\\bé', ' é'), false);
  assert.equal(match('\\w', 'é'), false);
  assert.equal(match('\\pL', 'é'), true);
  assert.equal(match('(?i)k', '\u212a'), true); // KELVIN SIGN folds to k
  assert.equal(match('(?i)straße', 'STRASSE'), false); // simple folding only
  assert.equal(match('^.$', '😀'), true);
  assert.equal(match('a.b', 'a\nb'), false);
  assert.equal(match('(?s)a.b', 'a\nb'), true);
  assert.equal(match('(?m)^b$', 'a\nb\nc'), true);
  assert.equal(match('\\Aab\\z', 'ab\n'), false);
  assert.equal(match('x*', ''), true);
});

test('syntax other engines accept and Go rejects, with Go error texts', () => {
  assert.equal(err('(?=a)'), 'error parsing regexp: invalid or unsupported Perl syntax: `(?=`');
  assert.equal(err('(?!a)'), 'error parsing regexp: invalid or unsupported Perl syntax: `(?!`');
  assert.equal(err('(a)\\1'), 'error parsing regexp: invalid escape sequence: `\\1`');
  assert.equal(err('\\k<n>'), 'error parsing regexp: invalid escape sequence: `\\k`');
  assert.equal(err('a++'), 'error parsing regexp: invalid nested repetition operator: `++`');
  assert.equal(err('a*+'), 'error parsing regexp: invalid nested repetition operator: `*+`');
  assert.equal(err('(?>ab)'), 'error parsing regexp: invalid or unsupported Perl syntax: `(?>`');
  assert.equal(err('abc\\Z'), 'error parsing regexp: invalid escape sequence: `\\Z`');
  assert.equal(err('\\G'), 'error parsing regexp: invalid escape sequence: `\\G`');
  assert.equal(err('(?(1)a|b)'), 'error parsing regexp: invalid or unsupported Perl syntax: `(?(`');
  assert.equal(err('(?#note)'), 'error parsing regexp: invalid or unsupported Perl syntax: `(?#`');
  assert.equal(err("(?'n'a)"), "error parsing regexp: invalid or unsupported Perl syntax: `(?'`");
  assert.equal(err('(?P=n)'), 'error parsing regexp: invalid or unsupported Perl syntax: `(?P`');
  assert.equal(err('\\u0041'), 'error parsing regexp: invalid escape sequence: `\\u`');
  assert.equal(err('[[:word:]]'), 'ok'); // Go has [:word:]
  assert.equal(err('[[:foo:]]'), 'error parsing regexp: invalid character class range: `[:foo:]`');
  assert.equal(err('\\p{Foo}'), 'error parsing regexp: invalid character class range: `\\p{Foo}`');
  assert.equal(err('[z-a]'), 'error parsing regexp: invalid character class range: `z-a`');
  assert.equal(err('x{1001}'), 'error parsing regexp: invalid repeat count: `{1001}`');
  assert.equal(err('(a{100}){100}'), 'error parsing regexp: invalid repeat count: `{100}`');
  assert.equal(err('(abc'), 'error parsing regexp: missing closing ): `(abc`');
  assert.equal(err('abc)'), 'error parsing regexp: unexpected ): `abc)`');
  assert.equal(err('[abc'), 'error parsing regexp: missing closing ]: `[abc`');
  assert.equal(err('*a'), 'error parsing regexp: missing argument to repetition operator: `*`');
  assert.equal(err('\\C'), 'error parsing regexp: invalid escape sequence: `\\C`');
});

test('Go-specific texts re2js words differently', () => {
  assert.equal(err('abc\\'), 'error parsing regexp: trailing backslash at end of expression: ``');
  const deep = '('.repeat(1001) + ')'.repeat(1001);
  assert.equal(err(deep), `error parsing regexp: expression nests too deeply: \`${deep}\``);
  assert.equal(err('a(?P<'), 'error parsing regexp: invalid or unsupported Perl syntax: `(?P`');
  assert.equal(err('a(?<'), 'error parsing regexp: invalid or unsupported Perl syntax: `(?<`');
  assert.equal(err('(?P<n'), 'error parsing regexp: invalid named capture: `(?P<n`');
  assert.equal(err('(?P<a-b>x)'), 'error parsing regexp: invalid named capture: `(?P<a-b>`');
});

test('duplicate group names are accepted, as Go does', () => {
  assert.equal(err('(?P<n>a)(?P<n>b)'), 'ok');
  assert.equal(match('(?P<n>a)|(?P<n>b)', 'b'), true);
  // The error from a later part of the pattern still quotes the pattern as written.
  assert.equal(err('(?P<n>a)(?P<n>b'), 'error parsing regexp: missing closing ): `(?P<n>a)(?P<n>b`');
  // Inside a class or \Q...\E there is no group.
  assert.equal(err('[(?P<n>](?P<n>a)'), 'ok');
  assert.equal(err('\\Q(?P<n>\\E(?P<n>a)'), 'ok');
});

test('go1.22+ (the operator): (?<name>expr) is a named group; lookbehinds are bad named captures', () => {
  // go1.19 rejects all of these with "invalid or unsupported Perl syntax: `(?<`".
  assert.equal(err('(?<year>[0-9]{4})'), 'ok');
  assert.equal(match('(?<year>[0-9]{4})', 'in 2024'), true);
  assert.equal(err('(?<=a)b'), 'error parsing regexp: invalid named capture: `(?<=a)b`');
  assert.equal(err('(?<!a)b'), 'error parsing regexp: invalid named capture: `(?<!a)b`');
  assert.equal(err('(?<=a>b)'), 'error parsing regexp: invalid named capture: `(?<=a>`');
  assert.equal(err('(?<n>a)(?P<n>b)'), 'ok');
});

test('go1.21+ (the operator): Unicode 15 scripts and characters', () => {
  // go1.19 (Unicode 13) rejects \p{Kawi} with "invalid character class range".
  assert.equal(err('\\p{Kawi}'), 'ok');
  assert.equal(err('\\p{Vithkuqi}'), 'ok');
  assert.equal(match('\\pL', '\u0870'), true); // ARABIC LETTER ALEF WITH ATTACHED FATHA, Unicode 14
});
