/**
 * Go strings are UTF-8 bytes; ours are JS (UTF-16) strings. The bridge:
 *
 * - A lone surrogate in a JS string is treated as U+FFFD, which is what Go's decoders
 *   (encoding/json, yaml.v3) produce for an unpaired `\uD800` escape, so every string that
 *   reaches fmt is valid UTF-8 when seen from Go. (Go would print a raw invalid byte as `\xff`
 *   under %q; that case cannot arise from our inputs.)
 * - Byte-level operations (%x on strings, url.QueryEscape) encode to UTF-8 first.
 * - Widths and precisions count runes (code points), as Go's utf8.RuneCountInString does.
 */

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export const RUNE_ERROR = 0xfffd;
export const MAX_RUNE = 0x10ffff;

/** Replaces lone surrogates by U+FFFD (Go's view of the string). */
export function wellFormed(s: string): string {
  // Fast path: no surrogate code unit at all.
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return s.replace(LONE_SURROGATE, '\ufffd');
  }
  return s;
}

const encoder = new TextEncoder();

/** UTF-8 bytes of a (well-formed) string. */
export function utf8Bytes(s: string): Uint8Array {
  return encoder.encode(s);
}

/** utf8.RuneCountInString for a well-formed string. */
export function runeCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/** Go's utf8.ValidRune. */
export function validRune(r: number): boolean {
  return (r >= 0 && r < 0xd800) || (r > 0xdfff && r <= MAX_RUNE);
}

/** The string for rune r as utf8.EncodeRune writes it (invalid runes become U+FFFD). */
export function runeString(r: number): string {
  return String.fromCodePoint(validRune(r) ? r : RUNE_ERROR);
}

/** utf8.RuneLen for a valid rune. */
export function runeLen(r: number): number {
  if (r < 0x80) return 1;
  if (r < 0x800) return 2;
  if (r < 0x10000) return 3;
  return 4;
}

/** Compares two strings as Go does (bytewise on UTF-8, i.e. by code point). */
export function compareGoStrings(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    // Surrogates (astral code points) sort after every BMP code unit in UTF-8 order.
    const xs = x >= 0xd800 && x <= 0xdfff;
    const ys = y >= 0xd800 && y <= 0xdfff;
    if (xs !== ys) return xs ? 1 : -1;
    return x < y ? -1 : 1;
  }
  return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
}
