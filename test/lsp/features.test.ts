/**
 * The editor features as functions of a buffer's text and an offset (the server only converts
 * positions): places Neovim's session does not reach.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { completionsAt, yamlPathAt } from '../../src/lsp/completion.ts';
import { definitionAt, referencesAt } from '../../src/lsp/definition.ts';
import { hoverAt } from '../../src/lsp/hover.ts';
import { analyse } from '../../src/lsp/model.ts';
import { modelineFix } from '../../src/lsp/code-actions.ts';
import { fixtures } from './support.ts';

const moduleText = readFileSync(join(fixtures, 'editor-module.yaml'), 'utf8');
const helmText = readFileSync(join(fixtures, 'editor-helm.yaml'), 'utf8');

/** The text with `insert` put at the end of the line holding `after`, and the offset after it. */
function typed(text: string, after: string, insert: string): { text: string; offset: number } {
  const end = text.indexOf('\n', text.indexOf(after));
  return { text: text.slice(0, end) + insert + text.slice(end), offset: end + insert.length };
}

test('field names inside a ConfigMap definition are those of the embedded definition', () => {
  const t = typed(moduleText, '      chartName: nginx', '\n      ');
  const labels = completionsAt(analyse(t.text), t.text, t.offset).map((c) => c.label);
  assert.ok(labels.includes('namespace') && labels.includes('repo'), String(labels));
  assert.ok(!labels.includes('data'));
});

test('no definition field names inside a Module', () => {
  const t = typed(moduleText, '    namespace: default\n  config:', '\n    ');
  assert.deepEqual(completionsAt(analyse(t.text), t.text, t.offset).filter((c) => c.kind === 'field'), []);
});

test('.config. completion in a ConfigMap definition offers its aliases', () => {
  const t = typed(moduleText, '        - raw:', '\n            x: "{{ .config.');
  // The half-typed line does not parse: the server passes the last model that did.
  assert.equal(analyse(t.text).definitions.length, 0);
  assert.deepEqual(completionsAt(analyse(moduleText), t.text, t.offset).map((c) => c.label), ['size']);
});

test('the path of a key is read from the lines above, through list items', () => {
  const at = helmText.indexOf('      max: 5');
  const lineStart = helmText.lastIndexOf('\n', at) + 1;
  assert.deepEqual(yamlPathAt(helmText, lineStart, 6), ['config', 0, 'spec']);
  const raw = helmText.indexOf('        replicaCount:');
  assert.deepEqual(yamlPathAt(helmText, helmText.lastIndexOf('\n', raw) + 1, 8), ['spec', 'values', 0, 'raw']);
});

test('references and definition agree, and an alias no item declares has no definition', () => {
  const model = analyse(helmText);
  const use = helmText.indexOf('.config.tag') + '.config.'.length;
  const decl = definitionAt(model, use);
  assert.ok(decl);
  assert.equal(helmText.slice(decl.start, decl.end), 'tag');
  const refs = referencesAt(model, decl.start, false);
  assert.deepEqual(refs.map((r) => helmText.slice(r.start, r.end)), ['tag']);
  const unknown = helmText.replace('.config.tag', '.config.tga');
  const h = hoverAt(analyse(unknown), unknown.indexOf('.config.tga') + 9);
  assert.match(h?.markdown ?? '', /no config item has the alias "tga"/);
  assert.equal(definitionAt(analyse(unknown), unknown.indexOf('.config.tga') + 9), undefined);
});

test('the $schema modeline action: offered for a plain definition without one, never twice', () => {
  const fix = modelineFix(analyse(helmText), helmText);
  assert.match(fix?.edits[0].text ?? '', /^# yaml-language-server: \$schema=https:\/\/\S+definition-helm-flat\.schema\.json\n$/);
  const withLine = (fix?.edits[0].text ?? '') + helmText;
  assert.equal(modelineFix(analyse(withLine), withLine), undefined);
  assert.equal(modelineFix(analyse(moduleText), moduleText), undefined, 'not inside a ConfigMap');
});

test("hover on a key of a Module's spec.config shows the item it sets", () => {
  const offset = moduleText.indexOf('    size: small') + 5;
  assert.match(hoverAt(analyse(moduleText), offset)?.markdown ?? '', /\| `size` \| Size \| option \| `small` \| no \| yes \| one of `small`, `large` \|/);
});
