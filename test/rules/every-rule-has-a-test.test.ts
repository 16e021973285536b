/**
 * Every registered rule (src/rules/registry.ts: the runner's, definition, Module, render and
 * migrate rules) has its own test file test/rules/<id>.test.ts that names the id in a test, and
 * a meta with an id, a severity, what it reads and a one-line description.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { coreRules } from '../../src/rules/core-rules.ts';
import { definitionRules } from '../../src/rules/definition-rules.ts';
import { migrateRules } from '../../src/rules/migrate-rules.ts';
import { moduleRules } from '../../src/rules/module-rules.ts';
import { registeredRules } from '../../src/rules/registry.ts';
import { renderRules } from '../../src/render/types.ts';

const all = [...registeredRules().values()].map((meta) => ({ registry: meta.documents, meta }));
const dir = import.meta.dirname;

/** The file names the id as a string, in a ruleTester table or inside a test(...) call. */
function namesIdInATest(text: string, id: string): boolean {
  const quoted = new RegExp(`['"\`]${id.replace(/-/g, '\\-')}['"\`]`);
  if (new RegExp(`ruleTester\\(\\s*['"\`]${id}['"\`]`).test(text)) return true;
  const calls = text.split(/\btest\(/).slice(1);
  return calls.some((body) => quoted.test(body) || body.includes(`${id} `) || body.includes(`${id}:`));
}

test('the registry holds every rule of every kind, each once', () => {
  const declared = [...Object.values(coreRules), ...definitionRules.map((r) => r.meta), ...moduleRules.map((r) => r.meta), ...Object.values(renderRules), ...Object.values(migrateRules)];
  assert.equal(all.length, declared.length, 'a rule id is declared twice');
  for (const documents of ['file', 'definition', 'module', 'render', 'migrate']) assert.ok(all.some(({ meta }) => meta.documents === documents), `no ${documents} rule registered`);
  for (const meta of declared) assert.equal(registeredRules().get(meta.id), meta, `${meta.id} is not the registered meta`);
});

test('document rules read what they are registered for', () => {
  assert.deepEqual(definitionRules.filter((r) => r.meta.documents !== 'definition').map((r) => r.meta.id), []);
  assert.deepEqual(moduleRules.filter((r) => r.meta.documents !== 'module').map((r) => r.meta.id), []);
});

test('every rule has a test file test/rules/<id>.test.ts', () => {
  const missing = all.filter(({ meta }) => !existsSync(join(dir, `${meta.id}.test.ts`))).map(({ registry, meta }) => `${meta.id} (${registry})`);
  assert.deepEqual(missing, [], `rules without test/rules/<id>.test.ts: ${missing.join(', ')}`);
});

test('every rule test file names its rule in a test', () => {
  const silent = all
    .filter(({ meta }) => existsSync(join(dir, `${meta.id}.test.ts`)))
    .filter(({ meta }) => !namesIdInATest(readFileSync(join(dir, `${meta.id}.test.ts`), 'utf8'), meta.id))
    .map(({ meta }) => meta.id);
  assert.deepEqual(silent, [], `test files that never name their rule in a test: ${silent.join(', ')}`);
});

test('every rule meta has an id, a severity and a one-line description', () => {
  const bad: string[] = [];
  for (const { registry, meta } of all) {
    if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(meta.id)) bad.push(`${registry}: id ${JSON.stringify(meta.id)} is not kebab-case`);
    if (meta.severity !== 'error' && meta.severity !== 'warning') bad.push(`${meta.id}: severity ${JSON.stringify(meta.severity)}`);
    const d = meta.description;
    if (typeof d !== 'string' || d.trim() === '' || d.includes('\n') || !/[.)]$/.test(d)) bad.push(`${meta.id}: description ${JSON.stringify(d)} is not one line ending in a full stop`);
  }
  assert.deepEqual(bad, []);
});

test('the guard itself: a missing file and an unnamed id are caught', () => {
  assert.ok(!existsSync(join(dir, 'no-such-rule.test.ts')));
  assert.ok(namesIdInATest("ruleTester('helm-url', {", 'helm-url'));
  assert.ok(namesIdInATest("test('x', () => { find('migrate-source'); });", 'migrate-source'));
  assert.ok(!namesIdInATest("// migrate-source\ntest('x', () => {});", 'migrate-source'));
  assert.ok(!namesIdInATest("ruleTester('helm-url-x', {", 'helm-url'));
});

test('every registered rule, whoever reports it, words its findings from meta.messages', () => {
  const without = all.filter(({ meta }) => !meta.messages || Object.keys(meta.messages).length === 0).map(({ meta }) => `${meta.id} (${meta.documents})`);
  assert.deepEqual(without, []);
});

test('every document rule reports through meta.messages: each declared messageId is used, and each used one declared', () => {
  const rulesDir = join(dir, '..', '..', 'src', 'rules');
  const sources = readdirSync(rulesDir)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => readFileSync(join(rulesDir, f), 'utf8'))
    .join('\n');
  const used = new Set([...sources.matchAll(/messageId:\s*(?:'(\w+)'|[^,}]*\?\s*'(\w+)'\s*:\s*'(\w+)')/g)].flatMap((m) => m.slice(1).filter((x) => x !== undefined)));
  const problems: string[] = [];
  const declared = new Set<string>();
  for (const { meta } of [...definitionRules, ...moduleRules]) {
    if (!meta.messages || Object.keys(meta.messages).length === 0) problems.push(`${meta.id} declares no messages`);
    for (const id of Object.keys(meta.messages ?? {})) {
      declared.add(id);
      // An id can also be chosen by a variable; it must then at least appear quoted in src/rules.
      if (!used.has(id) && !new RegExp(`['"]${id}['"]`).test(sources.replace(/messages:\s*\{[^}]*\}/g, ''))) problems.push(`${meta.id}: messageId ${id} is declared but never reported`);
    }
  }
  for (const id of used) if (!declared.has(id)) problems.push(`messageId ${id} is reported but no rule declares it`);
  assert.deepEqual(problems, []);
});

test('a rule reporting an undeclared messageId fails loudly, and placeholders take their data once', async () => {
  const { RuleContext } = await import('../../src/context/rule-context.ts');
  const { interpolate } = await import('../../src/diagnostics/interpolate.ts');
  class Ctx extends RuleContext {}
  const root = { kind: 'map', start: 0, end: 0, pairs: [], index: new Map() } as unknown as ConstructorParameters<typeof Ctx>[0];
  const ctx = new Ctx(root);
  ctx.setRule({ id: 'x', messages: { known: 'value {{v}} in {{ .config.v }} and {{missing}}' } });
  assert.throws(() => ctx.report({ messageId: 'unknown' }), /undeclared messageId "unknown"/);
  ctx.report({ messageId: 'known', data: { v: '{{v}}' } });
  assert.equal(ctx.findings[0].message, 'value {{v}} in {{ .config.v }} and {{missing}}');
  assert.equal(ctx.findings[0].messageId, 'known');
  assert.equal(interpolate('{{a}}-{{b}}', { a: 1n, b: false }), '1-false');
});
