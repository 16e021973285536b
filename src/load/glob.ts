/**
 * Minimal glob support for Node 20 (fs.glob arrived in Node 22): `*`, `**`, `?`, `[...]` and
 * `{a,b}`. Patterns are matched against paths with forward slashes.
 */
export function hasGlobMagic(p: string): boolean {
  return /[*?[{]/.test(p);
}

/** The directory part before the first segment with glob characters. */
export function globBase(pattern: string): string {
  const segs = pattern.split('/');
  const out: string[] = [];
  for (const s of segs) {
    if (hasGlobMagic(s)) break;
    out.push(s);
  }
  if (out.length === segs.length) out.pop();
  const base = out.join('/');
  return base === '' ? (pattern.startsWith('/') ? '/' : '.') : base;
}

export function globToRegExp(pattern: string): RegExp {
  let re = '';
  let i = 0;
  let braces = 0;
  while (i < pattern.length) {
    const c = pattern[i];
    if (c === '*') {
      if (pattern[i + 1] === '*') {
        const slashAfter = pattern[i + 2] === '/';
        re += slashAfter ? '(?:[^/]*(?:/|$))*' : '.*';
        i += slashAfter ? 3 : 2;
        continue;
      }
      re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const close = pattern.indexOf(']', i + 1);
      if (close === -1) re += '\\[';
      else {
        let body = pattern.slice(i + 1, close);
        if (body.startsWith('!')) body = '^' + body.slice(1);
        re += '[' + body.replace(/\\/g, '\\\\') + ']';
        i = close;
      }
    } else if (c === '{') {
      braces++;
      re += '(?:';
    } else if (c === '}' && braces > 0) {
      braces--;
      re += ')';
    } else if (c === ',' && braces > 0) re += '|';
    else re += c.replace(/[.+^$()|\\]/g, '\\$&');
    i++;
  }
  return new RegExp('^' + re + '$');
}
