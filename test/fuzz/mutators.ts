import fc from 'fast-check';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Structure-aware inputs for the fuzzer: fixtures from fixtures/ with up to three mutations
 * each, as fast-check arbitraries (so runs are seeded, reproducible and shrink to a minimal
 * case). Mutations work on bytes, so invalid UTF-8, NUL and a BOM reach the tool as a file
 * would bring them.
 */
export const root = join(import.meta.dirname, '..', '..');

export interface Seed {
  name: string;
  bytes: Buffer;
}

/** The fixtures the fuzzer starts from: every YAML file under fixtures/ smaller than 64 KiB. */
export function loadSeeds(): Seed[] {
  const out: Seed[] = [];
  const walk = (dir: string): void => {
    for (const n of readdirSync(dir).sort()) {
      const p = join(dir, n);
      const s = statSync(p);
      if (s.isDirectory()) walk(p);
      else if (/\.ya?ml$/.test(n) && s.size < 64 * 1024) out.push({ name: relative(root, p), bytes: readFileSync(p) });
    }
  };
  walk(join(root, 'fixtures'));
  return out;
}

/** A mutation: its class (for the report) and what it does to the bytes. */
export interface Mutation {
  kind: string;
  apply(b: Buffer): Buffer;
}

const lines = (b: Buffer): string[] => b.toString('latin1').split('\n');
const join1 = (ls: string[]): Buffer => Buffer.from(ls.join('\n'), 'latin1');
const at = (b: Buffer, f: number): number => Math.floor(f * (b.length + 1));
const insert = (b: Buffer, f: number, x: Buffer): Buffer => Buffer.concat([b.subarray(0, at(b, f)), x, b.subarray(at(b, f))]);
const utf8 = (s: string): Buffer => Buffer.from(s, 'utf8');
/** Appends `text` as more keys of the first document's root map (or at the end). */
const appendToFirstDoc = (b: Buffer, text: string): Buffer => {
  const s = b.toString('latin1');
  const m = /\n---[ \t]*(\r?\n|$)/.exec(s);
  const cut = m ? m.index + 1 : s.length;
  const head = s.slice(0, cut);
  return Buffer.concat([Buffer.from(head.endsWith('\n') || head === '' ? head : head + '\n', 'latin1'), utf8(text), Buffer.from(s.slice(cut), 'latin1')]);
};
/** Replaces the first template action (or the first plain value) with `tmpl`, in double quotes. */
const withTemplate = (b: Buffer, tmpl: string): Buffer => {
  const s = b.toString('utf8');
  const quoted = JSON.stringify(tmpl);
  const i = s.indexOf('{{');
  if (i !== -1) {
    const j = s.indexOf('}}', i);
    const lineEnd = s.indexOf('\n', i);
    if (j !== -1 && (lineEnd === -1 || j < lineEnd)) {
      // Inside a quoted scalar the action is replaced by the hostile one, escaped for it.
      const q = s.lastIndexOf('"', i) > s.lastIndexOf('\n', i) ? quoted.slice(1, -1) : quoted;
      return utf8(s.slice(0, i) + q + s.slice(j + 2));
    }
  }
  return appendToFirstDoc(b, `fuzzTemplate: ${quoted}\n`);
};

const frac = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });
const lineIndex = fc.nat({ max: 10_000 });

/** Hostile Go templates (text/template, as the operator runs them). */
export const hostileTemplates: readonly string[] = [
  '{{ define `a` }}{{ template `a` . }}{{ end }}{{ template `a` . }}',
  '{{ printf `%999999999d` 1 }}',
  '{{ printf `%.999999999f` 1.5 }}',
  '{{ printf `%*d` 2000000000 1 }}',
  '{{ range 1000000000000 }}x{{ end }}',
  '{{ range $i := 100000000 }}{{ end }}',
  '{{ 1' + ' | print'.repeat(3000) + ' }}',
  '{{ if 1 }}'.repeat(3000) + 'x' + '{{ end }}'.repeat(3000),
  '{{ ' + '('.repeat(5000) + '1' + ')'.repeat(5000) + ' }}',
  '{{ define `b` }}{{ template `b` (print . .) }}{{ end }}{{ template `b` `x` }}',
  '{{ $x := `a` }}{{ range 60 }}{{ $x = print $x $x }}{{ end }}{{ len $x }}',
  '{{ index . 99999999999999999999 }}',
  '{{ slice `abc` 2 1 }}',
  '{{ .config.nope.deeper.still }}',
  '{{ template `missing` }}',
  '{{ /* unclosed',
  '{{ end }}',
];

