import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fastParseYamlStream } from '../../src/load/cst-compose.ts';
import { parseYamlStream, parseYamlStreamFull } from '../../src/load/parse-stream.ts';
import type { ParsedDocument } from '../../src/load/parse-stream.ts';
import type { YNode, YPair } from '../../src/load/ynode.ts';
import { prng as rng } from '../support/prng.ts';

// A deep comparison of YNode trees that follows shared (aliased) nodes, and a seeded
// generator of YAML streams.

function sameScalarValue(a: unknown, b: unknown): boolean {
  return Object.is(a, b);
}

/** Describes the first difference between two parse results, or returns '' when they are equal. */
export function diffDocs(fast: ParsedDocument[], full: ParsedDocument[]): string {
  if (fast.length !== full.length) return `document count ${fast.length} vs ${full.length}`;
  // One correspondence for the whole stream: a node of one tree is one node of the other.
  const seen = new Map<object, object>();
  const seenBack = new Map<object, object>();
  function link(a: object, b: object, path: string): string | null {
    const x = seen.get(a);
    const y = seenBack.get(b);
    if (x !== undefined || y !== undefined) return x === b && y === a ? '' : `${path}: sharing differs`;
    seen.set(a, b);
    seenBack.set(b, a);
    return null;
  }
  function node(a: YNode | null, b: YNode | null, path: string): string {
    if (a === null || b === null) return a === b ? '' : `${path}: ${a === null ? 'null' : a.kind} vs ${b === null ? 'null' : b.kind}`;
    const l = link(a, b, path);
    if (l !== null) return l;
    if (a.kind !== b.kind) return `${path}: kind ${a.kind} vs ${b.kind}`;
    if (a.start !== b.start || a.end !== b.end) return `${path}: span [${a.start},${a.end}] vs [${b.start},${b.end}]`;
    const ka = Object.keys(a).sort().join();
    const kb = Object.keys(b).sort().join();
    if (ka !== kb) return `${path}: fields ${ka} vs ${kb}`;
    if (a.kind === 'scalar' && b.kind === 'scalar') {
      if (!sameScalarValue(a.value, b.value)) return `${path}: value ${String(a.value)} vs ${String(b.value)}`;
      if (typeof a.value !== typeof b.value) return `${path}: value type`;
      if (a.style !== b.style) return `${path}: style ${a.style} vs ${b.style}`;
      if (a.tag !== b.tag) return `${path}: tag ${a.tag} vs ${b.tag}`;
      if (a.text !== b.text) return `${path}: text ${a.text} vs ${b.text}`;
      return '';
    }
    if (a.kind === 'seq' && b.kind === 'seq') {
      if (a.items.length !== b.items.length) return `${path}: ${a.items.length} items vs ${b.items.length}`;
      for (let i = 0; i < a.items.length; i++) {
        const d = node(a.items[i], b.items[i], `${path}[${i}]`);
        if (d) return d;
      }
      return '';
    }
    if (a.kind === 'map' && b.kind === 'map') {
      if (a.pairs.length !== b.pairs.length) return `${path}: ${a.pairs.length} pairs vs ${b.pairs.length}`;
      for (let i = 0; i < a.pairs.length; i++) {
        const d = pair(a.pairs[i], b.pairs[i], `${path}.pairs[${i}]`);
        if (d) return d;
      }
      const ia = [...a.index];
      const ib = [...b.index];
      if (ia.length !== ib.length) return `${path}: index size ${ia.length} vs ${ib.length}`;
      for (let i = 0; i < ia.length; i++) {
        if (ia[i][0] !== ib[i][0]) return `${path}: index key ${ia[i][0]} vs ${ib[i][0]}`;
        if (seen.get(ia[i][1]) !== ib[i][1]) return `${path}: index entry ${ia[i][0]} points elsewhere`;
      }
      return '';
    }
    return `${path}: unreachable`;
  }
  function pair(a: YPair, b: YPair, path: string): string {
    const l = link(a, b, path);
    if (l !== null) return l;
    if (Object.keys(a).sort().join() !== Object.keys(b).sort().join()) return `${path}: pair fields`;
    return node(a.key, b.key, path + '.key') || node(a.value, b.value, path + '.value');
  }
  for (let i = 0; i < fast.length; i++) {
    const a = fast[i];
    const b = full[i];
    const p = `doc ${i}`;
    if (a.index !== b.index || a.start !== b.start || a.end !== b.end) {
      return `${p}: index/span ${a.index} [${a.start},${a.end}] vs ${b.index} [${b.start},${b.end}]`;
    }
    if (JSON.stringify(a.errors) !== JSON.stringify(b.errors)) return `${p}: errors ${JSON.stringify(a.errors)} vs ${JSON.stringify(b.errors)}`;
    if (Object.keys(a).sort().join() !== Object.keys(b).sort().join()) return `${p}: fields`;
    const d = node(a.root, b.root, `${p} root`);
    if (d) return d;
  }
  return '';
}

