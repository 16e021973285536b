/**
 * migrate words its findings the way document rules do: from its rules' meta.messages
 * (src/rules/migrate-rules.ts), through ruleMessage. Every declared messageId is reported
 * somewhere in src/authoring/migrate, every reported one is declared, and every finding's text
 * is one of its rule's templates with the placeholders filled.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { migrate, migrateRules } from '../../src/authoring/migrate/index.ts';
import { placeholders } from '../../src/diagnostics/interpolate.ts';
import { ruleMessage } from '../../src/diagnostics/rule-message.ts';

const root = resolve(import.meta.dirname, '../..');
const migrateDir = join(root, 'src/authoring/migrate');
const sources = readdirSync(migrateDir)
  .filter((f) => f.endsWith('.ts'))
  .map((f) => readFileSync(join(migrateDir, f), 'utf8'))
  .join('\n');
const rules = Object.values(migrateRules);

test('every migrate rule declares messages; each declared messageId is reported, and each reported one declared', () => {
  const problems: string[] = [];
  // `messageId: 'x'`, or ids chosen by a condition: `messageId: cond ? 'x' : 'y'`.
  const used = new Set([...sources.matchAll(/messageId:\s*(?:'(\w+)'|[^,}'"]*\?\s*'(\w+)'\s*:\s*'(\w+)')/g)].flatMap((m) => m.slice(1).filter((x) => x !== undefined)));
  const declared = new Set<string>();
  for (const rule of rules) {
    const ids = Object.keys(rule.messages);
    if (ids.length === 0) problems.push(`${rule.id} declares no messages`);
    for (const id of ids) {
      declared.add(id);
      if (!used.has(id)) problems.push(`${rule.id}: messageId ${id} is declared but never reported`);
    }
  }
  for (const id of used) if (!declared.has(id)) problems.push(`messageId ${id} is reported but no migrate rule declares it`);
  assert.deepEqual(problems, []);
});

test('migrate templates: placeholders are identifiers, and no other {{ }} text is in them', () => {
  for (const rule of rules)
    for (const [id, template] of Object.entries(rule.messages)) {
      assert.match(id, /^[a-z][A-Za-z]+$/, `${rule.id}: messageId ${id} is camelCase`);
      const braces = [...template.matchAll(/\{\{([^}]*)\}\}/g)].map((m) => m[1]);
      assert.deepEqual(braces, placeholders(template), `${rule.id}/${id}: only {{name}} placeholders`);
    }
});

test('ruleMessage fills a migrate template, and an id the rule does not declare fails loudly', () => {
  assert.equal(
    ruleMessage(migrateRules.configDiffers, { messageId: 'valueDiffers', data: { alias: 'replicas', old: 'the float 2.5', now: 'the int 2' } }),
    '.config.replicas is the float 2.5 for the old operator but the int 2 for the migrated Module',
  );
  assert.equal(
    ruleMessage(migrateRules.source, { messageId: 'oldRenderFinding', data: { message: 'x: {{y}}', renderRule: 'template-error' } }),
    'x: {{y}} (template-error, as the old operator renders it)',
  );
  assert.throws(() => ruleMessage(migrateRules.reparse, { messageId: 'fieldDiffers' }), /rule migrate-reparse has no messageId "fieldDiffers"/);
});

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const matcher = (template: string) =>
  new RegExp(
    `^${template
      .split(/\{\{[A-Za-z_]\w*\}\}/)
      .map(esc)
      .join('[^]*')}$`,
  );

test('every migrate finding over the fixtures is worded by exactly one template of its rule', () => {
  const read = (p: string) => ({ file: p, text: readFileSync(join(root, p), 'utf8') });
  const fixtures = ['fixtures/examples', 'fixtures/migrate', 'fixtures/migrate/existing-release'].flatMap((d) =>
    readdirSync(join(root, d))
      .filter((n) => n.endsWith('.yaml') && !n.endsWith('-module.yaml'))
      .map((n) => `${d}/${n}`),
  );
  const runs = [
    ...fixtures.map((d) => () => migrate(read(d))),
    () => migrate(read('fixtures/examples/redis-helm-flat.yaml'), { module: read('fixtures/migrate/redis-module.yaml') }),
    () => migrate(read('fixtures/migrate/chart-sources.yaml'), { module: read('fixtures/migrate/chart-sources-module.yaml') }),
    () => migrate(read('fixtures/migrate/reparse.yaml'), { module: read('fixtures/migrate/reparse-module.yaml') }),
  ];
  const byId = new Map<string, (typeof rules)[number]>(rules.map((r) => [r.id, r]));
  const seen = new Set<string>();
  for (const run of runs)
    for (const f of run().findings) {
      const rule = byId.get(f.ruleId);
      assert.ok(rule, `${f.ruleId} is a migrate rule`);
      const ids = Object.entries(rule.messages)
        .filter(([, t]) => matcher(t).test(f.message))
        .map(([id]) => id);
      assert.equal(ids.length, 1, `${f.ruleId}: ${f.message} (matches ${ids.join(', ') || 'no template'})`);
      seen.add(`${f.ruleId}/${ids[0]}`);
    }
  assert.ok(seen.size >= 15, `the fixtures reach ${seen.size} messages`);
});
