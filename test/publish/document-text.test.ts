// What `publish` writes as `module.yaml`: the definition's own text, byte for byte, cut out of its
// file by the rule in README's publish section (comments above and after it kept; a bare `---` or
// `...` at its edges left out; directives kept with their marker; a file's BOM left out).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import YAML from 'yaml';
import { startApiServer, type ApiServer } from '../apiserver/server.ts';
import { definitionSources } from '../../src/lint/definition-sources.ts';
import { lintForPublish } from '../../src/cli/lint-for-publish.ts';
import { publish, errorLines } from '../../src/publish/index.ts';

let api: ApiServer;
let dir: string;
before(async () => {
  api = await startApiServer();
  dir = mkdtempSync(join(tmpdir(), 'fsd-doctext-'));
});
after(async () => {
  await api.close();
  rmSync(dir, { recursive: true, force: true });
});

const helm = (name: string, nl = '\n') =>
  ['kind: Helm', 'metadata:', `  name: ${name}`, '  version: 1.0.0', '  supportedOperatorVersion: ">= 0.1.12, <= 0.1.20"', 'spec:', '  namespace: default', '  chart:', '    repo:', '      url: https://charts.example.com', `      chartName: ${name}`, '      version: 1.0.0', ''].join(nl);

/** Lints `text` from a real file, publishes it and returns each ConfigMap's module.yaml by name. */
async function published(file: string, text: string | Buffer): Promise<Record<string, string>> {
  const path = join(dir, file);
  writeFileSync(path, text);
  const lint = await lintForPublish([path], { format: 'stylish', color: false, cwd: dir, rules: [], config: false });
  assert.ok(lint.ok && lint.items.length > 0, `${file} must lint clean and hold definitions:\n${lint.report}`);
  const ns = file.replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  api.createNamespace(ns);
  const r = await publish(lint.items, { namespace: ns, kubeconfig: api.kubeconfigPath });
  assert.equal(r.ok, true, errorLines(r).join('\n'));
  const out: Record<string, string> = {};
  for (const x of r.results) out[x.configMap.name] = (api.getConfigMap(ns, x.configMap.name)!.data as Record<string, string>)['module.yaml'];
  return out;
}

test('a file that starts with a comment is published with that comment (issue 12)', async () => {
  const text = readFileSync('fixtures/examples/installer-custom-image.yaml', 'utf8');
  assert.match(text, /^# yaml-language-server[^\n]*\n# A Custom definition/);
  const data = await published('custom-with-comment.yaml', text);
  assert.equal(data['app-installer'], text, 'the whole file, byte for byte');
});

test('multi-document file: each document keeps the comments above it and after it, up to the next ---', async () => {
  const a = `# about a\n${helm('a')}# trailing a\n\n`;
  const b = `# about b\n${helm('b')}# end of file\n`;
  const data = await published('multi.yaml', `${a}---\n${b}`);
  assert.deepEqual(data, { a, b });
  // Every byte of the file is in exactly one document, except the bare marker.
  assert.equal(data.a + '---\n' + data.b, `${a}---\n${b}`);
});

test('a --- marker carrying a comment, and comments above a marker, are kept with the marker', async () => {
  const a = `--- # first\n${helm('a')}`;
  const b = `--- # second\n${helm('b')}`;
  assert.deepEqual(await published('marker-comments.yaml', a + b), { a, b });
  const c = `# file header\n\n---\n${helm('c')}`;
  assert.deepEqual(await published('comment-above-marker.yaml', c), { c });
});

test('... ends a document: comments and directives after it belong to the next one; after the last, to the last', async () => {
  const a = `%YAML 1.1\n---\n${helm('a')}`;
  const b = `# about b\n%YAML 1.1\n---\n${helm('b')}...\n# end of file\n`;
  const data = await published('directives.yaml', `${a}...\n${b}`);
  assert.deepEqual(data, { a, b });
  for (const t of Object.values(data)) assert.equal(YAML.parseAllDocuments(t).length, 1, 'each published text is one valid document');
  // A bare ... at the end (and blank lines after it) is left out.
  assert.deepEqual(await published('bare-end.yaml', `${helm('d')}...\n\n`), { d: helm('d') });
});

test('CRLF line ends are kept; a byte order mark is the file\'s, not the definition\'s', async () => {
  const a = `# crlf a\r\n${helm('a', '\r\n')}# after a\r\n`;
  const b = `# crlf b\r\n${helm('b', '\r\n')}`;
  const data = await published('crlf.yaml', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${a}---\r\n${b}`)]));
  assert.deepEqual(data, { a, b });
});

test('lines point at the first line of each published text', () => {
  const text = `# c1\n${helm('a')}---\n# c2\n${helm('b')}`;
  const docs = definitionSources(text);
  const lines = text.split('\n');
  assert.deepEqual(docs.map((d) => d.text.split('\n')[0]), ['# c1', '# c2']);
  for (const d of docs) assert.equal(lines[d.line - 1], d.text.split('\n')[0]);
  assert.equal(docs[0].text + '---\n' + docs[1].text, text);
});

test('documents that are not definitions keep their own text and take nothing from their neighbours', () => {
  const text = `# a values file\nreplicaCount: 1\n---\n# the definition\n${helm('x')}---\n# a Module\nkind: Module\n`;
  const docs = definitionSources(text);
  assert.deepEqual(docs.map((d) => d.text), [`# the definition\n${helm('x')}`]);
  assert.equal(docs[0].line, 4);
});
