import { RE2JS } from 're2js';
import { GO_CATEGORIES, GO_FOLD, GO_SCRIPTS } from './go-unicode-tables.ts';

/**
 * Go's `regexp` is RE2. JavaScript's RegExp accepts lookarounds and backreferences that Go
 * rejects, and rejects some patterns Go accepts, so every judgement about a definition's
 * `regex` goes through here: re2js (a port of RE2) with the few places where it differs
 * from Go's `regexp.Compile` corrected, so that acceptance, `MatchString` (unanchored) and
 * the error text are Go's. The target is the operator's Go (1.24); proven against go1.19 by
 * test/oracle/regexp.live.test.ts, with the 1.19/1.24 differences tested by hand in
 * test/regex/re2.test.ts:
 *
 * - Go accepts duplicate group names (`(?P<n>a)(?P<n>b)`); re2js rejects them. Duplicates
 *   are renamed before compiling (names do not affect matching) and restored in errors.
 * - Go's error for a trailing backslash ends in ": ``", and "expression nests too deeply" /
 *   "expression too large" quote the whole pattern; re2js omits both.
 * - A pattern ending in `(?P<` or `(?<` is, for Go, a bad flag group (`(?P`, `(?<`), not a
 *   bad named capture.
 * - Go 1.22+ accepts `(?<name>expr)` like `(?P<name>expr)` (go1.19 rejects every `(?<`);
 *   re2js does too.
 * - Unicode: Go 1.21 – 1.26 have Unicode 15.0.0 tables, re2js 2.x Unicode 17 (characters
 *   assigned in 15.1 – 17.0 are in its \p{L}, \p{Han}, ..., and scripts such as \p{Garay}
 *   exist). re2js also accepts names Go does not (\p{Cn}, \p{LC}, \p{Lc}, \p{Assigned},
 *   \p{Ascii}, binary properties like \p{Emoji}). So every `\p{Name}` / `\P{Name}` is checked
 *   against Go's names (a name Go lacks gets Go's "invalid character class range" error) and
 *   replaced by the explicit ranges of Go 1.24.5's table (go-unicode-tables.ts, generated from
 *   the oracle). Case folding of literals under (?i) still uses re2js's tables: the few case
 *   pairs added in Unicode 16/17 fold in re2js and not in Go.
 */
export type Re2Compiled = { ok: true; matchString: (s: string) => boolean } | { ok: false; error: string };

const cache = new Map<string, Re2Compiled>();

export function compileRe2(pattern: string): Re2Compiled {
  const hit = cache.get(pattern);
  if (hit) return hit;
  const result = compileUncached(pattern);
  if (cache.size > 1000) cache.clear();
  cache.set(pattern, result);
  return result;
}

const PREFIX = 'error parsing regexp: ';

function compileUncached(pattern: string): Re2Compiled {
  const dup = renameDuplicateGroups(pattern);
  const props = goProperties(dup.text);
  const renamed = [...dup.renamed, ...props.renamed];
  try {
    // Syntax first, with re2js's own property tables (the same errors in the same order as
    // Go, once the names Go lacks are made unknown); then the pattern with Go's tables.
    let re = RE2JS.compile(props.checked);
    if (props.rewritten !== props.checked) re = RE2JS.compile(props.rewritten);
    // Go's MatchString is unanchored: a match anywhere in s.
    return { ok: true, matchString: (s: string) => re.matcher(s).find() };
  } catch (e) {
    let msg = e instanceof Error ? e.message : String(e);
    for (const [fresh, orig] of renamed) msg = msg.split(fresh).join(orig);
    return { ok: false, error: goErrorText(msg, pattern) };
  }
}

function goErrorText(msg: string, pattern: string): string {
  if (!msg.startsWith(PREFIX)) return msg;
  const body = msg.slice(PREFIX.length);
  switch (body) {
    case 'trailing backslash at end of expression':
      return `${msg}: \`\``;
    case 'expression nests too deeply':
    case 'expression too large':
      return `${msg}: \`${pattern}\``;
    case 'invalid named capture: `(?P<`':
      return `${PREFIX}invalid or unsupported Perl syntax: \`(?P\``;
    case 'invalid named capture: `(?<`':
      return `${PREFIX}invalid or unsupported Perl syntax: \`(?<\``;
  }
  return msg;
}

const CAPTURE_NAME = /^[A-Za-z0-9_]+$/;

