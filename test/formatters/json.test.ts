import { test } from 'node:test';
import assert from 'node:assert/strict';
import { json, type JsonReport } from '../../src/formatters/json.ts';
import { clean, ctx, escaping, twoFiles } from './fixtures.ts';

test('json: a clean run, exactly', () => {
  assert.equal(
    json(clean, ctx()),
    `{
  "version": 1,
  "tool": {
    "name": "forkspacer-def",
    "version": "0.1.0"
  },
  "summary": {
    "errorCount": 0,
    "warningCount": 0,
    "documentCount": 1,
    "skippedCount": 0
  },
  "files": [
    {
      "file": "defs/ok.yaml",
      "fetchedFor": null,
      "documents": [
        {
          "index": 0,
          "kind": "definition",
          "dialect": "helm-chart",
          "name": "redis",
          "acceptedOperatorVersions": [
            "0.1.20",
            "0.1.24"
          ]
        }
      ],
      "findings": []
    }
  ]
}
`,
  );
});

test('json: two files parse back to the documented shape', () => {
  const out = json(twoFiles, ctx());
  assert.ok(out.endsWith('}\n'));
  assert.ok(out.includes('\n  "summary": {\n    "errorCount": 2,'), 'pretty-printed with two spaces');
  const report = JSON.parse(out) as JsonReport;
  assert.deepEqual(report.summary, { errorCount: 2, warningCount: 2, documentCount: 3, skippedCount: 1 });
  assert.deepEqual(Object.keys(report), ['version', 'tool', 'summary', 'files']);
  assert.deepEqual(
    report.files.map((f) => f.file),
    ['defs/app.yaml', 'defs/db.yaml'],
  );
  assert.deepEqual(report.files[0].documents, [
    { index: 0, kind: 'definition', dialect: 'helm-flat', name: 'app', acceptedOperatorVersions: [] },
    { index: 1, kind: 'skipped', dialect: null, name: null, acceptedOperatorVersions: null },
  ]);
  assert.deepEqual(report.files[0].findings[0], {
    ruleId: 'required-field',
    severity: 'error',
    message: 'spec.chart is required',
    line: 3,
    column: 7,
    endLine: 3,
    endColumn: 12,
    path: 'spec.chart',
  });
  assert.deepEqual(report.files[0].findings[2], {
    ruleId: 'template-syntax',
    severity: 'error',
    message: 'template: values:1: unexpected "}" in operand',
    line: 104,
    column: 3,
    endLine: 106,
    endColumn: 1,
    path: null,
  });
  assert.equal(report.files[1].findings[0].severity, 'warning');
  for (const f of report.files) {
    assert.deepEqual(Object.keys(f), ['file', 'fetchedFor', 'documents', 'findings']);
    for (const x of f.findings) {
      assert.deepEqual(Object.keys(x), ['ruleId', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn', 'path']);
    }
  }
  assert.ok(!out.includes('irrelevant'), 'source text is never included');
});

test('json: escaping round-trips every message and path exactly', () => {
  const out = json(escaping, ctx());
  const report = JSON.parse(out) as JsonReport;
  assert.equal(report.files[0].file, 'my defs/odd name%#?.yaml');
  assert.equal(report.files[0].documents[0].name, 'cm "x" <y>');
  const messages = report.files[0].findings.map((f) => f.message);
  assert.deepEqual(messages.slice(0, 3), escaping.files[0].findings.slice(0, 3).map((f) => f.message));
  // Well-formed JSON.stringify escapes a lone surrogate instead of emitting invalid UTF-8.
  assert.ok(out.includes('"bad \\u0000nul \\u001b[31mesc\\u001b[0m \\ud800lone ]]> --"'));
  assert.ok(out.includes('"unicode: 日本語 ✓ 🚀 e\u0301"'));
});

test('json: the tool version comes from the context', () => {
  const report = JSON.parse(json(clean, ctx({ toolVersion: '9.9.9' }))) as JsonReport;
  assert.deepEqual(report.tool, { name: 'forkspacer-def', version: '9.9.9' });
});
