/**
 * Seeded generators of regexp questions for the Go oracle: patterns built from RE2 syntax
 * and from syntax other engines accept but RE2 does not (lookarounds, backreferences,
 * possessive and atomic forms, \Z, conditionals, ...), each with subject strings.
 *
 * The oracle runs the operator's Go (1.24.5). What changed in regexp since Go 1.19 (the
 * oracle's Go before), and is generated here on purpose (see goVersionSensitive):
 * - Go 1.22 accepts `(?<name>expr)` named groups; 1.19 rejects every `(?<`, which also
 *   changes the error text for lookbehinds `(?<=` `(?<!`.
 * - Go 1.21 moved from Unicode 13 to 15: the scripts (\p{Kawi}, \p{Vithkuqi}, ...) and
 *   characters assigned in Unicode 14.0 and 15.0 (UNICODE_14_15) appear in patterns and
 *   subjects.
 * - The parser's size limits (1.19.2+, "expression nests too deeply" at depth 1000,
 *   "expression too large"): fixed cases at and past the limits.
 */
import { prng, type Rand } from './semver-cases.ts';
import { GO_CATEGORIES, GO_SCRIPTS } from '../../src/regex/go-unicode-tables.ts';

export { prng };
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
const chance = (r: Rand, p: number) => r() < p;

const LITERALS = ['\u{1FAE8}', '\u0870', '\u{11F00}', '\u{10570}', 'a', 'b', 'c', 'x', 'A', '0', '1', ' ', '-', '_', 'é', 'Σ', 'σ', '日', '😀', 'k', 's', 'ß', '\\.', '\\*', '\\\\', '\\(', '\\[', '\\$', '\\^', '\\|', '\\-', '\\}'];
/** Scripts and characters new in Unicode 14.0 / 15.0 (Go 1.21+); 15.1+ characters are not Go 1.24's. */
export const UNICODE_14_15_SCRIPTS = ['\\p{Kawi}', '\\p{Nag_Mundari}', '\\p{Vithkuqi}', '\\p{Toto}', '\\p{Tangsa}', '\\p{Cypro_Minoan}', '\\p{Old_Uyghur}', '\\P{Kawi}'];
export const UNICODE_14_15_CHARS = ['\u{1FAE8}', '\u0870', '\u{11F00}', '\u{1E4D0}', '\u{10570}', '\u{1E290}', '\u{16A70}', '\u{31350}', '\u{1D2C0}'];
const ESCAPES = [...UNICODE_14_15_SCRIPTS, '[\\p{Kawi}x]', '[^\\p{Toto}]', '\\x{1FAE8}', '\\d', '\\D', '\\w', '\\W', '\\s', '\\S', '\\b', '\\B', '\\A', '\\z', '\\pL', '\\pN', '\\PL', '\\p{Lu}', '\\p{Ll}', '\\p{Greek}', '\\p{Latin}', '\\p{Han}', '\\p{^Greek}', '\\P{Nd}', '\\p{Cyrillic}', '\\p{Zs}', '\\p{Any}', '\\x41', '\\x{3A3}', '\\x{1F600}', '\\101', '\\0', '\\07', '\\t', '\\n', '\\r', '\\f', '\\v', '\\a', '\\Q.*\\E', '\\Qa\\E', '\\C'];
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
    return pick(r, ['(', '(?:', '(?i:', '(?s:', '(?P<g>', '(?P<name_1>', '(?-i:', '(?U:', '(?<g>', '(?<name_2>']) + inner + ')';
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

const SUBJECT_CHARS = [...'abcxABC019 \n\t.-_()[]\\$^*', ...UNICODE_14_15_CHARS, '\u{2EBF0}', 'é', 'É', 'Σ', 'σ', 'ς', '日', '本', '😀', '😂', 'K', '\u212a', 'k', 's', 'S', 'ſ', 'ß', 'ẞ', 'ж', 'Ж', '\u00a0', '\u2003', '\u0301', '١'];

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

/**
 * Patterns whose answer may depend on the Go version (1.19 vs 1.24): named groups `(?<`,
 * Unicode 14/15 scripts and characters. Counted by the live test and the replay, which
 * require some of each.
 */
export function goVersionSensitive(p: string): 'named group' | 'unicode 14/15' | 'unicode tables' | undefined {
  if (p.includes('(?<')) return 'named group';
  if (UNICODE_14_15_SCRIPTS.some((x) => p.includes(x.slice(3, -1))) || [...UNICODE_14_15_CHARS].some((c) => p.includes(c))) return 'unicode 14/15';
  if (/\\[pP]/.test(p)) return 'unicode tables';
  return undefined;
}

const DEEP = (n: number) => '('.repeat(n) + 'a' + ')'.repeat(n);

