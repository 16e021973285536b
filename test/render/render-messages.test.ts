/** Render findings are worded from their rule's meta.messages, as document rules' are. */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { placeholders } from '../../src/diagnostics/interpolate.ts';
import { Collector } from '../../src/render/collector.ts';
import { renderRules } from '../../src/render/types.ts';
import { plainLocated } from '../../src/render/target.ts';

const renderDir = join(import.meta.dirname, '..', '..', 'src', 'render');
const sources = readdirSync(renderDir)
  .filter((f) => f.endsWith('.ts') && f !== 'types.ts')
  .map((f) => readFileSync(join(renderDir, f), 'utf8'))
  .join('\n');

test('every render rule declares messages, each used by the engine, with identifier placeholders', () => {
  const problems: string[] = [];
  for (const meta of Object.values(renderRules)) {
    const ids = Object.keys(meta.messages);
    if (ids.length === 0) problems.push(`${meta.id} declares no messages`);
    for (const id of ids) {
      if (!new RegExp(`['"]${id}['"]`).test(sources)) problems.push(`${meta.id}: messageId ${id} is declared but never reported`);
      const template: string = meta.messages[id as keyof typeof meta.messages];
      // Anything between {{ and }} that is not a placeholder must be Go template text (with spaces).
      for (const m of template.matchAll(/\{\{(.*?)\}\}/g)) if (!/^[A-Za-z_]\w*$/.test(m[1]) && !m[1].startsWith(' ')) problems.push(`${meta.id}.${id}: {{${m[1]}}}`);
      if (placeholders(template).length === 0) problems.push(`${meta.id}.${id} has no placeholder`);
    }
  }
  assert.deepEqual(problems, []);
});

test('Collector.add words the finding from its messageId and keeps the id', () => {
  const out = new Collector();
  const where = plainLocated({ file: 'x.yaml', text: 'a: 1\n' });
  out.add(
    renderRules.templateError,
    where,
    { start: 0, end: 1 },
    { messageId: 'parseFailed', data: { path: 'spec.x', error: 'template: :1: unexpected "}" in {{ .a }}' } },
    'spec.x',
  );
  assert.equal(out.raw[0].message, 'spec.x: template: :1: unexpected "}" in {{ .a }}');
  assert.equal(out.raw[0].messageId, 'parseFailed');
  assert.equal(out.findings()[0].message, 'spec.x: template: :1: unexpected "}" in {{ .a }}');
  assert.throws(() => out.add(renderRules.templateError, where, null, { messageId: 'nope', data: {} } as never), /has no messageId "nope"/);
});
