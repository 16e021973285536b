import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_FORMAT, formatNames, formatters, isFormatName, loadFormatter } from '../../src/formatters/index.ts';
import { ctx, twoFiles } from './fixtures.ts';

test('formatters: every format loads lazily to a function producing text', async () => {
  assert.deepEqual(formatNames, ['stylish', 'json', 'sarif', 'github', 'junit']);
  for (const name of formatNames) {
    const f = await loadFormatter(name);
    assert.equal(typeof f, 'function', name);
    assert.equal(f, await formatters[name](), `${name} loads the same function twice`);
    const out = f(twoFiles, ctx());
    assert.ok(out.length > 0 && out.endsWith('\n'), `${name} ends with a newline`);
  }
  assert.equal(DEFAULT_FORMAT, 'stylish');
});

test('formatters: isFormatName accepts exactly the registered names', () => {
  for (const name of formatNames) assert.ok(isFormatName(name));
  for (const name of ['', 'JSON', 'toString', '__proto__', 'checkstyle']) assert.ok(!isFormatName(name), name);
});

test('formatters: pure - the same input gives the same output and is not mutated', async () => {
  const before = structuredClone(twoFiles);
  for (const name of formatNames) {
    const f = await loadFormatter(name);
    assert.equal(f(twoFiles, ctx()), f(twoFiles, ctx()), name);
  }
  assert.deepEqual(twoFiles, before);
});
