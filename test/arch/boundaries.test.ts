import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { describeCycle, folderCycles, folderGraph } from './folder-graph.ts';

/**
 * Engines are libraries: only src/cli/ may use commander or process.exit, and nothing
 * outside src/cli/ imports from it. chalk is allowed in the CLI and in report formatters
 * that take the colour decision as a flag. The Kubernetes client and undici are loaded
 * only by dynamic import, so `lint` never pays for them.
 */
/** Report formatters that take the colour decision as a flag. */
const CHALK_ALLOWED = new Set(['formatters/stylish.ts', 'authoring/verify/report.ts']);
const src = join(import.meta.dirname, '..', '..', 'src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

for (const file of files(src)) {
  const rel = relative(src, file).replace(/\\/g, '/');
  const text = readFileSync(file, 'utf8');
  test(`import boundaries: ${rel}`, () => {
    const inCli = rel.startsWith('cli/');
    if (!inCli) {
      assert.ok(!/from ['"]commander['"]/.test(text), 'commander is for src/cli only');
      assert.ok(!/process\.exit\(/.test(text), 'process.exit is for src/cli only');
      assert.ok(!/from ['"](\.\.\/)+cli\//.test(text), 'engines must not import the CLI');
      if (!CHALK_ALLOWED.has(rel)) assert.ok(!/from ['"]chalk['"]/.test(text), 'chalk is for the CLI and the stylish formatter');
    }
    assert.ok(!/^import [^;]*from ['"](@kubernetes\/client-node|undici)['"]/m.test(text.replace(/^import type .*$/gm, '')), 'load the Kubernetes client and undici lazily with import()');
  });
}

/**
 * The top-level folders of src/ are layers: an import (value or type) between two folders goes
 * one way only, so each layer can be read, tested and changed without the ones above it.
 */
test('the top-level folders of src/ import each other without a cycle', () => {
  const g = folderGraph(src);
  const cycles = folderCycles(g);
  assert.equal(cycles.length, 0, `import cycle between folders of src/:\n${cycles.map((c) => describeCycle(g, c)).join('\n')}`);
});

/**
 * The checking layer has one rule API: rules live in src/rules and nowhere else registers one;
 * render and lint meet only in what both call (src/operator, src/rules), never import each other,
 * and the render engine knows nothing of rules.
 */
test('render and lint do not import each other, and render does not import rules', () => {
  const g = folderGraph(src);
  const edges = (from: string) => [...(g.edges.get(from)?.keys() ?? [])];
  assert.ok(!edges('render').includes('lint'), 'render imports lint');
  assert.ok(!edges('lint').includes('render'), 'lint imports render (render findings reach lint only through rules)');
  assert.ok(!edges('render').includes('rules'), 'render imports rules');
});

test('only src/rules declares rules: no other folder has a { meta: { id, severity } } object with a check', () => {
  const outside = files(src).filter((f) => !relative(src, f).startsWith('rules/') && /\bcheck\(ctx\b/.test(readFileSync(f, 'utf8')) && /\bmeta:\s*\{/.test(readFileSync(f, 'utf8')));
  assert.deepEqual(outside.map((f) => relative(src, f)), []);
});