const mutations: fc.Arbitrary<Mutation>[] = [
  fc.tuple(frac, fc.integer({ min: 0, max: 7 })).map(([f, bit]): Mutation => ({
    kind: 'byte flip',
    apply: (b) => {
      if (!b.length) return b;
      const c = Buffer.from(b);
      const i = Math.min(c.length - 1, Math.floor(f * c.length));
      c[i] ^= 1 << bit;
      return c;
    },
  })),
  frac.map((f): Mutation => ({ kind: 'truncation', apply: (b) => b.subarray(0, at(b, f)) })),
  lineIndex.map((i): Mutation => ({ kind: 'duplicated line', apply: (b) => { const l = lines(b); const k = i % l.length; l.splice(k, 0, l[k]); return join1(l); } })),
  lineIndex.map((i): Mutation => ({ kind: 'removed line', apply: (b) => { const l = lines(b); l.splice(i % l.length, 1); return join1(l); } })),
  fc.tuple(lineIndex, fc.integer({ min: -4, max: 4 })).map(([i, d]): Mutation => ({
    kind: 're-indented line',
    apply: (b) => {
      const l = lines(b);
      const k = i % l.length;
      l[k] = d >= 0 ? ' '.repeat(d) + l[k] : l[k].replace(new RegExp(`^ {0,${-d}}`), '');
      return join1(l);
    },
  })),
  frac.map((f): Mutation => ({ kind: 'NUL', apply: (b) => insert(b, f, Buffer.from([0])) })),
  frac.map((f): Mutation => ({ kind: 'lone surrogate', apply: (b) => insert(b, f, Buffer.from([0xed, 0xa0, 0x80])) })),
  fc.tuple(frac, fc.constantFrom([0xc3, 0x28], [0xff], [0xe2, 0x82], [0xf0, 0x90, 0x80], [0x80])).map(([f, bytes]): Mutation => ({ kind: 'invalid UTF-8', apply: (b) => insert(b, f, Buffer.from(bytes)) })),
  fc.constant<Mutation>({ kind: 'BOM', apply: (b) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), b]) }),
  fc.constant<Mutation>({ kind: 'CRLF', apply: (b) => Buffer.from(b.toString('latin1').replace(/\n/g, '\r\n'), 'latin1') }),
  lineIndex.map((i): Mutation => ({ kind: 'tab', apply: (b) => { const l = lines(b); const k = i % l.length; l[k] = l[k].replace(/^ {1,2}/, '\t'); return join1(l); } })),
  fc.constantFrom(10_000, 200_000).map((n): Mutation => ({ kind: 'very long line', apply: (b) => appendToFirstDoc(b, `longLine: ${'x'.repeat(n)}\n`) })),
  fc.constantFrom(1_000, 1_025, 70_000).map((n): Mutation => ({ kind: 'very long key', apply: (b) => appendToFirstDoc(b, `${'k'.repeat(n)}: v\n`) })),
  fc.constant<Mutation>({ kind: '100k-item list', apply: (b) => appendToFirstDoc(b, 'bigList:\n' + '- 1\n'.repeat(100_000)) }),
  fc.constantFrom(50, 600, 3_000).map((n): Mutation => ({
    kind: 'deep block nesting',
    apply: (b) => appendToFirstDoc(b, 'deepBlock:\n' + Array.from({ length: n }, (_, i) => ' '.repeat(i + 1) + 'k:\n').join('') + ' '.repeat(n + 1) + 'v\n'),
  })),
  fc.constantFrom(50, 600, 3_000, 10_000, 10_001).map((n): Mutation => ({
    kind: 'deep flow nesting',
    apply: (b) => appendToFirstDoc(b, `deepFlow: ${'['.repeat(n)}1${']'.repeat(n)}\n`),
  })),
  fc.constantFrom(2_000, 10_001).map((n): Mutation => ({ kind: 'deep compact nesting', apply: (b) => appendToFirstDoc(b, `deepCompact:\n${'- '.repeat(n)}x\n`) })),
  fc.constant<Mutation>({
    kind: 'alias bomb',
    apply: (b) =>
      appendToFirstDoc(b, 'a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n' + Array.from({ length: 8 }, (_, i) => `a${i + 1}: &a${i + 1} [${Array(10).fill(`*a${i}`).join(', ')}]\n`).join('')),
  }),
  fc.constant<Mutation>({ kind: 'anchors and aliases', apply: (b) => appendToFirstDoc(b, 'anchored: &x {a: 1}\nreused: *x\nunknown: *nope\n') }),
  fc.constant<Mutation>({ kind: 'merge keys', apply: (b) => appendToFirstDoc(b, 'base: &b {a: 1, b: 2}\nmerged:\n  <<: [*b, {c: 3}]\n  <<: *b\nbadMerge:\n  <<: 5\n') }),
  fc.constantFrom('!custom x', '!!binary aGVsbG8=', '!!binary "not base64!"', '!!int abc', '!!float 1.5', '!<tag:yaml.org,2002:str> 5', '!!timestamp 2001-12-14', '!!map {a: 1}', '!!seq [1]', '!!python/object x').map(
    (t): Mutation => ({ kind: 'tags', apply: (b) => appendToFirstDoc(b, `tagged: ${t}\n`) }),
  ),
  fc.tuple(frac, fc.constantFrom('---\n', '...\n', '--- |\n  text\n', '...\n---\n', '--- # c\n', '---\n...\n', '%YAML 1.2\n---\n', '--- !!str\n', '----\n', '... x\n')).map(
    ([f, marker]): Mutation => ({
      kind: 'document markers',
      apply: (b) => {
        const l = lines(b);
        const k = Math.floor(f * (l.length + 1));
        return join1([...l.slice(0, k), marker.replace(/\n$/, ''), ...l.slice(k)]);
      },
    }),
  ),
  fc.constantFrom(...hostileTemplates).map((t): Mutation => ({ kind: 'hostile template', apply: (b) => withTemplate(b, t) })),
];

export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(...mutations);

export interface FuzzInput {
  seed: string;
  mutations: string[];
  bytes: Buffer;
}

/** A fixture and up to three mutations applied in order. */
export function inputArb(seeds: readonly Seed[]): fc.Arbitrary<FuzzInput> {
  return fc.tuple(fc.constantFrom(...seeds), fc.array(mutationArb, { minLength: 1, maxLength: 3 })).map(([seed, ms]) => ({
    seed: seed.name,
    mutations: ms.map((m) => m.kind),
    bytes: ms.reduce((b, m) => m.apply(b), seed.bytes),
  }));
}
