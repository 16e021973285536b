import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkValueAgainstItem, decodeConfigItems, validateConfig, type ConfigEra, type ConfigItem } from '../../src/config/index.ts';
import { goFloatToInt } from '../../src/config/go-format.ts';
import { fromJson, type GoMap, type GoValue } from '../../src/values/go-value.ts';
import { go, prng } from './helpers.ts';

const ROUNDS = 400;
const ALIASES = ['a', 'b', 'c', 'd', 'e', 'replicas', 'host'];
const WORDS = ['x', 'y', 'z', 'dev', 'prod', '12Gi', 'abc1', ''];
const REGEXES = ['[0-9]+', '^[a-z]+$', 'Gi$', '^(x|y)'];

function gen(seed: number, era: ConfigEra) {
  const r = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const chance = (p: number) => r() < p;
  const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  const kinds = era === 'legacy' ? ['string', 'integer', 'float', 'boolean', 'option', 'multiple-options'] : ['string', 'integer', 'boolean', 'option', 'multipleOptions'];
  const config: unknown[] = [];
  const n = int(0, 6);
  for (let i = 0; i < n; i++) {
    const kind = pick(kinds);
    const spec: Record<string, unknown> = {};
    if (chance(0.3)) spec.required = chance(0.5);
    if (chance(0.6)) spec.editable = chance(0.7);
    const values = [...new Set([pick(WORDS), pick(WORDS), pick(WORDS)])];
    switch (kind) {
      case 'string':
        if (chance(0.5)) spec.default = pick(WORDS);
        if (chance(0.5)) spec.regex = pick(REGEXES);
        break;
      case 'integer':
        if (chance(0.5)) spec.default = BigInt(int(-3, 12));
        if (chance(0.5)) spec.min = BigInt(int(-2, 3));
        if (chance(0.5)) spec.max = BigInt(int(4, 10));
        break;
      case 'float':
        if (chance(0.5)) spec.default = int(-30, 120) / 10;
        if (chance(0.5)) spec.min = int(-20, 30) / 10;
        if (chance(0.5)) spec.max = int(40, 100) / 10;
        break;
      case 'boolean':
        if (chance(0.5)) spec.default = chance(0.5);
        break;
      case 'option':
        spec.values = values;
        if (chance(0.5)) spec.default = pick(values);
        break;
      default:
        spec.values = values;
        if (chance(0.5)) spec.default = values.slice(0, int(0, values.length));
        if (chance(0.5)) spec.min = BigInt(int(0, 1));
        if (chance(0.5)) spec.max = BigInt(int(1, 3));
    }
    const alias = pick(ALIASES);
    config.push(era === 'legacy' ? { type: kind, name: `Item ${i}`, alias, spec } : { name: `Item ${i}`, alias, [kind]: spec });
  }
  const input: Record<string, unknown> = {};
  if (chance(0.5)) {
    // Friendly input: only declared aliases, with values the last item of each alias accepts.
    const last = new Map<string, Record<string, unknown>>();
    for (const c of config as Record<string, unknown>[]) last.set(c.alias as string, c);
    const matching: Record<string, string> = { '[0-9]+': 'abc1', '^[a-z]+$': 'dev', Gi$: '12Gi', '^(x|y)': 'xy' };
    for (const [alias, c] of last) {
      const kind = era === 'legacy' ? (c.type as string) : kinds.find((k) => k in c)!;
      const spec = (era === 'legacy' ? c.spec : c[kind]) as Record<string, unknown>;
      const editable = (spec.editable as boolean | undefined) ?? era === 'inline';
      if (!editable || kind === 'multipleOptions' || (!spec.required && chance(0.3))) continue;
      const lo = Number(spec.min ?? -3);
      const hi = Number(spec.max ?? 12);
      const vals = (spec.values as string[] | undefined) ?? [];
      switch (kind) {
        case 'string': input[alias] = spec.regex ? matching[spec.regex as string] : pick(WORDS); break;
        case 'integer': input[alias] = int(lo, hi) + (chance(0.3) ? 0.5 : 0); break;
        case 'float': input[alias] = lo + (hi - lo) * r(); break;
        case 'boolean': input[alias] = chance(0.5); break;
        case 'option': input[alias] = pick(vals); break;
        default: input[alias] = vals.slice(0, Math.max(Number(spec.min ?? 0), Math.min(Number(spec.max ?? vals.length), int(0, vals.length))));
      }
    }
    return { config, input };
  }
  for (const alias of [...ALIASES, 'extra']) {
    if (!chance(0.4)) continue;
    input[alias] = pick<() => unknown>([
      () => pick(WORDS),
      () => int(-5, 15),
      () => int(-50, 150) / 10,
      () => chance(0.5),
      () => null,
      () => [pick(WORDS), pick(WORDS)].slice(0, int(0, 2)),
      () => [1, 'x'],
    ])();
  }
  return { config, input };
}

function same(a: GoValue | undefined, b: GoValue | undefined): boolean {
  return Object.is(a, b) || JSON.stringify(a, (_k, v) => (typeof v === 'bigint' ? `${v}n` : v instanceof Map ? [...v] : v)) === JSON.stringify(b, (_k, v) => (typeof v === 'bigint' ? `${v}n` : v instanceof Map ? [...v] : v));
}

