/** XML 1.0 escaping for the `junit` formatter. */

// Characters XML 1.0 forbids outright: C0 controls other than tab, LF and CR, the
// non-characters U+FFFE and U+FFFF, and UTF-16 surrogates that are not part of a pair.
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Replaces characters XML 1.0 cannot carry, even as references, with U+FFFD. */
export function xmlSafe(s: string): string {
  return s.replace(FORBIDDEN, '\ufffd');
}

/** Element content: `&`, `<`, `>` (so `]]>` cannot appear) and CR (kept, not normalised away). */
export function xmlText(s: string): string {
  return xmlSafe(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}

/**
 * A double-quoted attribute value. Tab, LF and CR are written as character references,
 * because a parser normalises literal ones to spaces.
 */
export function xmlAttr(s: string): string {
  return xmlText(s).replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}
