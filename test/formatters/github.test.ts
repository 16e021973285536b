import { test } from 'node:test';
import assert from 'node:assert/strict';
import { escapeData, escapeProperty, github } from '../../src/formatters/github.ts';
import { clean, ctx, escaping, finding, lintResult, twoFiles } from './fixtures.ts';

test('github: a clean run prints nothing', () => {
  assert.equal(github(clean, ctx()), '');
});

test('github: two files with errors and warnings', () => {
  assert.equal(
    github(twoFiles, ctx()),
    [
      '::error file=defs/app.yaml,line=3,col=7,endLine=3,endColumn=12,title=required-field::spec.chart is required',
      '::warning file=defs/app.yaml,line=12,col=15,endLine=12,endColumn=22,title=unknown-key::Unknown key "replica"',
      // Columns are not allowed on an annotation spanning lines.
      '::error file=defs/app.yaml,line=104,endLine=106,title=template-syntax::template: values:1: unexpected "}" in operand',
      '::warning file=defs/db.yaml,line=1,col=1,endLine=1,endColumn=5,title=unknown-key::Unknown key "port"',
      '',
    ].join('\n'),
  );
});

test('github: escaping - data escapes %, CR, LF; properties also : and ,', () => {
  const lines = github(escaping, ctx()).split('\n');
  assert.equal(lines.length, 5, 'one line per finding: no message can start a new command');
  assert.deepEqual(lines.slice(0, 3), [
    '::error file=my defs/odd name%25#?.yaml,line=2,col=1,endLine=2,endColumn=4,title=required-field::value "a<b>&c" isn\'t valid: 100%25 wrong, a:b',
    '::warning file=my defs/odd name%25#?.yaml,line=5,col=3,endLine=5,endColumn=9,title=unknown-key::first line%0Asecond line%0D%0Athird\ttabbed',
    '::warning file=my defs/odd name%25#?.yaml,line=7,col=2,endLine=7,endColumn=3,title=unknown-key::unicode: 日本語 ✓ 🚀 e\u0301',
  ]);
  assert.equal(lines[4], '');
});

test('github: property values with : and , cannot break the property list', () => {
  const file = 'dir,x/a:b.yaml';
  const f = finding(file, 'rule,with:odd', 'error', 'm::n', [1, 2, 1, 3]);
  assert.equal(
    github(lintResult([{ file, documents: [], findings: [f] }]), ctx()),
    '::error file=dir%2Cx/a%3Ab.yaml,line=1,col=2,endLine=1,endColumn=3,title=rule%2Cwith%3Aodd::m::n\n',
  );
});

test('github: the escapes match @actions/core and invert cleanly', () => {
  assert.equal(escapeData('50%\r\n::x'), '50%25%0D%0A::x');
  assert.equal(escapeProperty('a%b\nc:d,e'), 'a%25b%0Ac%3Ad%2Ce');
  const unescape = (s: string) => s.replace(/%(25|0D|0A|3A|2C)/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
  for (const s of ['100%25', 'a\r\nb', 'x:y,z', '%0A literally']) {
    assert.equal(unescape(escapeProperty(s)), s);
  }
});

test('github: paths are relative to the workspace with forward slashes', () => {
  const mk = (file: string) => ({ file, documents: [], findings: [finding(file, 'r', 'warning', 'm', [1, 1, 2, 1])] });
  const out = github(lintResult([mk('/repo/a/b.yaml'), mk('./c.yaml')]), ctx());
  assert.equal(out, '::warning file=a/b.yaml,line=1,endLine=2,title=r::m\n::warning file=c.yaml,line=1,endLine=2,title=r::m\n');
});
