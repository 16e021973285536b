/**
 * Every registered rule, in all five registries, has its own test file test/rules/<id>.test.ts
 * that names the id in a test, and a meta with an id, a severity and a one-line description.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { migrateRules } from '../../src/authoring/migrate/rules.ts';
import { coreRules } from '../../src/lint/core-rules.ts';
import { moduleRules } from '../../src/module/rules/index.ts';
import { renderRules } from '../../src/render/types.ts';
import { definitionRules } from '../../src/rules/index.ts';
import type { RuleMeta } from '../../src/rules/types.ts';

const registries: Record<string, readonly RuleMeta[]> = {
  coreRules: Object.values(coreRules),
  definitionRules: definitionRules.map((r) => r.meta),
  moduleRules: moduleRules.map((r) => r.meta),
  renderRules: Object.values(renderRules),
  migrateRules: Object.values(migrateRules),
};
const all = Object.entries(registries).flatMap(([registry, metas]) => metas.map((meta) => ({ registry, meta })));
const dir = import.meta.dirname;

/** The file names the id as a string, in a ruleTester table or inside a test(...) call. */
function namesIdInATest(text: string, id: string): boolean {
  const quoted = new RegExp(`['"\`]${id.replace(/-/g, '\\-')}['"\`]`);
  if (new RegExp(`ruleTester\\(\\s*['"\`]${id}['"\`]`).test(text)) return true;
  const calls = text.split(/\btest\(/).slice(1);
  return calls.some((body) => quoted.test(body) || body.includes(`${id} `) || body.includes(`${id}:`));
}

test('every registry is loaded and not empty', () => {
  for (const [registry, metas] of Object.entries(registries)) assert.ok(metas.length > 0, `${registry} is empty`);
});

test('rule ids are unique across the five registries', () => {
  const seen = new Map<string, string>();
  const clashes: string[] = [];
  for (const { registry, meta } of all) {
    const before = seen.get(meta.id);
    if (before) clashes.push(`${meta.id} (${before} and ${registry})`);
    seen.set(meta.id, registry);
  }
  assert.deepEqual(clashes, []);
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
