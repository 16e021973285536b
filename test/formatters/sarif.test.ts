import { test } from 'node:test';
import assert from 'node:assert/strict';
import { encodeUriPath, sarif } from '../../src/formatters/sarif.ts';
import { clean, ctx, escaping, finding, lintResult, twoFiles } from './fixtures.ts';
import { sarifErrors } from './sarif-schema.ts';

const driver = { name: 'forkspacer-def', version: '0.1.0', informationUri: 'https://www.npmjs.com/package/forkspacer-def' };
const log = (rules: unknown[], results: unknown[]) => ({
  $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
  version: '2.1.0',
  runs: [
    {
      tool: { driver: { ...driver, rules } },
      originalUriBaseIds: { '%SRCROOT%': { uri: 'file:///repo/' } },
      columnKind: 'utf16CodeUnits',
      results,
    },
  ],
});
const exact = (o: unknown) => `${JSON.stringify(o, null, 2)}\n`;
const loc = (uri: string, startLine: number, startColumn: number, endLine: number, endColumn: number) => [
  { physicalLocation: { artifactLocation: { uri, uriBaseId: '%SRCROOT%' }, region: { startLine, startColumn, endLine, endColumn } } },
];

test('sarif: a clean run is a valid log with no rules and no results', () => {
  const out = sarif(clean, ctx());
  assert.equal(out, exact(log([], [])));
  assert.deepEqual(sarifErrors(JSON.parse(out)), []);
});

test('sarif: two files with errors and warnings, exactly', () => {
  const out = sarif(twoFiles, ctx());
  const rules = [
    { id: 'required-field', shortDescription: { text: 'Required fields are present' }, helpUri: 'https://example.com/rules/required-field' },
    { id: 'template-syntax', shortDescription: { text: 'Templates parse as Go text/template' } },
    { id: 'unknown-key', shortDescription: { text: 'Keys are known to the operator' } },
  ];
  const results = [
    { ruleId: 'required-field', ruleIndex: 0, level: 'error', message: { text: 'spec.chart is required' }, locations: loc('defs/app.yaml', 3, 7, 3, 12) },
    { ruleId: 'unknown-key', ruleIndex: 2, level: 'warning', message: { text: 'Unknown key "replica"' }, locations: loc('defs/app.yaml', 12, 15, 12, 22) },
    {
      ruleId: 'template-syntax',
      ruleIndex: 1,
      level: 'error',
      message: { text: 'template: values:1: unexpected "}" in operand' },
      locations: loc('defs/app.yaml', 104, 3, 106, 1),
    },
    { ruleId: 'unknown-key', ruleIndex: 2, level: 'warning', message: { text: 'Unknown key "port"' }, locations: loc('defs/db.yaml', 1, 1, 1, 5) },
  ];
  assert.equal(out, exact(log(rules, results)));
  assert.deepEqual(sarifErrors(JSON.parse(out)), []);
});

test('sarif: every ruleIndex points at its rule, and rules are exactly those used', () => {
  for (const r of [twoFiles, escaping]) {
    const run = JSON.parse(sarif(r, ctx())).runs[0];
    const used = new Set(r.files.flatMap((f) => f.findings.map((x) => x.ruleId)));
    assert.deepEqual(new Set(run.tool.driver.rules.map((x: { id: string }) => x.id)), used);
    for (const res of run.results) assert.equal(run.tool.driver.rules[res.ruleIndex].id, res.ruleId);
  }
});

test('sarif: escaping - messages round-trip, URIs are percent-encoded relative references', () => {
  const out = sarif(escaping, ctx());
  const parsed = JSON.parse(out);
  assert.deepEqual(sarifErrors(parsed), []);
  const results = parsed.runs[0].results;
  assert.deepEqual(
    results.map((r: { message: { text: string } }) => r.message.text),
    escaping.files[0].findings.map((f) => f.message),
  );
  const art = results[0].locations[0].physicalLocation.artifactLocation;
  assert.deepEqual(art, { uri: 'my%20defs/odd%20name%25%23%3F.yaml', uriBaseId: '%SRCROOT%' });
  assert.equal(decodeURIComponent(new URL(art.uri, 'file:///repo/').pathname), '/repo/my defs/odd name%#?.yaml');
});

test('sarif: encodeUriPath keeps slashes and encodes what a URI reference cannot hold', () => {
  assert.equal(encodeUriPath('a/b c/ü:x.yaml'), 'a/b%20c/%C3%BC%3Ax.yaml');
  assert.equal(encodeUriPath('<stdin>'), '%3Cstdin%3E');
});

test('sarif: files outside the cwd get absolute file URIs; %SRCROOT% ends with a slash', () => {
  const mk = (file: string) => ({ file, documents: [], findings: [finding(file, 'x-rule', 'error', 'm', [1, 1, 1, 1])] });
  const parsed = JSON.parse(sarif(lintResult([mk('/elsewhere/a b.yaml'), mk('/repo/in.yaml')]), ctx({ cwd: '/repo/' })));
  assert.deepEqual(sarifErrors(parsed), []);
  const arts = parsed.runs[0].results.map((r: any) => r.locations[0].physicalLocation.artifactLocation);
  assert.deepEqual(arts, [{ uri: 'file:///elsewhere/a%20b.yaml' }, { uri: 'in.yaml', uriBaseId: '%SRCROOT%' }]);
  assert.equal(parsed.runs[0].originalUriBaseIds['%SRCROOT%'].uri, 'file:///repo/');
  // A rule the context does not know still gets a description, as SARIF requires text.
  assert.deepEqual(parsed.runs[0].tool.driver.rules, [{ id: 'x-rule', shortDescription: { text: 'x-rule' } }]);
});

test('sarif: a reversed range is reported as an empty one at the start', () => {
  const f = finding('a.yaml', 'r', 'error', 'm', [5, 9, 5, 2]);
  const res = JSON.parse(sarif(lintResult([{ file: 'a.yaml', documents: [], findings: [f] }]), ctx())).runs[0].results[0];
  assert.deepEqual(res.locations[0].physicalLocation.region, { startLine: 5, startColumn: 9, endLine: 5, endColumn: 9 });
});

test('sarif: the essentials schema rejects what 2.1.0 rejects', () => {
  const good = JSON.parse(sarif(twoFiles, ctx()));
  const broken = (mutate: (l: any) => void) => {
    const l = structuredClone(good);
    mutate(l);
    return sarifErrors(l);
  };
  assert.notDeepEqual(broken((l) => (l.version = '2.0.0')), []);
  assert.notDeepEqual(broken((l) => delete l.runs[0].tool.driver.name), []);
  assert.notDeepEqual(broken((l) => delete l.runs[0].results[0].message), []);
  assert.notDeepEqual(broken((l) => (l.runs[0].results[0].level = 'fatal')), []);
  assert.notDeepEqual(broken((l) => (l.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0)), []);
  assert.notDeepEqual(broken((l) => delete l.runs[0].tool.driver.rules[0].shortDescription.text), []);
  assert.notDeepEqual(broken((l) => (l.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri = 'a b')), []);
});
