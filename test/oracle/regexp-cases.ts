/**
 * Seeded generators of regexp questions for the Go oracle: patterns built from RE2 syntax
 * and from syntax other engines accept but RE2 does not (lookarounds, backreferences,
 * possessive and atomic forms, \Z, conditionals, ...), each with subject strings.
 *
 * Go 1.19 (the oracle) and Go 1.24 (the operator) differ in two ways that matter here, so
 * the live comparison leaves these out (see goVersionSensitive) and
 * test/regex/re2.test.ts covers them by hand:
 * - Go 1.22 accepts `(?<name>expr)` named groups; 1.19 rejects every `(?<`, which also
 *   changes the error text for lookbehinds `(?<=` `(?<!`.
 * - Go 1.21 moved from Unicode 13 to 15: characters and script names added since are
 *   avoided by the generators (only long-assigned characters and scripts are used).
 */
import { prng, type Rand } from './semver-cases.ts';

export { prng };
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
const chance = (r: Rand, p: number) => r() < p;

const LITERALS = ['a', 'b', 'c', 'x', 'A', '0', '1', ' ', '-', '_', 'é', 'Σ', 'σ', '日', '😀', 'k', 's', 'ß', '\\.', '\\*', '\\\\', '\\(', '\\[', '\\$', '\\^', '\\|', '\\-', '\\}'];
const ESCAPES = ['\\d', '\\D', '\\w', '\\W', '\\s', '\\S', '\\b', '\\B', '\\A', '\\z', '\\pL', '\\pN', '\\PL', '\\p{Lu}', '\\p{Ll}', '\\p{Greek}', '\\p{Latin}', '\\p{Han}', '\\p{^Greek}', '\\P{Nd}', '\\p{Cyrillic}', '\\p{Zs}', '\\p{Any}', '\\x41', '\\x{3A3}', '\\x{1F600}', '\\101', '\\0', '\\07', '\\t', '\\n', '\\r', '\\f', '\\v', '\\a', '\\Q.*\\E', '\\Qa\\E', '\\C'];
const CLASSES = ['[abc]', '[^abc]', '[a-z]', '[A-Za-z0-9_]', '[^\\n]', '[[:alpha:]]', '[[:^digit:]]', '[[:space:][:punct:]]', '[\\d\\s]', '[^\\w]', '[σΣ]', '[a-]', '[-a]', '[]a]', '[^]a]', '[\\]]', '[\\p{Greek}x]', '[\\x00-\\x{10FFFF}]', '[.]', '[😀-😂]', '[é]'];
const NON_RE2 = [
  '(?=a)', '(?!a)', '(?<=a)', '(?<!a)', '\\1', '\\2', '\\k<n>', '\\g1', 'a*+', 'a++', 'a?+', '(?>ab)', '\\Z', '\\G', '\\h', '\\R', '\\X', '\\K',
  '(?(1)a|b)', '(?#comment)', '\\e', '\\cA', '\\u0041', '[[:word:]]', '[[:foo:]]', '[a-\\d]', '[z-a]', 'x{1001}', 'x{2,1}', 'x{,5}', 'a{2}{3}', 'a**',
  '[]', '[^]', '\\p{Foo}', '\\pX', '\\p{IsGreek}', '(?P=n)', "(?'n'a)", '(?P<>a)', '(?P<a-b>a)', '(?P<n>a)(?P<n>b)', '(?i-)', '(?z)', '(?i', '(', ')', '(?:',
  'a|*', '+a', '?', '{1}', '\\8', '\\9', '\\_', '\\y', '\\N{U+0041}', '(?^)', '(?P<n', '\\x{110000}', '\\x{zz}', '\\xg', '[[:alpha:]-z]', '\\Q', 'x{1000}', 'x{0}',
  '(?<n>a)', '(?<n>', '(?<=ab|c)', '(?<>a)',
];
const FLAGS = ['(?i)', '(?s)', '(?m)', '(?U)', '(?is)', '(?-s)', '(?i-s)', '(?sm)'];
const REPS = ['*', '+', '?', '{2}', '{1,}', '{0,2}', '{1,3}', '*?', '+?', '??', '{2,}?', '{0}'];

