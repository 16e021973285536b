/**
 * text/template's escaping functions (funcs.go): html, js and urlquery, as Go 1.24 has them.
 *
 * evalArgs: a single string argument is used as is; otherwise each argument goes through
 * printableValue (a nil interface becomes the string "<no value>") and the lot is formatted
 * with fmt.Sprint.
 *
 * Version notes: HTMLEscapeString and url.QueryEscape are unchanged from Go 1.19 to 1.24.
 * JSEscapeString has the same code in 1.19 and 1.24, but it decides "printable" with
 * unicode.IsPrint, whose tables follow Go's Unicode version: 13.0.0 in Go 1.19 (Debian's
 * oracle) and 15.0.0 in Go 1.21-1.24; runes first assigned in Unicode 14 or 15 are escaped as
 * \uXXXX by 1.19 and passed through by 1.24 (we follow 1.24).
 */
import type { GoValue } from '../values/go-value.ts';
import { sprint } from './fmt/print.ts';
import { isPrint } from './fmt/isprint.ts';
import { utf8Bytes, wellFormed } from './fmt/utf8.ts';

function evalArgs(args: readonly GoValue[]): string {
  if (args.length === 1 && typeof args[0] === 'string') return wellFormed(args[0]);
  return sprint(args.map((a) => (a === null ? '<no value>' : a)));
}

/** template.HTMLEscapeString. */
export function htmlEscapeString(s: string): string {
  s = wellFormed(s);
  if (!/['"&<>\0]/.test(s)) return s;
  return s.replace(/['"&<>\0]/g, (c) => {
    switch (c) {
      case '\0':
        return '\uFFFD';
      case '"':
        return '&#34;';
      case "'":
        return '&#39;';
      case '&':
        return '&amp;';
      case '<':
        return '&lt;';
      default:
        return '&gt;';
    }
  });
}

const hexUpper = '0123456789ABCDEF';

/** template.JSEscapeString. */
export function jsEscapeString(s: string): string {
  s = wellFormed(s);
  const out: string[] = [];
  for (const ch of s) {
    const r = ch.codePointAt(0)!;
    if (r < 0x80) {
      switch (ch) {
        case '\\':
          out.push('\\\\');
          continue;
        case "'":
          out.push("\\'");
          continue;
        case '"':
          out.push('\\"');
          continue;
        case '<':
          out.push('\\u003C');
          continue;
        case '>':
          out.push('\\u003E');
          continue;
        case '&':
          out.push('\\u0026');
          continue;
        case '=':
          out.push('\\u003D');
          continue;
      }
      if (r < 0x20) {
        out.push('\\u00', hexUpper[r >> 4], hexUpper[r & 0xf]);
      } else {
        out.push(ch);
      }
      continue;
    }
    // Unicode rune.
    if (isPrint(r)) out.push(ch);
    else out.push('\\u' + r.toString(16).toUpperCase().padStart(4, '0'));
  }
  return out.join('');
}

/** net/url.QueryEscape. */
export function queryEscape(s: string): string {
  const b = utf8Bytes(wellFormed(s));
  const out: string[] = [];
  for (const c of b) {
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x5f || c === 0x2e || c === 0x7e) {
      out.push(String.fromCharCode(c));
    } else if (c === 0x20) {
      out.push('+');
    } else {
      out.push('%', hexUpper[c >> 4], hexUpper[c & 0xf]);
    }
  }
  return out.join('');
}

/** template.HTMLEscaper (the `html` template function). */
export function htmlEscaper(args: GoValue[]): string {
  return htmlEscapeString(evalArgs(args));
}

/** template.JSEscaper (the `js` template function). */
export function jsEscaper(args: GoValue[]): string {
  return jsEscapeString(evalArgs(args));
}

/** template.URLQueryEscaper (the `urlquery` template function). */
export function urlQueryEscaper(args: GoValue[]): string {
  return queryEscape(evalArgs(args));
}
