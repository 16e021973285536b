import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fastParseYamlStream } from '../../src/load/cst-compose.ts';
import { parseYamlStream, parseYamlStreamFull } from '../../src/load/parse-stream.ts';
import { diffDocs, generator } from './cst-compose-helpers.ts';

/** Compares the fast path (when it answers) and parseYamlStream with the full path; true when the fast path answered. */
function check(text: string, label: string): boolean {
  const full = parseYamlStreamFull(text);
  const fast = fastParseYamlStream(text);
  if (fast) {
    const d = diffDocs(fast, full);
    assert.equal(d, '', `${label}: fast path differs: ${d}\n--- text ---\n${text}`);
  }
  const d2 = diffDocs(parseYamlStream(text), full);
  assert.equal(d2, '', `${label}: parseYamlStream differs: ${d2}`);
  return fast !== null;
}

function yamlFiles(dir: string, out: string[] = []): string[] {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yamlFiles(p, out);
    else if (/\.ya?ml$/.test(name)) out.push(p);
  }
  return out;
}

test('fast path equals the full path on every fixture and reference example', () => {
  const files = [...yamlFiles('fixtures'), ...yamlFiles('/work/shared/reference/examples')];
  assert.ok(files.length > 0);
  let fast = 0;
  for (const f of files) if (check(readFileSync(f, 'utf8'), f)) fast++;
  console.log(`# fixtures: ${files.length} files, fast path on ${fast}, fallback on ${files.length - fast}`);
});

test('fast path equals the full path on generated streams', () => {
  // Two families: everything (odd scalars, bad tags, tabs, CRLF, BOM, truncation...) and
  // clean block YAML with comments and blank lines everywhere, which the fast path mostly takes.
  const N = Number(process.env.CST_COMPOSE_CASES ?? 5000);
  for (const clean of [false, true]) {
    let fast = 0;
    for (let seed = 1; seed <= N; seed++) {
      const text = generator(seed, clean)();
      if (check(text, `seed ${seed}${clean ? ' (clean)' : ''}`)) fast++;
    }
    console.log(`# generated${clean ? ' clean' : ''}: ${N} streams, fast path on ${fast}, fallback on ${N - fast}`);
    assert.ok(fast > N / (clean ? 4 : 10), 'the fast path should take a good share of generated streams');
  }
});

