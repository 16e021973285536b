import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import {
  DocsInputError,
  END_MARKER,
  START_MARKER,
  cellCode,
  codeSpan,
  docsMarkdown,
  escapeText,
  exampleModule,
  readDefinitions,
  replaceSection,
} from '../../src/authoring/docs/index.ts';
import { generateDefinition } from '../../src/authoring/init/index.ts';
import { lintText } from '../../src/lint/lint-text.ts';
import { parseYamlStream } from '../../src/load/parse-stream.ts';
import type { YMap, YScalar } from '../../src/load/ynode.ts';
import { at } from '../../src/load/ynode.ts';
import { validateModuleSchema } from '../../src/rules/shared/module-schema-issues.ts';
import { describeReleases } from '../../src/operator/acceptance.ts';
import { render } from '../../src/render/index.ts';

const root = join(import.meta.dirname, '..', '..');
const read = (p: string) => readFileSync(join(root, p), 'utf8');
const examples = readdirSync(join(root, 'fixtures/examples')).filter((n) => n.endsWith('.yaml')).map((n) => `fixtures/examples/${n}`);

test('docs: redis (flat Helm) shows metadata, operator versions, a config table and a Module', () => {
  const md = docsMarkdown(readDefinitions('redis.yaml', read('fixtures/examples/redis-helm-flat.yaml')));
  assert.ok(md.startsWith('# redis\n\nRedis in-memory data store\n'));
  for (const line of [
    '- **Version:** 1.2.0',
    '- **Author:** platform-team',
    '- **Category:** database',
    '- **Resource usage:** CPU `200m`, memory `256Mi`',
    '- **Operator versions:** 0.1.9–0.1.11 (supportedOperatorVersion `>= 0.1.9, <= 0.1.11`)',
    '| Alias | Name | Type | Default | Required | Editable | Constraints |',
    '| `version` | Redis chart version | option | `21.2.9` | no | yes | one of `21.2.9`, `21.2.7`, `21.2.6` |',
    '| `replicaCount` | Replica count | integer | `1` | no | yes | min `0`, max `5` |',
    '| `storageSize` | Storage size | string | `1Gi` | no | yes | regex `^[0-9]+(Mi\\|Gi)$` |',
    '## Example Module',
    '    replicaCount: 1',
  ]) {
    assert.ok(md.split('\n').includes(line), `missing line: ${line}\n---\n${md}`);
  }
});

test('docs: the operator versions are the set lint computes, as ranges', () => {
  for (const file of examples) {
    const text = read(file);
    const lint = lintText(file, text);
    const accepted = lint.documents.filter((d) => d.acceptedOperatorVersions).map((d) => d.acceptedOperatorVersions!);
    const defs = readDefinitions(file, text);
    assert.deepEqual(defs.map((d) => d.acceptedOperatorVersions), accepted, file);
    const md = docsMarkdown(defs);
    for (const a of accepted) assert.ok(md.includes(`- **Operator versions:** ${describeReleases(a)}`), `${file}: ${describeReleases(a)}`);
  }
});

test('docs: each example Module is accepted by the config engine with the defaults, and fits the 0.1.20 Module CRD', () => {
  const sources = [...examples.map((f) => ({ file: f, text: read(f) })), { file: 'fixtures/docs/tricky.yaml', text: read('fixtures/docs/tricky.yaml') }];
  for (const kind of ['helm', 'custom'] as const) sources.push({ file: `init-${kind}.yaml`, text: generateDefinition({ kind, name: `new-${kind}` }) });
  for (const src of sources) {
    for (const d of readDefinitions(src.file, src.text)) {
      const module = exampleModule(d);
      const doc = parseYamlStream(module)[0];
      assert.deepEqual(doc.errors, [], `${src.file}: example Module parses`);
      assert.deepEqual(validateModuleSchema('0.1.20', doc.root as YMap).filter((i) => i.kind === 'invalid'), [], `${src.file}: Module CRD`);
      if (d.dialect === 'custom-plugin') continue; // no config to judge
      // The definition as published: plain file text, or the ConfigMap's module.yaml.
      const defText = d.inConfigMap ? String((at(parseYamlStream(src.text)[d.index].root, 'data', 'module.yaml') as YScalar).value) : src.text;
      const required = d.items.filter((i) => i.required && !i.written.has('default'));
      const r = render({ file: src.file, text: defText }, { module: { file: 'module.yaml', text: module } });
      const violations = r.findings.filter((f) => f.ruleId === 'config-violation');
      // A required item without a default is left for the user to fill in; nothing else may fail.
      assert.equal(violations.length, required.length, `${src.file}: ${violations.map((v) => v.message).join('; ')}`);
    }
  }
});

test('docs: a ConfigMap holding definitions is documented like the definition itself', () => {
  const defs = readDefinitions('cm.yaml', read('fixtures/examples/definitions-configmap.yaml'));
  assert.ok(defs.length >= 1);
  assert.ok(defs.every((d) => d.inConfigMap));
  assert.ok(docsMarkdown(defs).includes('# nginx'));
});