/**
 * Walks the pattern the way Go's parser tokenizes it (escapes, \Q...\E, character classes
 * with their [:name:] parts and a leading `]`) and gives every repeated group name a fresh
 * one. Returns the pattern unchanged when no name repeats.
 */
function renameDuplicateGroups(p: string): { text: string; renamed: [string, string][] } {
  if (!p.includes('(?')) return { text: p, renamed: [] };
  const seen = new Set<string>();
  const renamed: [string, string][] = [];
  let out = '';
  let i = 0;
  let n = 0;
  while (i < p.length) {
    const c = p[i];
    if (c === '\\') {
      if (p[i + 1] === 'Q') {
        const end = p.indexOf('\\E', i + 2);
        const stop = end < 0 ? p.length : end + 2;
        out += p.slice(i, stop);
        i = stop;
        continue;
      }
      out += p.slice(i, i + 2);
      i += 2;
      continue;
    }
    if (c === '[') {
      const stop = classEnd(p, i);
      out += p.slice(i, stop);
      i = stop;
      continue;
    }
    if (c === '(' && p[i + 1] === '?') {
      const rest = p.slice(i);
      let start = -1;
      if (rest.length > 4 && rest[2] === 'P' && rest[3] === '<') start = 4;
      else if (rest.length > 3 && rest[2] === '<') start = 3;
      const end = rest.indexOf('>');
      if (start > 0 && end > start) {
        const name = rest.slice(start, end);
        if (CAPTURE_NAME.test(name)) {
          if (seen.has(name)) {
            let fresh: string;
            do fresh = `re2dup${n++}x${name}`;
            while (p.includes(fresh));
            renamed.push([fresh, name]);
            out += rest.slice(0, start) + fresh + '>';
          } else {
            seen.add(name);
            out += rest.slice(0, end + 1);
          }
          i += end + 1;
          continue;
        }
      }
    }
    out += c;
    i++;
  }
  return { text: out, renamed };
}

const GO_PROPERTY_NAMES = new Set(['Any', ...Object.keys(GO_CATEGORIES), ...Object.keys(GO_SCRIPTS)]);
const decoded = new Map<string, [number, number][]>();

function decodeRanges(text: string | undefined): [number, number][] {
  const r: [number, number][] = [];
  if (!text) return r;
  const enc = text.split(',');
  let prev = -1;
  for (let k = 0; k < enc.length; k += 2) {
    const lo = prev + 1 + parseInt(enc[k], 36);
    const hi = lo + parseInt(enc[k + 1], 36);
    r.push([lo, hi]);
    prev = hi;
  }
  return r;
}

/** Go's table for `name`; with `folded`, merged with what (?i) adds (unicode.FoldCategory / FoldScript). */
function goTable(name: string, folded: boolean): [number, number][] {
  const key = (folded ? 'i:' : '') + name;
  let r = decoded.get(key);
  if (!r) {
    r = decodeRanges(GO_CATEGORIES[name] ?? GO_SCRIPTS[name]);
    if (folded) {
      const all = [...r, ...decodeRanges(GO_FOLD[name])].sort((a, b) => a[0] - b[0]);
      r = [];
      for (const [lo, hi] of all) {
        const last = r[r.length - 1];
        if (last && lo <= last[1] + 1) last[1] = Math.max(last[1], hi);
        else r.push([lo, hi]);
      }
    }
    decoded.set(key, r);
  }
  return r;
}

const classText = new Map<string, string>();

/**
 * The class body (no brackets) of Go's table for `name`, or the complement of it (of its
 * (?i) closure when `folded`: Go negates after adding the folded runes).
 */
function goClassBody(name: string, negated: boolean, folded = false): string {
  const key = (negated ? '^' : '') + (folded ? 'i:' : '') + name;
  let t = classText.get(key);
  if (t === undefined) {
    let ranges = goTable(name, folded);
    if (negated) {
      const c: [number, number][] = [];
      let next = 0;
      for (const [lo, hi] of ranges) {
        if (lo > next) c.push([next, lo - 1]);
        next = hi + 1;
      }
      if (next <= 0x10ffff) c.push([next, 0x10ffff]);
      ranges = c;
    }
    const x = (n: number) => `\\x{${n.toString(16)}}`;
    t = ranges.map(([lo, hi]) => (lo === hi ? x(lo) : `${x(lo)}-${x(hi)}`)).join('');
    classText.set(key, t);
  }
  return t;
}

