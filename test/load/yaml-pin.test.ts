import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { test } from 'node:test';

// src/load/cst-compose.ts mirrors the `yaml` package's Parser and Composer internals (where
// comments land, which errors it reports), so a minor release could change what it must mirror.
// The version is pinned exactly; moving it means re-running its differential tests.
const root = join(import.meta.dirname, '..', '..');

test('the yaml package is pinned to one exact version, the one installed', () => {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
  const wanted = pkg.dependencies['yaml'];
  assert.match(wanted, /^\d+\.\d+\.\d+$/, `package.json must pin yaml exactly (cst-compose.ts mirrors its internals), not "${wanted}"`);
  const require = createRequire(join(root, 'package.json'));
  const installed = (require('yaml/package.json') as { version: string }).version;
  assert.equal(installed, wanted, 'node_modules holds another yaml than package.json pins: run npm ci');
});
