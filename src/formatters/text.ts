/** Helpers for formatters that write to a terminal. */

// C0 controls except \t and \n, DEL, and the C1 range (0x9b is a one-byte CSI on some terminals).
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
    .replace(LONE_SURROGATE, '\ufffd')
    .split('\n');
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const ZERO_WIDTH = /^[\p{Mn}\p{Me}\p{Cf}]$/u;
const WIDE =
  /^[\p{Emoji_Presentation}\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]$/u;

/**
 * Approximate terminal columns: combining marks and format characters take none, CJK,
 * Hangul, fullwidth forms and emoji take two, everything else one. Good enough to keep
 * columns aligned for the messages a linter prints (ESLint counts UTF-16 units).
 */
export function width(s: string): number {
  let n = 0;
  for (const ch of s) {
    if (ZERO_WIDTH.test(ch)) continue;
    n += WIDE.test(ch) ? 2 : 1;
  }
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
