import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stylish } from '../../src/formatters/stylish.ts';
import { width } from '../../src/formatters/text.ts';
import { clean, ctx, escaping, finding, lintResult, twoFiles } from './fixtures.ts';

// eslint-disable-next-line no-control-regex
const stripAnsi = (s: string) => s.replace(/\u001b\[[0-9;]*m/g, '');

test('stylish: a clean run prints nothing, like eslint', () => {
  assert.equal(stylish(clean, ctx()), '');
  assert.equal(stylish(lintResult([]), ctx({ color: true })), '');
});

test('stylish: two files with errors and warnings', () => {
  assert.equal(
    stylish(twoFiles, ctx()),
    [
      '',
      'defs/app.yaml',
      '    3:7   error    spec.chart is required                         required-field',
      '   12:15  warning  Unknown key "replica"                          unknown-key',
      '  104:3   error    template: values:1: unexpected "}" in operand  template-syntax',
      '',
      'defs/db.yaml',
      '  1:1  warning  Unknown key "port"  unknown-key',
      '',
      '✖ 4 problems (2 errors, 2 warnings)',
      '',
    ].join('\n'),
  );
});

test('stylish: singular counts and a warnings-only summary', () => {
  const f = finding('a.yaml', 'unknown-key', 'warning', 'w', [1, 1, 1, 2]);
  const out = stylish(lintResult([{ file: 'a.yaml', findings: [f], documents: [] }]), ctx());
  assert.equal(out, '\na.yaml\n  1:1  warning  w  unknown-key\n\n✖ 1 problem (0 errors, 1 warning)\n');
});

test('stylish: escaping - multi-line messages indent, control characters are shown, not sent', () => {
  assert.equal(
    stylish(escaping, ctx()),
    [
      '',
      'my defs/odd name%#?.yaml',
      '  2:1  error    value "a<b>&c" isn\'t valid: 100% wrong, a:b  required-field',
      '  5:3  warning  first line                                   unknown-key',
      '                second line',
      '                third tabbed',
      '  7:2  warning  unicode: 日本語 ✓ 🚀 e\u0301                       unknown-key',
      '  9:1  error    bad \\x00nul \\x1B[31mesc\\x1B[0m \ufffdlone ]]> --  template-syntax',
      '',
      '✖ 4 problems (2 errors, 2 warnings)',
      '',
    ].join('\n'),
  );
});

test('stylish: the rule-id column lines up in terminal columns despite wide and combining characters', () => {
  const rows = stylish(escaping, ctx()).split('\n').filter((l) => / (required-field|unknown-key|template-syntax)$/.test(l));
  const at = rows.map((l) => width(l.slice(0, l.lastIndexOf('  ') + 2)));
  assert.equal(new Set(at).size, 1, `rule ids start at columns ${at}`);
});

test('stylish: paths are relative to cwd; absolute paths inside it shortened, outside it kept reachable', () => {
  const mk = (file: string) => ({ file, documents: [], findings: [finding(file, 'r', 'error', 'm', [1, 1, 1, 1])] });
  const out = stylish(lintResult([mk('/repo/x/a.yaml'), mk('/elsewhere/b.yaml'), mk('<stdin>')]), ctx());
  const heads = out.split('\n').filter((l) => l && !l.startsWith(' ') && !l.startsWith('✖'));
  assert.deepEqual(heads, ['x/a.yaml', '../elsewhere/b.yaml', '<stdin>']);
});

test('stylish: colour only when ctx.color, whatever FORCE_COLOR says', () => {
  const saved = process.env.FORCE_COLOR;
  process.env.FORCE_COLOR = '3';
  try {
    assert.ok(!stylish(twoFiles, ctx({ color: false })).includes('\u001b'));
  } finally {
    if (saved === undefined) delete process.env.FORCE_COLOR;
    else process.env.FORCE_COLOR = saved;
  }
  const coloured = stylish(twoFiles, ctx({ color: true }));
  assert.ok(coloured.includes('\u001b[31merror'), 'errors are red');
  assert.ok(coloured.includes('\u001b[33mwarning'), 'warnings are yellow');
  assert.ok(coloured.includes('\u001b[4mdefs/app.yaml\u001b[24m'), 'file names are underlined');
  assert.equal(stripAnsi(coloured), stylish(twoFiles, ctx()));
});

test('stylish: a message cannot smuggle escape sequences even with colour on', () => {
  const coloured = stylish(escaping, ctx({ color: true }));
  assert.ok(!coloured.includes('\u001b[31mesc'));
  assert.ok(!coloured.includes('\u0000'));
});
