import { RE2JS } from 're2js';

/**
 * Go's `regexp` is RE2. JavaScript's RegExp accepts lookarounds and backreferences that Go
 * rejects, and rejects some patterns Go accepts, so every judgement about a definition's
 * `regex` goes through here. Error texts follow Go's `regexp.Compile`.
 */
export type Re2Compiled = { ok: true; matchString(s: string): boolean } | { ok: false; error: string };

const cache = new Map<string, Re2Compiled>();

export function compileRe2(pattern: string): Re2Compiled {
  const hit = cache.get(pattern);
  if (hit) return hit;
  let result: Re2Compiled;
  try {
    const re = RE2JS.compile(pattern);
    // Go's MatchString is unanchored: a match anywhere in s.
    result = { ok: true, matchString: (s: string) => re.matcher(s).find() };
  } catch (e) {
    result = { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
  if (cache.size > 1000) cache.clear();
  cache.set(pattern, result);
  return result;
}
