/** Helpers for formatters that write to a terminal. */

// C0 controls except \t and \n, DEL, and the C1 range (0x9b is a one-byte CSI on some terminals).
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/**
 * Makes message text safe to print on a terminal: CRLF and lone CR become line breaks, tabs
 * become a space, and other control characters (ESC above all, so a YAML value can never
 * inject escape sequences) are shown as `\xNN`. Returns the text split into lines.
 */
export function terminalLines(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, ' ')
    .replace(UNSAFE, (c) => `\\x${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)
    .split('\n');
}

/** Width in code points, so an astral character counts once (ESLint counts UTF-16 units). */
export function width(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

export function padEnd(s: string, w: number): string {
  const d = w - width(s);
  return d > 0 ? s + ' '.repeat(d) : s;
}

export function padStart(s: string, w: number): string {
  const d = w - width(s);
  return d > 0 ? ' '.repeat(d) + s : s;
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
