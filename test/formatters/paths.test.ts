import assert from 'node:assert/strict';
import { relative, resolve } from 'node:path';
import { test } from 'node:test';
import { displayPath, isPseudoPath } from '../../src/formatters/paths.ts';

test('displayPath: the shortcut for canonical relative paths gives what relative(cwd, resolve(cwd, file)) gives', () => {
  const cwd = process.cwd();
  const segments = ['a', '.', '..', '.hidden', '..x', 'x..', '', 'b.yaml', '.bench'];
  const paths = new Set<string>(['.', '..', '/abs/p.yaml', 'dir/', 'a\\b.yaml']);
  for (const x of segments) for (const y of segments) for (const z of segments) paths.add([x, y, z].join('/')).add([x, y].join('/'));
  for (const file of paths) {
    if (file === '') continue;
    const rel = relative(cwd, resolve(cwd, file));
    assert.equal(displayPath(file, cwd), rel === '' ? file : rel, JSON.stringify(file));
  }
});

test('pseudo-paths: <stdin>, URLs and cluster names are shown as given; a drive letter is a path', () => {
  for (const p of ['<stdin>', 'https://example.com/def.yaml', 'cluster:configmaps/ns/name/module.yaml']) {
    assert.equal(isPseudoPath(p), true, p);
    assert.equal(displayPath(p, '/somewhere'), p);
  }
  assert.equal(isPseudoPath('C:/defs/a.yaml'), false);
});