function atom(r: Rand, depth: number): string {
  const x = r();
  if (x < 0.35) return pick(r, LITERALS);
  if (x < 0.5) return pick(r, ESCAPES);
  if (x < 0.6) return pick(r, CLASSES);
  if (x < 0.66) return pick(r, ['.', '^', '$']);
  if (x < 0.74 && depth < 3) {
    const inner = alternation(r, depth + 1);
    return pick(r, ['(', '(?:', '(?i:', '(?s:', '(?P<g>', '(?P<name_1>', '(?-i:', '(?U:']) + inner + ')';
  }
  if (x < 0.8) return pick(r, FLAGS);
  return pick(r, LITERALS) + pick(r, LITERALS);
}

function piece(r: Rand, depth: number): string {
  let s = atom(r, depth);
  if (chance(r, 0.3)) s += pick(r, REPS);
  return s;
}

function concat(r: Rand, depth: number): string {
  const n = 1 + Math.floor(r() * (depth ? 3 : 5));
  return Array.from({ length: n }, () => piece(r, depth)).join('');
}

function alternation(r: Rand, depth: number): string {
  const n = chance(r, 0.25) ? 2 + Math.floor(r() * 2) : 1;
  return Array.from({ length: n }, () => concat(r, depth)).join('|');
}

/** An RE2-shaped pattern (which may still be invalid, e.g. `^*` or `\C`), or one with non-RE2 syntax. */
export function pattern(r: Rand): string {
  let p = alternation(r, 0);
  if (chance(r, 0.3)) {
    let i = Math.floor(r() * (p.length + 1));
    if (i > 0 && /[\ud800-\udbff]/.test(p[i - 1])) i--; // never split a surrogate pair
    p = p.slice(0, i) + pick(r, NON_RE2) + p.slice(i);
  }
  return p;
}

const SUBJECT_CHARS = [...'abcxABC019 \n\t.-_()[]\\$^*', 'é', 'É', 'Σ', 'σ', 'ς', '日', '本', '😀', '😂', 'K', '\u212a', 'k', 's', 'S', 'ſ', 'ß', 'ẞ', 'ж', 'Ж', '\u00a0', '\u2003', '\u0301', '١'];

export function subjects(r: Rand, p: string, n: number): string[] {
  const out = ['', 'a'];
  const lits = [...p.replace(/[\\()[\]{}*+?|^$.]/g, '')];
  while (out.length < n) {
    const len = Math.floor(r() * 10);
    let s = '';
    for (let i = 0; i < len; i++) s += chance(r, 0.4) && lits.length ? pick(r, lits) : pick(r, SUBJECT_CHARS);
    out.push(s);
  }
  return out;
}

/** Patterns whose answer depends on the Go version (1.19 vs 1.24): named groups `(?<`. */
export function goVersionSensitive(p: string): boolean {
  return p.includes('(?<');
}

export const REGEXP_SEED = 1719;
export const REGEXP_COUNTS = { patterns: 6000, subjectsPerPattern: 12 };

export function regexpCases(): { pattern: string; subjects: string[] }[] {
  const r = prng(REGEXP_SEED);
  const fixed = [
    '[0-9]+', '^[a-z]+$', '^(?i)yes|no$', '(?P<word>\\w+)', '\\bfoo\\b', '^\\d{3}-\\d{4}$', '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$',
    '^https?://', '.*', '', '|', '()', 'a{1000}', '(?i)straße', '(?i)ǅ', '(?i)k', '\\pN+', '[[:upper:]]', '^\\s*$',
    ...NON_RE2,
  ];
  const out: { pattern: string; subjects: string[] }[] = [];
  for (const p of fixed) out.push({ pattern: p, subjects: subjects(r, p, REGEXP_COUNTS.subjectsPerPattern) });
  while (out.length < REGEXP_COUNTS.patterns) {
    const p = pattern(r);
    out.push({ pattern: p, subjects: subjects(r, p, REGEXP_COUNTS.subjectsPerPattern) });
  }
  return out;
}