const EDGE: Record<string, string> = {
  empty: '',
  'only comment': '# c\n',
  'only blank': '\n\n  \n',
  'bad indentation': 'a:\n  b: 1\n c: 2\n',
  'bad seq indentation': '- a\n  - b\n',
  'tab indentation': 'a:\n\tb: 1\n',
  'tab after colon': 'a:\t1\n',
  'unterminated double': 'a: "abc\n',
  'unterminated single': "a: 'abc\n",
  'unterminated flow seq': 'a: [1, 2\n',
  'unterminated flow map': 'a: {x: 1\n',
  'duplicate keys': 'a: 1\nb: 2\na: 3\n',
  'duplicate quoted/plain keys': 'a: 1\n"a": 2\n',
  'duplicate flow keys': 'a: {x: 1, x: 2}\n',
  'duplicate nested': 'a:\n  b: 1\n  b: 2\n',
  'alias bomb':
    'a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n' +
    Array.from({ length: 11 }, (_, i) => `a${i + 1}: &a${i + 1} [${Array(10).fill(`*a${i}`).join(', ')}]\n`).join(''),
  'alias bomb block':
    'a0: &a0\n' + '  - x\n'.repeat(10) +
    Array.from({ length: 11 }, (_, i) => `a${i + 1}: &a${i + 1}\n` + `  - *a${i}\n`.repeat(10)).join(''),
  'unknown alias': 'a: *nope\n',
  'self alias': 'a: &x\n  b: *x\n',
  BOM: '\ufeffa: 1\n',
  CRLF: 'a: 1\r\nb:\r\n  - x\r\n',
  'CR in value': 'a: "x\ry"\n',
  'merge of scalar': 'a: &x 1\nb:\n  <<: *x\n',
  'merge list': 'a: &x {p: 1}\nb: &y {q: 2}\nc:\n  <<: [*x, *y]\n  p: 3\n',
  'merge block': 'base: &b\n  x: 1\n  y: 2\nm:\n  <<: *b\n  y: 3\n',
  'bad int tag': 'a: !!int abc\n',
  'float tag on int': 'a: !!float 3\n',
  'null tag': 'a: !!null x\n',
  'unknown tag': 'a: !foo x\n',
  'tag on map': 'a: !!map\n  b: 1\n',
  directive: '%YAML 1.2\n---\na: 1\n',
  'doc end': 'a: 1\n...\n',
  'doc end alone': '...\n',
  'marker with value': '--- a\n',
  'block map on marker line': '--- a: 1\n',
  'three empty docs': '---\n---\n---\n',
  'docs with comments': '# h\n---\n# c\na: 1\n# t\n---\nb: 2\n',
  'empty doc with comment': '---\n# c\n---\na: 1\n',
  'empty doc with marker comment': '--- # c\n---\na: 1\n',
  'empty docs with spaces and blank lines': '---\n\n# c\n\n---\n---  \n\n',
  'empty last value before marker': 'a: 1\nb:\n# t1\n\n# t2\n---\nc: 1\n',
  'empty last value, comment, marker': 'a: # c\n\n---\n',
  'empty last seq item after comment': '- a\n# c\n  \n-\n',
  'trailing comment kept by nested map': 'a:\n  b: 1\n  # t\nc: 2\n',
  'trailing comment closing two maps': 'a:\n  b:\n    c: 1\n    # x\nd: 2\n',
  'absorbed indented comment': 'a:\n  b: 1\n      # x\nc: 2\n',
  'absorbed then trailing': 'a:\n  b: 1\n      # x\n\n  # y\n# z\nc: 2\n',
  'comment before nested seq item': 'a:\n  - 1\n  # c\n  -\n',
  'comments at end of nested': 'a:\n  b:\n    - x\n      # deep\n    # mid\n  # outer\n',
  'block scalar then comments': 'a:\n  b: |\n    x\n  # c\n\nd: 1\n',
  'explicit key': '? a\n: 1\n',
  'multi-line key': '"a\n b": 1\n',
  'long key': 'k'.repeat(1100) + ': 1\n',
  'nested compact map': 'a: b: c\n',
  'seq on key line': 'a: - b\n',
  'block scalar keep': 'a: |+\n  x\n\n\nb: 1\n',
  'block scalar indicator': 'a: |2\n    x\n  y\n',
  'block scalar empty': 'a: |\nb: 1\n',
  'block scalar less indented first line': 'a: |\n    x\n  y\n',
  'block scalar leading blank lines': 'a: |\n\n  x\n',
  'block scalar more-indented leading': 'a: |\n    \n  x\n',
  'block scalar at root': '|\n x\n',
  'folded with more-indented': 'a: >\n  a\n    b\n  c\n\n  d\n',
  'folded strip at end': 'a: >-\n  a\n  b',
  'comment without space': 'a: 1#c\nb: "x"#c\n',
  'comment in middle': 'a: 1\n# c\nb: 2\n',
  'indented comment after value': 'a: 1\n  # c\nb: 2\n',
  'comment after empty value': 'a: # c\nb: 1\n',
  'comment before nested': 'a: # c\n  b: 1\n',
  'anchor on empty': 'a: &x\nb: *x\n',
  'anchor redefined': 'a: &x 1\nb: &x 2\nc: *x\n',
  'anchor inner redefinition': 'a: &x\n  b: &x 1\n  c: *x\nd: *x\n',
  'alias as key': 'a: &k x\n*k : 1\n',
  'flow seq pair': 'a: [x: 1]\n',
  'flow trailing comma': 'a: [1, 2, ]\n',
  'flow empty item': 'a: [1, , 2]\n',
  'flow multi-line': 'a: [1,\n  2]\n',
  'flow at root': '[1, 2]\n',
  'scalar at root': 'hello\n',
  'multi-line plain': 'a: b\n  c\n',
  'multi-line plain in seq': '- a\n  b\n',
  'plain with colon': 'a: http://x:80/y\n',
  'reserved indicator': 'a: @x\n',
  'seq after map at same indent': 'a: 1\n- b\n',
  'map then less-indented seq': 'a:\n  b: 1\n- c\n',
  'key with trailing space': 'a : 1\n',
  'NUL char': 'a: "\u0000"\n',
  'NEL char': 'a: x\u0085y\n',
  'non-BMP': 'a: 😀\n"😀": 1\n',
  'no final newline': 'a:\n  b: [1, 2]',
  'no final newline empty value': 'a:\n  b:',
  'deep nesting': Array.from({ length: 60 }, (_, i) => ' '.repeat(i * 2) + 'k:').join('\n') + ' v\n',
};

test('fast path equals the full path on invalid and edge inputs', () => {
  let fast = 0;
  for (const [name, text] of Object.entries(EDGE)) if (check(text, name)) fast++;
  console.log(`# edge cases: ${Object.keys(EDGE).length}, fast path on ${fast}`);
});

test('duplicate keys are reported as before, at the duplicate key', () => {
  const [d] = parseYamlStream('a: 1\nb: 2\na: 3\n');
  assert.equal(d.root, null);
  assert.deepEqual(d.errors, [{ message: 'Map keys must be unique', start: 10, end: 11 }]);
});

test('the fast path shares aliased nodes and applies merge keys', () => {
  const docs = fastParseYamlStream('base: &b\n  x: 1\n  y: 2\nm:\n  <<: *b\n  y: 3\nr: *b\n');
  assert.ok(docs);
  const root = docs[0].root;
  assert.ok(root && root.kind === 'map');
  const base = root.index.get('base')?.value;
  assert.equal(root.index.get('r')?.value, base);
  const m = root.index.get('m')?.value;
  assert.ok(m && m.kind === 'map');
  assert.deepEqual([...m.index.keys()], ['y', 'x']);
});

test('the benchmark corpus shape takes the fast path', async () => {
  const { definition } = (await import('../../bench/corpus.mjs' as string)) as { definition: (i: number, r: () => number) => string };
  let s = 7;
  const r = () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
  for (let i = 0; i < 40; i++) {
    const text = definition(i, r);
    assert.ok(check(text, `corpus ${i}`), `corpus definition ${i} fell back`);
  }
});