function check(era: ConfigEra, seed: number) {
  const { config, input: rawInput } = gen(seed, era);
  const { items, problems } = decodeConfigItems(era, go(config));
  assert.deepEqual(problems, [], `seed ${seed}: generated definitions are valid`);
  const input = fromJson(rawInput) as GoMap;
  const before = [...input.entries()];
  const { effective, violations, ignoredKeys } = validateConfig(era, items, input);
  const ctx = `${era} seed ${seed}`;
  assert.deepEqual([...input.entries()], before, `${ctx}: input not mutated`);
  const aliases = new Set(items.map((i) => i.alias));
  for (const v of violations) {
    assert.equal(v.path[0], v.alias, ctx);
    if (v.itemIndex !== undefined) assert.equal(items.find((i) => i.index === v.itemIndex)?.alias, v.alias, ctx);
    assert.ok(v.message.length > 0 && v.goError.length > 0, ctx);
  }
  const required = new Set(violations.filter((v) => v.code === 'required').map((v) => v.alias));
  if (era === 'legacy') {
    // Every alias is in the effective config unless it is required and missing.
    for (const a of aliases) assert.ok(effective.has(a) !== required.has(a), `${ctx}: alias ${a}`);
    // Unknown keys are exactly the input keys no item names.
    const unknown = violations.filter((v) => v.code === 'unknown-key').map((v) => v.alias);
    assert.deepEqual(unknown, [...input.keys()].filter((k) => !aliases.has(k)), ctx);
    assert.deepEqual(ignoredKeys, []);
    // Input values stay as given.
    for (const [k, v] of input) assert.ok(same(effective.get(k), v), `${ctx}: ${k}`);
    // At most one not-editable per alias, and nothing else for that alias then.
    for (const v of violations.filter((x) => x.code === 'not-editable')) {
      assert.equal(violations.filter((x) => x.alias === v.alias).length, 1, ctx);
    }
  } else {
    // Only declared aliases, all of them, whatever the violations.
    assert.deepEqual([...effective.keys()].sort(), [...aliases].sort(), ctx);
    assert.ok(!violations.some((v) => v.code === 'unknown-key'), ctx);
    assert.deepEqual(ignoredKeys, [...input.keys()].filter((k) => !aliases.has(k)), ctx);
    for (const item of items) {
      if (item.kind === 'multiple-options' && input.has(item.alias) && item.editable) {
        assert.ok(violations.some((v) => v.code === 'unsupported' && v.itemIndex === item.index), ctx);
      }
    }
  }
  if (violations.length === 0) {
    for (const [k, v] of input) {
      if (!aliases.has(k)) continue;
      const last = [...items].reverse().find((i) => i.alias === k)!;
      const want = era === 'inline' && last.kind === 'integer' && typeof v === 'number' ? goFloatToInt(v) : v;
      assert.ok(same(effective.get(k), want), `${ctx}: no violation => ${k} unchanged`);
    }
    for (const a of aliases) if (!input.has(a)) assert.ok(effective.has(a), `${ctx}: default for ${a}`);
  }
  // A value that passes an item's checks yields no value-level violation for it.
  for (const item of items) {
    if (!input.has(item.alias) || !item.editable) continue;
    const issues = checkValueAgainstItem(item, input.get(item.alias)!);
    const mine = violations.filter((v) => v.itemIndex === item.index && v.code !== 'unsupported');
    if (era === 'inline' || lastWith(items, item.alias) === item) assert.equal(mine.length, item.kind === 'multiple-options' && era === 'inline' ? 0 : issues.length, ctx);
  }
  return violations.length;
}

function lastWith(items: ConfigItem[], alias: string): ConfigItem | undefined {
  return [...items].reverse().find((i) => i.alias === alias && i.kind !== 'unknown');
}

for (const era of ['legacy', 'inline'] as const) {
  test(`${era}: invariants hold over ${ROUNDS} random schemas and inputs`, () => {
    let clean = 0;
    for (let seed = 1; seed <= ROUNDS; seed++) if (check(era, seed) === 0) clean++;
    // The generator must exercise both outcomes.
    assert.ok(clean > ROUNDS / 20 && clean < ROUNDS - ROUNDS / 20, `${era}: ${clean} clean of ${ROUNDS}`);
  });
}

test('defaults within their generated bounds pass checkValueAgainstItem', () => {
  const r = prng(7);
  for (let i = 0; i < 200; i++) {
    const min = BigInt(Math.floor(r() * 10));
    const max = min + BigInt(Math.floor(r() * 10));
    const dflt = min + BigInt(Math.floor(r() * Number(max - min + 1n)));
    const { items } = decodeConfigItems('legacy', go([{ type: 'integer', name: 'I', alias: 'i', spec: { default: dflt, min, max } }]));
    const item = items[0];
    assert.deepEqual(checkValueAgainstItem(item, item.kind === 'integer' ? item.default : null), []);
    assert.equal(checkValueAgainstItem(item, max + 1n)[0]?.code, 'above-max');
    assert.equal(checkValueAgainstItem(item, min - 1n)[0]?.code, 'below-min');
  }
});
