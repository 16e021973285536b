/** Runs one generated fmt case through our implementation (shared by the live and golden tests). */
import { sprint, sprintf, sprintln } from '../../src/template/fmt/index.ts';
import { htmlEscaper, jsEscaper, urlQueryEscaper } from '../../src/template/escape.ts';
import type { FmtCase } from './fmt-gen.ts';

export function tsFmtAnswer(c: FmtCase): string {
  switch (c.op) {
    case 'sprintf':
      return sprintf(c.format, c.args);
    case 'sprint':
      return sprint(c.args);
    case 'sprintln':
      return sprintln(c.args);
    case 'html':
      return htmlEscaper(c.args);
    case 'js':
      return jsEscaper(c.args);
    case 'urlquery':
      return urlQueryEscaper(c.args);
  }
}

export function goFmtAnswer(a: Record<string, unknown>): string {
  if (typeof a.out === 'string') return a.out;
  return `ORACLE: ${JSON.stringify(a)}`;
}
