import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BUILTIN_SIGNATURES } from '../../src/lsp/go-signatures.ts';
import { builtins } from '../../src/template/funcs.ts';

test('hover and completion know a Go signature for exactly the template engine built-ins', () => {
  assert.deepEqual(Object.keys(BUILTIN_SIGNATURES).sort(), [...builtins.keys()].sort());
  for (const [name, sig] of Object.entries(BUILTIN_SIGNATURES)) {
    const def = builtins.get(name);
    assert.ok(def && /^func [\w.]+\(/.test(sig), name);
    // A variadic Go function says so in its last parameter.
    assert.equal(/\.\.\.\w/.test(sig), def.variadic, `${name}: ${sig}`);
  }
});