test('docs: table cells escape pipes and backticks; code spans hold backticks', () => {
  const md = docsMarkdown(readDefinitions('tricky.yaml', read('fixtures/docs/tricky.yaml')));
  const rows = md.split('\n').filter((l) => l.startsWith('| `'));
  // Every row keeps exactly 7 cells: no unescaped pipe splits one.
  for (const row of rows) assert.equal(row.split(/(?<!\\)\|/).length - 2, 7, row);
  assert.ok(md.includes('| `mode` | Mode (a\\|b) | string | `a` | no | yes | regex `^(a\\|b)$` |'));
  assert.ok(md.includes('| `token` | Token with \\`ticks\\` | string | — (required) | yes | yes | regex ``^[A-Za-z0-9`]+$`` |'));
  assert.ok(md.includes('| `cpuShare` | CPU share | float | `0.5` | no | yes | min `0.1`, max `2` |'));
  assert.ok(md.includes('| `debug` | Debug | boolean | `false` | no | no | — |'));
  assert.ok(md.includes('| `features` | Features | multiple-options | `["search"]` | no | yes | any of `search`, `a\\|b`, `export`; 0 to 2 selections |'));
  assert.ok(md.includes('- **Author:** ops \\| platform'));
  assert.ok(md.includes('Exercises \\`code\\`, pipes \\| and \\*stars\\* in generated docs'));
  // The Module: a non-editable item is a comment, a required one without default is marked.
  assert.ok(md.includes('    # debug: not editable (always false)'));
  assert.ok(md.includes('    token: "" # required: set a value'));
  assert.ok(md.includes('    features: ["search"]'));
});

test('docs: codeSpan and escapeText', () => {
  assert.equal(codeSpan('a'), '`a`');
  assert.equal(codeSpan('a`b'), '``a`b``');
  assert.equal(codeSpan('`x`'), '`` `x` ``');
  assert.equal(codeSpan('a``b`'), '``` a``b` ```');
  assert.equal(cellCode('a|b'), '`a\\|b`');
  assert.equal(escapeText('a|b `c` <d> *e*'), 'a\\|b \\`c\\` \\<d\\> \\*e\\*');
  assert.equal(escapeText('two\nlines'), 'two lines');
});

test('docs: unanchored regexes and not-editable modules are explained', () => {
  const text = `kind: Helm
metadata:
  name: odd
  version: 1.0.0
  supportedOperatorVersion: ">= 0.1.0, < 0.1.3"
config:
  - type: string
    name: Tag
    alias: tag
    spec:
      default: v1
      regex: "v[0-9]+"
spec:
  namespace: default
  repo: https://charts.example.com
  chartName: odd
  version: 1.0.0
`;
  const [d] = readDefinitions('odd.yaml', text);
  const md = docsMarkdown([d]);
  assert.ok(md.includes('regex `v[0-9]+` (matches anywhere in the value)'));
  assert.ok(md.includes('| `tag` | Tag | string | `v1` | no | no |'));
  const module = exampleModule(d);
  assert.ok(module.startsWith('apiVersion: batch.environment.sh/v1\n'), 'releases before 0.1.3 use the old API group');
  assert.ok(!module.includes('\n  config:'));
  assert.ok(module.includes('  # tag: not editable (always v1)'));
});

test('docs: a definition the operator rejects is documented with a note', () => {
  const text = `kind: Custom
metadata:
  name: bad
  supportedOperatorVersion: ">= 0.1.8, <= 0.1.20"
config:
  - type: strnig
    name: X
    alias: x
spec:
  image: ghcr.io/example/bad:v1
`;
  const [d] = readDefinitions('bad.yaml', text);
  assert.ok(d.lintErrors > 0);
  const md = docsMarkdown([d]);
  assert.match(md, /> \*\*Note:\*\* the operator rejects this definition as written: `config\[0\]/);
  assert.ok(md.includes('| `x` | X | unknown (`strnig`) |'));
});

test('docs: files with no definition are refused', () => {
  assert.throws(() => readDefinitions('m.yaml', 'apiVersion: v1\nkind: Service\nmetadata: {name: x}\n'), DocsInputError);
  assert.throws(() => readDefinitions('bad.yaml', 'a: [\n'), /YAML error/);
});

test('docs: README sections between markers are replaced, detected as current, and kept byte for byte outside', () => {
  const readme = `# Title\n\nintro\n\n${START_MARKER}\nold\n${END_MARKER}\n\nfooter\n`;
  const r = replaceSection(readme, '## new\n\nbody\n');
  assert.ok(r.ok);
  assert.equal(r.text, `# Title\n\nintro\n\n${START_MARKER}\n\n## new\n\nbody\n\n${END_MARKER}\n\nfooter\n`);
  assert.equal(r.current, false);
  const again = replaceSection(r.text, '## new\n\nbody\n');
  assert.ok(again.ok && again.current && again.text === r.text);
  const crlf = replaceSection(readme.replace(/\n/g, '\r\n'), '## new\n\nbody\n');
  assert.ok(crlf.ok && !/[^\r]\n/.test(crlf.text), 'CRLF kept');
  const missing = replaceSection('# no markers\n', 'x');
  assert.ok(!missing.ok && missing.error.includes(START_MARKER));
  const reversed = replaceSection(`${END_MARKER}\n${START_MARKER}\n`, 'x');
  assert.ok(!reversed.ok);
  const twice = replaceSection(`${START_MARKER}\n${END_MARKER}\n${START_MARKER}\n${END_MARKER}\n`, 'x');
  assert.ok(!twice.ok && /more than once/.test(twice.error));
});
