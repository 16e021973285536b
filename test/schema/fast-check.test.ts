import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { definition } from '../../bench/corpus.mjs';
import type { DefinitionDialectId } from '../../src/classify/dialects.ts';
import { toPlainData } from '../../src/load/convert.ts';
import { parseYamlStream } from '../../src/load/parse-stream.ts';
import type { YMap, YNode, YPair, YScalar } from '../../src/load/ynode.ts';
import { keyText } from '../../src/load/ynode.ts';
import { definitionSchemas } from '../../src/schema/definition-schemas.ts';
import { compileFastCheck } from '../../src/schema/fast-check.ts';
import type { FastCheck } from '../../src/schema/fast-check.ts';
import * as generated from '../../src/schema/generated/validators.mjs';
import type { CompiledValidator } from '../../src/schema/validator-types.ts';

const root = join(import.meta.dirname, '..', '..');
const DIALECTS: [DefinitionDialectId, CompiledValidator][] = [
  ['helm-flat', generated.definitionHelmFlat],
  ['helm-chart', generated.definitionHelmChart],
  ['custom-plugin', generated.definitionCustomPlugin],
  ['custom-image', generated.definitionCustomImage],
];

test('schemas/definition-*.schema.json are definitionSchemas (the fast check and ajv read the same schema)', () => {
  for (const [dialect] of DIALECTS) {
    const name = `definition-${dialect}`;
    const file = JSON.parse(readFileSync(join(root, 'schemas', `${name}.schema.json`), 'utf8')) as unknown;
    assert.deepEqual(file, JSON.parse(JSON.stringify(definitionSchemas[name])), `${name}: run npm run schemas`);
  }
});

test('keywords beyond the supported ones make the schema fall back to ajv', () => {
  assert.equal(compileFastCheck({ type: 'string', pattern: '^a' }), undefined);
  assert.equal(compileFastCheck({ items: [{ type: 'string' }] }), undefined);
  assert.equal(compileFastCheck({ $ref: 'other.json' }), undefined);
  assert.equal(compileFastCheck({ properties: { a: { $id: 'x', type: 'string' } } }), undefined);
  assert.equal(compileFastCheck({ enum: [{ a: 1 }] }), undefined);
  assert.equal(typeof compileFastCheck({ type: ['integer', 'null'], enum: [1, 'a', null] }), 'function');
});

function yamlFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yamlFiles(p, out);
    else if (/\.ya?ml$/.test(name)) out.push(p);
  }
  return out;
}

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

const scalar = (value: YScalar['value']): YScalar => ({ kind: 'scalar', value, style: 'plain', start: 0, end: 0 });

function mapOf(pairs: YPair[]): YMap {
  const index = new Map<string, YPair>();
  for (const p of pairs) {
    const k = keyText(p);
    if (k !== undefined) index.set(k, p);
  }
  return { kind: 'map', pairs, index, start: 0, end: 0 };
}

const KEYS = ['kind', 'metadata', 'name', 'config', 'type', 'spec', 'default', 'values', 'repo', 'chart', 'url', 'raw', 'file', 'image', 'permissions', 'cleanup', 'removePVCs', 'outputs', 'value', 'min', 'required', 'editable', 'unknownField', '__proto__', 'constructor', '0'];
const VALUES: YScalar['value'][] = [null, true, false, 'yes', 'Off', 'maybe', 'Helm', 'Custom', 'string', 'integer', 'float', 'option', 'multiple-options', '', 'x', 1n, -3n, 2.5, Number.NaN, Number.POSITIVE_INFINITY, 0, 2n ** 70n];

/** A copy of the tree with one random edit: a value of another type, a key added or removed, a duplicate key. */
function mutate(node: YNode | null, r: () => number, depth = 0): YNode | null {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const here = depth > 0 && r() < 0.15;
  if (node === null || node.kind === 'scalar' || here) {
    if (!here && node !== null && r() < 0.5) return node;
    switch (Math.floor(r() * 4)) {
      case 0:
        return mapOf([{ key: scalar(pick(KEYS)), value: scalar(pick(VALUES)) }]);
      case 1:
        return { kind: 'seq', items: [scalar(pick(VALUES)), null], start: 0, end: 0 };
      case 2:
        return null;
      default:
        return scalar(pick(VALUES));
    }
  }
  if (node.kind === 'seq') {
    if (node.items.length === 0) return { ...node, items: [scalar(pick(VALUES))] };
    const i = Math.floor(r() * node.items.length);
    const items = [...node.items];
    items[i] = mutate(items[i], r, depth + 1);
    return { ...node, items };
  }
  const pairs = [...node.pairs];
  const op = r();
  if (op < 0.1 || pairs.length === 0) pairs.push({ key: scalar(pick(KEYS)), value: scalar(pick(VALUES)) });
  else if (op < 0.15) pairs.splice(Math.floor(r() * pairs.length), 1);
  else if (op < 0.18) pairs.push({ key: scalar(1n), value: scalar('dup') }, { key: scalar('1'), value: scalar(2n) });
  else if (op < 0.2) pairs.push({ key: scalar(null), value: scalar('null key') });
  else {
    const i = Math.floor(r() * pairs.length);
    pairs[i] = { key: pairs[i].key, value: mutate(pairs[i].value, r, depth + 1) };
  }
  return mapOf(pairs);
}

test('the fast check agrees with ajv on definitions, the corpus and random edits of both', () => {
  const checks = DIALECTS.map(([dialect, validate]) => {
    const fast = compileFastCheck(definitionSchemas[`definition-${dialect}`]);
    assert.ok(fast, `${dialect}: the schema compiles to a fast check`);
    return [dialect, fast, validate] as [DefinitionDialectId, FastCheck, CompiledValidator];
  });
  const roots: YNode[] = [];
  for (const f of [...yamlFiles(join(root, 'fixtures')), ...yamlFiles(join(root, 'test'))]) {
    for (const d of parseYamlStream(readFileSync(f, 'utf8'))) if (d.root && d.root.kind === 'map') roots.push(d.root);
  }
  const r0 = rng(7);
  for (let i = 0; i < 200; i++) roots.push(parseYamlStream(definition(i, r0))[0].root as YNode);
  const r = rng(20261123);
  const cases = Number(process.env.FAST_CHECK_EDITS ?? 20);
  let agreed = 0;
  let validByBoth = 0;
  let total = 0;
  for (const base of roots) {
    let doc: YNode | null = base;
    for (let k = 0; k <= cases; k++) {
      for (const [dialect, fast, validate] of checks) {
        const ajv = validate(toPlainData(doc));
        const quick = fast(doc);
        total++;
        // The one direction that matters: a pass here is a pass for ajv.
        if (quick) assert.ok(ajv, `${dialect}: fast check passed what ajv rejects: ${JSON.stringify(toPlainData(doc), (_k, v: unknown) => (typeof v === 'bigint' ? String(v) : v))}`);
        if (quick === ajv) agreed++;
        if (quick && ajv) validByBoth++;
      }
      doc = mutate(base, r);
    }
  }
  console.log(`# fast check: ${total} checks, ${agreed} agree with ajv, ${validByBoth} valid`);
  // Disagreement is only allowed where toPlainData merges or drops keys (duplicate or null keys).
  assert.ok(agreed / total > 0.97, `agreement ${agreed}/${total}`);
  assert.ok(validByBoth > 0);
});
