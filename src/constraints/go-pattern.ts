/**
 * Masterminds' grammar regexps in JavaScript. RE2 and JavaScript both pick the leftmost-first
 * alternative (Perl's rule) and report the same submatches for these patterns; the only
 * syntax that differs here is `\s`, which in Go is [\t\n\f\r ]. Keeping re2js off this path
 * keeps 150 KB out of every start-up; test/constraints replays the Go vectors to prove it.
 */
export function goPattern(source: string, flags = ''): RegExp {
  return new RegExp(source.replace(/\\s/g, '[\\t\\n\\f\\r ]'), flags);
}