/**
 * Every \p{Name} Go 1.24.5 knows, and names re2js (Unicode 17) knows and Go does not, as
 * `\p{Name}`, `[^\p{Name}x]`, `(?i)\P{Name}`, each against random code points and code points
 * at the edges of Go's ranges (re2js's tables assign 15.1 – 17.0 characters Go leaves out).
 */
export function propertyCases(r: Rand): { pattern: string; subjects: string[] }[] {
  const names = [...Object.keys(GO_CATEGORIES), ...Object.keys(GO_SCRIPTS), 'Any',
    'Cn', 'LC', 'Lc', 'Assigned', 'Ascii', 'ASCII', 'Emoji', 'Alphabetic', 'White_Space', 'Garay', 'Todhri', 'Sunuwar', 'Kirat_Rai', 'Tulu_Tigalari', 'Unknown', 'Zzzz', 'L&', 'greek', 'lu'];
  const edges: number[] = [0x2ebf0, 0x2ee5d, 0x2ffc, 0x31ef, 0x10d40, 0x1e5d0, 0x11380, 0x16d40, 0x1ccf0, 0xa7cb, 0xa7dc, 0x1c89, 0x1c8a, 0x0897, 0x1f8b0, 0x1fa89, 0x2d7f];
  const cp = (n: number) => (n >= 0xd800 && n <= 0xdfff ? 0xfffd : n);
  const out: { pattern: string; subjects: string[] }[] = [];
  for (const name of names) {
    const subjects = new Set<string>();
    for (const e of edges) subjects.add(String.fromCodePoint(e));
    const enc = (GO_CATEGORIES[name] ?? GO_SCRIPTS[name] ?? '').split(',').filter(Boolean);
    for (let k = 0; k < 6 && enc.length; k++) {
      let prev = -1;
      const upto = 2 * Math.floor(r() * (enc.length / 2));
      for (let j = 0; j <= upto; j += 2) {
        const lo = prev + 1 + parseInt(enc[j], 36);
        prev = lo + parseInt(enc[j + 1], 36);
        if (j === upto) for (const x of [lo - 1, lo, prev, prev + 1]) if (x >= 0 && x <= 0x10ffff) subjects.add(String.fromCodePoint(cp(x)));
      }
    }
    while (subjects.size < 36) subjects.add(String.fromCodePoint(cp(Math.floor(r() * (r() < 0.5 ? 0x3ffff : 0x10ffff)))));
    const list = [...subjects];
    out.push({ pattern: `\\p{${name}}`, subjects: list }, { pattern: `[^\\p{${name}}x]`, subjects: list }, { pattern: `(?i)\\P{${name}}`, subjects: list });
  }
  return out;
}

export const REGEXP_SEED = 1719;
export const REGEXP_COUNTS = { patterns: 6000, subjectsPerPattern: 12 };

export function regexpCases(): { pattern: string; subjects: string[] }[] {
  const r = prng(REGEXP_SEED);
  const fixed = [
    '[0-9]+', '^[a-z]+$', '^(?i)yes|no$', '(?P<word>\\w+)', '\\bfoo\\b', '^\\d{3}-\\d{4}$', '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$',
    '^https?://', '.*', '', '|', '()', 'a{1000}', '(?i)straße', '(?i)ǅ', '(?i)k', '\\pN+', '[[:upper:]]', '^\\s*$',
    ...NON_RE2,
    '(?<year>\\d{4})-(?<month>\\d{2})', '(?<n>a)(?P<n>b)', '(?<1a>x)', '(?<n', '(?<=x)y', '(?<!x)y', '(?<>x)',
    ...UNICODE_14_15_SCRIPTS, '\\p{Kawi}+', '[\\p{Vithkuqi}\\p{Toto}]', '\u{1FAE8}', '[\u{1FAE0}-\u{1FAE8}]', '\\x{1FAE8}', '\\p{So}', '\\p{L}', '\\p{Cn}',
    DEEP(999), DEEP(1000), DEEP(1001), '(?:'.repeat(1000) + ')'.repeat(1000), '((a{100}){100}){100}', '((((a{100}){100}){100}){100})', 'a{1001}',
    '(?:a*)*'.repeat(200), '[a-z]{1000}', '(\\pL{1000}){2}',
  ];
  const out: { pattern: string; subjects: string[] }[] = [];
  for (const p of fixed) out.push({ pattern: p, subjects: subjects(r, p, REGEXP_COUNTS.subjectsPerPattern) });
  while (out.length < REGEXP_COUNTS.patterns) {
    const p = pattern(r);
    out.push({ pattern: p, subjects: subjects(r, p, REGEXP_COUNTS.subjectsPerPattern) });
  }
  return [...out, ...propertyCases(prng(REGEXP_SEED + 1))];
}
