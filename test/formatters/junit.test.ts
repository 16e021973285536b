import { test } from 'node:test';
import assert from 'node:assert/strict';
import { junit } from '../../src/formatters/junit.ts';
import { xmlAttr, xmlSafe, xmlText } from '../../src/formatters/xml.ts';
import { clean, ctx, escaping, lintResult, twoFiles } from './fixtures.ts';
import { parseXml, type XmlElement } from './xml-parse.ts';

const only = (el: XmlElement, name: string) => el.children.filter((c) => c.name === name);

test('junit: a clean file is one passing testcase', () => {
  assert.equal(
    junit(clean, ctx()),
    `<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="forkspacer-def" tests="1" failures="0" errors="0">
  <testsuite name="defs/ok.yaml" tests="1" failures="0" errors="0">
    <testcase classname="forkspacer-def" name="defs/ok.yaml" file="defs/ok.yaml"/>
  </testsuite>
</testsuites>
`,
  );
});

test('junit: no files at all is an empty, well-formed report', () => {
  const out = junit(lintResult([]), ctx());
  assert.equal(out, '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="forkspacer-def" tests="0" failures="0" errors="0">\n</testsuites>\n');
  assert.equal(parseXml(out).children.length, 0);
});

test('junit: two files with errors and warnings', () => {
  assert.equal(
    junit(twoFiles, ctx()),
    `<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="forkspacer-def" tests="4" failures="4" errors="0">
  <testsuite name="defs/app.yaml" tests="3" failures="3" errors="0">
    <testcase classname="required-field" name="3:7 spec.chart is required" file="defs/app.yaml">
      <failure message="spec.chart is required" type="error">defs/app.yaml:3:7: error: spec.chart is required (required-field)</failure>
    </testcase>
    <testcase classname="unknown-key" name="12:15 Unknown key &quot;replica&quot;" file="defs/app.yaml">
      <failure message="Unknown key &quot;replica&quot;" type="warning">defs/app.yaml:12:15: warning: Unknown key "replica" (unknown-key)</failure>
    </testcase>
    <testcase classname="template-syntax" name="104:3 template: values:1: unexpected &quot;}&quot; in operand" file="defs/app.yaml">
      <failure message="template: values:1: unexpected &quot;}&quot; in operand" type="error">defs/app.yaml:104:3: error: template: values:1: unexpected "}" in operand (template-syntax)</failure>
    </testcase>
  </testsuite>
  <testsuite name="defs/db.yaml" tests="1" failures="1" errors="0">
    <testcase classname="unknown-key" name="1:1 Unknown key &quot;port&quot;" file="defs/db.yaml">
      <failure message="Unknown key &quot;port&quot;" type="warning">defs/db.yaml:1:1: warning: Unknown key "port" (unknown-key)</failure>
    </testcase>
  </testsuite>
</testsuites>
`,
  );
});

test('junit: parses back with consistent counts', () => {
  const root = parseXml(junit(twoFiles, ctx()));
  assert.equal(root.name, 'testsuites');
  const suites = only(root, 'testsuite');
  assert.deepEqual(suites.map((s) => s.attrs.name), ['defs/app.yaml', 'defs/db.yaml']);
  let total = 0;
  for (const s of suites) {
    const cases = only(s, 'testcase');
    assert.equal(Number(s.attrs.tests), cases.length);
    assert.equal(Number(s.attrs.failures), cases.filter((c) => only(c, 'failure').length).length);
    total += cases.length;
  }
  assert.equal(Number(root.attrs.tests), total);
  const types = suites.flatMap((s) => only(s, 'testcase').map((c) => only(c, 'failure')[0].attrs.type));
  assert.deepEqual(types, ['error', 'warning', 'error', 'warning']);
});

test('junit: escaping - well-formed, and attributes round-trip through a parser', () => {
  const out = junit(escaping, ctx());
  const suite = only(parseXml(out), 'testsuite')[0];
  assert.equal(suite.attrs.name, 'my defs/odd name%#?.yaml');
  const cases = only(suite, 'testcase');
  const failures = cases.map((c) => only(c, 'failure')[0]);
  // Quotes, <>&, %, newlines, CRLF and tabs survive exactly.
  assert.equal(failures[0].attrs.message, 'value "a<b>&c" isn\'t valid: 100% wrong, a:b');
  assert.equal(cases[0].attrs.name, '2:1 value "a<b>&c" isn\'t valid: 100% wrong, a:b');
  assert.equal(failures[1].attrs.message, 'first line\nsecond line\r\nthird\ttabbed');
  assert.equal(failures[2].attrs.message, 'unicode: 日本語 ✓ 🚀 e\u0301');
  // Characters XML 1.0 cannot carry become U+FFFD; everything else stays.
  assert.equal(failures[3].attrs.message, 'bad \ufffdnul \ufffd[31mesc\ufffd[0m \ufffdlone ]]> --');
  assert.equal(failures[3].text, 'my defs/odd name%#?.yaml:9:1: error: bad \ufffdnul \ufffd[31mesc\ufffd[0m \ufffdlone ]]> -- (template-syntax)');
  assert.equal(failures[1].text, 'my defs/odd name%#?.yaml:5:3: warning: first line\nsecond line\r\nthird\ttabbed (unknown-key)');
  assert.ok(out.includes(' name="5:3 first line&#10;second line&#13;&#10;third&#9;tabbed"'));
  assert.ok(out.includes('isn&apos;t') && out.includes('&lt;b&gt;&amp;c'));
  assert.ok(!out.includes(']]>'), 'never a raw ]]>');
});

test('junit: xml escaping helpers', () => {
  assert.equal(xmlText('a<b>&c]]>\r\n"\''), 'a&lt;b&gt;&amp;c]]&gt;&#13;\n"\'');
  assert.equal(xmlAttr('"\'<>&\t\n\r'), '&quot;&apos;&lt;&gt;&amp;&#9;&#10;&#13;');
  assert.equal(xmlSafe('\u0001\u0008\u000b\u000c\u001f\ufffe\uffff ok\t\n\r'), '\ufffd'.repeat(7) + ' ok\t\n\r');
  assert.equal(xmlSafe('\ud83d\ude80 \ud83d \ude80'), '\ud83d\ude80 \ufffd \ufffd');
  assert.equal(xmlSafe('\u007f\u0085\u00a0\ud7ff\ue000\ufffd'), '\u007f\u0085\u00a0\ud7ff\ue000\ufffd');
});