export { rng };

/** Seeded generator of YAML streams, mostly valid, in every style the fast path meets. */
export function generator(seed: number, clean = false) {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const chance = (p: number) => r() < p;
  const anchors: string[] = [];
  let anchorN = 0;

  const PLAIN = [
    'a', 'b', 'name', 'value', 'x y z', 'hello world', '1', '0', '-1', '+3', '0755', '0x1F', '0o17', '1_000', '1.5', '-2.5e3', '.inf',
    '-.inf', '.nan', 'true', 'false', 'True', 'yes', 'no', 'on', 'null', 'Null', '~', '2001-12-14', '2001-12-14 21:59:43.10',
    '2001-12-14t21:59:43.10-05:00', 'http://example.com/x?y=1#frag', 'a#b', 'a:b', 'x-y_z', '>= 0.1.0, < 0.1.12', 'ü ö ä', '日本',
    '1e400', '9223372036854775808', '-9223372036854775809', '18446744073709551615', '0b101', '.5', '1.', '<<', 'a,b', 'a[b]', 'a{b}',
    'v1.2.3', '@x', '`x', '%x', '!x', '&x', '*x', '|x', '>x', "'x", '"x', '- x', '-x', '? x', '?x', ': x', ':x', 'x:', 'a :b', 'a: b',
    'a #b', '#c', '.', '..', '...', '---', '-', '0.1.0', '1:20', '12:30:00', '- ', '=', 'x\\y',
  ] as const;
  const KEYS = ['a', 'b', 'c', 'kind', 'metadata', 'name', 'spec', 'values', 'key with space', '1', 'true', 'null', '~', 'x.y', 'x/y', '<<', 'a-b', 'A_B', '0x10', '"q"', "'s'", '"a\\tb"', '"é"', "'it''s'"] as const;
  const DQ = ['""', '"x"', '"a b"', '"0755"', '"true"', '"a\\nb"', '"\\t\\u00e9\\x41\\U0001F600"', '"\\\\"', '"\\""', '"a # b"', '"a: b"', '"\\q"', '"a  "', '"x\\\n  y"', '"multi\n  line"', '"unterminated'] as const;
  const SQ = ["''", "'x'", "'it''s'", "'a # b'", "'a: b'", "'\\n'", "'multi\n  line'", "'unterminated"] as const;

  function scalarText(indent: number): string {
    const k = r();
    if (clean) {
      if (k < 0.6) return pick(PLAIN.slice(0, 45));
      if (k < 0.75) return pick(DQ.slice(0, 13));
      if (k < 0.85) return pick(SQ.slice(0, 5));
      return pick(['!!str ', '!!int ', '!!float ', '!!bool ', '!!null ', '! ']) + pick(PLAIN.slice(0, 30));
    }
    if (k < 0.5) return pick(PLAIN);
    if (k < 0.65) return pick(DQ).replace(/\n/g, '\n' + ' '.repeat(indent + 1));
    if (k < 0.75) return pick(SQ).replace(/\n/g, '\n' + ' '.repeat(indent + 1));
    if (k < 0.8) return pick(PLAIN) + '\n' + ' '.repeat(indent + 1 + (chance(0.2) ? 1 : 0)) + pick(PLAIN); // multi-line plain
    if (k < 0.85) return pick(['!!str ', '!!int ', '!!float ', '!!bool ', '!!null ', '! ', '!foo ', '!!binary ', '!<tag:yaml.org,2002:str> ']) + pick(PLAIN.slice(0, 30));
    return pick(PLAIN.slice(0, 30));
  }

  function blockScalar(indent: number): string {
    const ind = !clean && chance(0.15) ? String(1 + Math.floor(r() * 3)) : '';
    const chomp = pick(clean ? ['', '', '-'] : ['', '', '-', '+']);
    const head = pick(['|', '>']) + (chance(0.5) ? ind + chomp : chomp + ind) + (!clean && chance(0.1) ? ' # c' : '') + (!clean && chance(0.03) ? ' x' : '');
    const body = indent + (ind ? Number(ind) : 2);
    const lines: string[] = [];
    const n = Math.floor(r() * 4);
    if (!clean && chance(0.1)) lines.push('');
    for (let i = 0; i < n; i++) {
      const extra = chance(0.15) ? 2 : 0;
      lines.push(chance(0.15) ? (chance(0.3) ? ' '.repeat(body + extra) : '') : ' '.repeat(body + extra) + pick(PLAIN.slice(0, 40)));
    }
    if (chance(0.2)) lines.push('');
    if (!clean && chance(0.05)) lines.push(' '.repeat(body));
    if (clean && n === 0) lines.push(' '.repeat(body) + 'text');
    return head + (lines.length ? '\n' + lines.join('\n') : '');
  }

  function flow(depth: number): string {
    const map = chance(0.4);
    const n = Math.floor(r() * 4);
    const items: string[] = [];
    for (let i = 0; i < n; i++) {
      let v = depth < 2 && chance(0.15) ? flow(depth + 1) : pick(PLAIN.slice(0, 45));
      if (chance(0.1)) v = pick(DQ.slice(0, 8));
      if (clean && /^[-?:,[\]{}#&*!|>'"%@`]|: | #|:$/.test(v)) v = 'x';
      if (chance(0.05)) v = '*' + (anchors.length ? pick(anchors) : 'zz');
      items.push(map ? (chance(0.85) ? `${pick(KEYS.slice(0, 10))}: ${v}` : pick(KEYS.slice(0, 10))) : !clean && chance(0.05) ? `k: ${v}` : v);
    }
    const sep = !clean && chance(0.1) ? ',\n  ' : pick([', ', ',', ' , ']);
    const inner = items.join(sep) + (!clean && chance(0.05) ? ',' : '');
    return map ? (chance(0.2) ? `{ ${inner} }` : `{${inner}}`) : chance(0.2) ? `[ ${inner} ]` : `[${inner}]`;
  }

  function comment(): string {
    return chance(clean ? 0.15 : 0.08) ? pick([' # trailing', ' #', '  # two spaces', '#tight']) : '';
  }

  function props(): string {
    let out = '';
    if (chance(0.08)) {
      const a = `a${anchorN++ % 6}`;
      anchors.push(a);
      out += `&${a} `;
    }
    return out;
  }

  function value(indent: number, depth: number, inSeq: boolean): string {
    // Returns text that follows `key:` / `-` (starting with a space or a newline).
    const k = r();
    const sub = indent + pick([2, 2, 2, 4, 1, 3]);
    if (depth < 4 && k < 0.22) return (chance(0.9) ? ' ' : ' ') + props().trimEnd() + comment() + '\n' + block(sub, depth + 1, 'map').replace(/\n$/, '');
    if (depth < 4 && k < 0.34) {
      const si = !inSeq && chance(0.4) ? indent : sub;
      return ' ' + props().trimEnd() + comment() + '\n' + block(si, depth + 1, 'seq').replace(/\n$/, '');
    }
    if (k < 0.4) return ' ' + props() + blockScalar(indent);
    if (k < 0.48) return ' ' + props() + flow(0) + comment();
    if (k < 0.53 && anchors.length) return ' *' + pick(anchors) + comment();
    if (k < 0.58) return pick(['', ' ', '  ']) + comment();
    return ' ' + props() + scalarText(indent) + comment();
  }

  function blankOrComment(indent: number): string {
    if (!chance(clean ? 0.3 : 0.12)) return '';
    const c = pick(['\n', '  \n', '# full line\n', ' '.repeat(indent) + '# indented\n', ' '.repeat(indent + 2) + '# deeper\n', '\n\n', ' '.repeat(Math.max(0, indent - 1)) + '# less\n', '   # three\n']);
    return chance(0.3) ? c + blankOrComment(indent) : c;
  }

  function block(indent: number, depth: number, kind: 'map' | 'seq'): string {
    const pad = ' '.repeat(indent);
    const n = 1 + Math.floor(r() * 4);
    let out = '';
    for (let i = 0; i < n; i++) {
      out += blankOrComment(indent);
      if (kind === 'map') {
        let key: string = pick(KEYS);
        if (key === '<<') {
          const src = anchors.length ? (chance(0.5) ? `*${pick(anchors)}` : `[*${pick(anchors)}, *${pick(anchors)}]`) : '{m: 1}';
          out += `${pad}<<: ${src}\n`;
          continue;
        }
        if (!clean && chance(0.03)) key = '? ' + key;
        if (clean && chance(0.3)) key = pick(KEYS.slice(0, 8)) + i;
        out += `${pad}${key}:${value(indent, depth, false)}\n`;
      } else {
        if (depth < 4 && chance(0.2)) {
          // compact map or seq in a seq item
          const inner = block(indent + 2, depth + 1, chance(0.8) ? 'map' : 'seq');
          out += `${pad}- ${inner.slice(indent + 2)}`;
          if (!out.endsWith('\n')) out += '\n';
          continue;
        }
        out += `${pad}-${value(indent, depth, true)}\n`;
      }
    }
    return out;
  }

  function document(): string {
    const kind = chance(0.75) ? 'map' : 'seq';
    let body = !clean && chance(0.03) ? pick(PLAIN) + '\n' : !clean && chance(0.03) ? flow(0) + '\n' : block(0, 0, kind);
    if (chance(0.04)) body = '';
    return body;
  }

  function mutate(text: string): string {
    if (!text.length) return text;
    const i = Math.floor(r() * text.length);
    switch (Math.floor(r() * 7)) {
      case 0:
        return text.slice(0, i) + text.slice(i + 1);
      case 1:
        return text.slice(0, i) + '\t' + text.slice(i);
      case 2:
        return text.slice(0, i) + ' ' + text.slice(i);
      case 3:
        return text.replace(/\n/g, '\r\n');
      case 4:
        return '\ufeff' + text;
      case 5:
        return text.slice(0, i) + pick([':', '-', '#', '"', "'", '[', '{', '&', '*', '!', '|', '%']) + text.slice(i);
      default:
        return text.slice(0, i);
    }
  }

  /** One stream: one to three documents, with markers, comments and blank lines around. */
  return function stream(): string {
    anchors.length = 0;
    const docs = 1 + (chance(0.25) ? Math.floor(r() * 3) : 0);
    let out = chance(0.15) ? pick(['# header\n', '# header\n\n', '\n', '# a\n# b\n']) : '';
    for (let d = 0; d < docs; d++) {
      anchors.length = 0;
      const marker = d > 0 || chance(0.15);
      if (marker) out += pick(['---\n', '---\n', '--- # c\n', '---  \n']);
      if (marker && chance(0.1)) out += '# after marker\n';
      out += document();
      if (chance(clean ? 0.3 : 0.1)) out += pick(['# tail\n', '\n', clean ? '\n\n' : '...\n', '# t1\n\n# t2\n', '  # indented tail\n', '      # deep tail\n']);
    }
    if (chance(0.1)) out = out.replace(/\n$/, '');
    if (!clean && chance(0.08)) out = mutate(out);
    return out;
  };
}

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
  const files = [...yamlFiles('fixtures'), ...yamlFiles('../shared/reference/examples')];
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

/** Line-level edits of a realistic file: comment and blank lines anywhere, trailing comments, indentation changes, markers. */
function mutateLines(text: string, r: () => number): string {
  const lines = text.split('\n');
  const edits = 1 + Math.floor(r() * 4);
  for (let e = 0; e < edits; e++) {
    const i = Math.floor(r() * (lines.length + 1));
    const ind = ' '.repeat(Math.floor(r() * 9));
    switch (Math.floor(r() * 11)) {
      case 10: {
        // Wrap a value onto continuation lines (a multi-line plain scalar when unquoted).
        const m = i < lines.length ? /^( *)(- )?([^:#]+: )?(\S.* \S.*)$/.exec(lines[i]) : null;
        if (m) {
          const words = m[4].split(' ');
          const cut = 1 + Math.floor(r() * (words.length - 1));
          const pad = ' '.repeat(m[1].length + (m[2] ? 2 : 0) + 1 + Math.floor(r() * 3));
          lines.splice(i, 1, m[1] + (m[2] ?? '') + (m[3] ?? '') + words.slice(0, cut).join(' '), (r() < 0.2 ? '' : pad) + words.slice(cut).join(' '));
        }
        break;
      }
      case 0:
      case 1:
        lines.splice(i, 0, ind + '# inserted comment');
        break;
      case 2:
        lines.splice(i, 0, r() < 0.5 ? '' : ind);
        break;
      case 3:
        if (i < lines.length && lines[i].trim()) lines[i] += r() < 0.8 ? '  # trailing' : '#tight';
        break;
      case 4:
        lines.splice(i, 1);
        break;
      case 5:
        if (i < lines.length) lines[i] = (r() < 0.5 ? ' ' : '') + (r() < 0.5 ? lines[i].replace(/^ /, '') : lines[i]);
        break;
      case 6:
        lines.splice(i, 0, r() < 0.7 ? '---' : '--- # marker');
        break;
      case 7:
        if (i < lines.length) lines[i] += '   ';
        break;
      case 8:
        if (i < lines.length) lines.splice(i, 0, lines[i]);
        break;
      default:
        lines.splice(i, 0, ind + '# a', ind + '', ind.slice(2) + '# b');
    }
  }
  let out = lines.join('\n');
  if (r() < 0.1) out = out.replace(/\n+$/, '');
  return out;
}

test('fast path equals the full path on edited fixtures', () => {
  const files = [...yamlFiles('fixtures'), ...yamlFiles('../shared/reference/examples')];
  const per = Number(process.env.CST_COMPOSE_EDITS ?? 40);
  const r = rng(20261123);
  let fast = 0;
  let total = 0;
  for (const f of files) {
    const text = readFileSync(f, 'utf8');
    for (let k = 0; k < per; k++) {
      total++;
      if (check(mutateLines(text, r), `${f} edit ${k}`)) fast++;
    }
  }
  console.log(`# edited fixtures: ${total} streams, fast path on ${fast}, fallback on ${total - fast}`);
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
  'indented root map': '  a: 1\n  b:\n    c: |\n     x\n  # t\n',
  'indented root after marker': 'a: 1\n---\n   - x\n   -\n   # c\n---\n  k: v\n k2: v\n',
  'indented root, less indented comment': '# h\n    a: 1\n  # c\n    b: 2\n',
  'multi-line plain': 'a: b\n  c\n',
  'multi-line plain in seq': '- a\n  b\n',
  'multi-line plain with blank lines and comment': 'a: b\n  c\n\n   d  # c\ne: x\n    y\n  z\n',
  'multi-line plain then key-like line': 'a: x\n y: z\n',
  'multi-line plain then dash line': 'a: x\n  - y\n',
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
