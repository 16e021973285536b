import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { ruleMeta } from '../src/lint/lint-text.ts';

// The README's rule table is the user's reference: every rule is in it with its severity.
const readme = readFileSync(join(import.meta.dirname, '..', 'README.md'), 'utf8');

for (const meta of ruleMeta().values()) {
  test(`README documents rule ${meta.id}`, () => {
    const row = readme.split('\n').find((l) => l.startsWith(`| \`${meta.id}\` |`));
    assert.ok(row, `no README row for ${meta.id}`);
    assert.ok(row.includes(`| ${meta.severity} |`), `README severity of ${meta.id} should be ${meta.severity}`);
  });
}

test('README and CI share the test command', () => {
  assert.ok(readme.includes('npm test'));
  assert.ok(readFileSync(join(import.meta.dirname, '..', '.ci', 'run'), 'utf8').includes('npm test'));
});