/**
 * Go's `\p` / `\P` over the pattern: `checked` has each name Go does not know (but re2js may)
 * replaced by a fresh unknown one (restored in errors through `renamed`), `rewritten` has each
 * name Go knows (apart from Any) replaced by Go 1.24.5's ranges.
 */
function goProperties(p: string): { checked: string; rewritten: string; renamed: [string, string][] } {
  if (!p.includes('\\p') && !p.includes('\\P')) return { checked: p, rewritten: p, renamed: [] };
  const renamed: [string, string][] = [];
  let checked = '';
  let rewritten = '';
  let i = 0;
  let inClass = false;
  let classStart = 0;
  let n = 0;
  let fold = false;
  const folds: boolean[] = [];
  const emit = (a: string, b = a) => {
    checked += a;
    rewritten += b;
  };
  while (i < p.length) {
    const c = p[i];
    if (c === '\\') {
      const d = p[i + 1];
      if (d === 'Q' && !inClass) {
        const end = p.indexOf('\\E', i + 2);
        const stop = end < 0 ? p.length : end + 2;
        emit(p.slice(i, stop));
        i = stop;
        continue;
      }
      if ((d === 'p' || d === 'P') && i + 2 < p.length) {
        let name: string;
        let stop: number;
        if (p[i + 2] === '{') {
          const close = p.indexOf('}', i + 3);
          if (close < 0) {
            emit(p.slice(i));
            break;
          }
          name = p.slice(i + 3, close);
          stop = close + 1;
        } else {
          const cp = p.codePointAt(i + 2)!;
          name = String.fromCodePoint(cp);
          stop = i + 2 + name.length;
        }
        const escape = p.slice(i, stop);
        let negated = d === 'P';
        let bare = name;
        if (bare.startsWith('^')) {
          negated = !negated;
          bare = bare.slice(1);
        }
        if (!GO_PROPERTY_NAMES.has(bare)) {
          let fresh: string;
          do fresh = `\\p{ZzNotGo${n++}}`;
          while (p.includes(fresh));
          renamed.push([fresh, escape]);
          emit(fresh);
        } else if (bare === 'Any') {
          emit(escape);
        } else if (!inClass) {
          emit(escape, `[${negated ? '^' : ''}${goClassBody(bare, false)}]`);
        } else {
          emit(escape, goClassBody(bare, negated, negated && fold));
        }
        i = stop;
        continue;
      }
      const cp = p.codePointAt(i + 1);
      const len = cp === undefined ? 1 : 1 + String.fromCodePoint(cp).length;
      emit(p.slice(i, i + len));
      i += len;
      continue;
    }
    if (!inClass && c === '(') {
      folds.push(fold);
      const m = /^\(\?([imsU-]*)([:)])/.exec(p.slice(i));
      if (m) {
        let on = true;
        let f: boolean = fold;
        for (const ch of m[1]) {
          if (ch === '-') on = false;
          else if (ch === 'i') f = on;
        }
        if (m[2] === ')') folds.pop(); // (?i): for the rest of the enclosing group
        fold = f;
        emit(m[0]);
        i += m[0].length;
        continue;
      }
    }
    if (!inClass && c === ')') {
      if (folds.length) fold = folds.pop()!;
    }
    if (!inClass && c === '[') {
      inClass = true;
      emit(c);
      i++;
      classStart = i;
      if (p[i] === '^') {
        emit('^');
        i++;
        classStart = i;
      }
      continue;
    }
    if (inClass) {
      if (c === '[' && p[i + 1] === ':') {
        const k = p.indexOf(':]', i + 2);
        if (k >= 0) {
          emit(p.slice(i, k + 2));
          i = k + 2;
          continue;
        }
      }
      if (c === ']' && i !== classStart) inClass = false;
    }
    emit(c);
    i++;
  }
  return { checked, rewritten, renamed };
}

/** Index just past the character class starting at p[i] === '[' (or p.length if unclosed). */
function classEnd(p: string, i: number): number {
  let j = i + 1;
  if (p[j] === '^') j++;
  let first = true;
  while (j < p.length) {
    const c = p[j];
    if (c === ']' && !first) return j + 1;
    first = false;
    if (c === '[' && p[j + 1] === ':') {
      const k = p.indexOf(':]', j + 2);
      if (k >= 0) {
        j = k + 2;
        continue;
      }
    }
    if (c === '\\') {
      j += 2;
      continue;
    }
    j++;
  }
  return p.length;
}
