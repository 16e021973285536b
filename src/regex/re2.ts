import { RE2JS } from 're2js';

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
 *   re2js does too. Unicode tables are 15.0 in both Go 1.21+ and re2js.
 */
export type Re2Compiled = { ok: true; matchString(s: string): boolean } | { ok: false; error: string };

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
  const { text, renamed } = renameDuplicateGroups(pattern);
  try {
    const re = RE2JS.compile(text);
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
