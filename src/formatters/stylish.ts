/**
 * `stylish`, the default format, modelled on ESLint's: findings grouped under each file (path
 * relative to the cwd), one aligned row per finding, `line:col  severity  message  rule-id`,
 * then a summary line. A clean run prints nothing at all, as ESLint does.
 *
 *
 *   defs/app.yaml
 *      3:7   error    spec.chart is required          required-field
 *     12:15  warning  Unknown key "replica"           unknown-key
 *
 *   ✖ 2 problems (1 error, 1 warning)
 *
 * Colour comes from a chalk instance whose level the caller decides (`ctx.color`), never from
 * chalk's own terminal detection. Message lines after the first are indented under the message
 * column; control characters in messages are escaped so they cannot reach the terminal.
 */
import { Chalk } from 'chalk';
import type { Finding } from '../diagnostics/finding.ts';
import type { FileResult, FormatContext, LintResult } from '../lint/result.ts';
import { displayPath } from './paths.ts';
import { padEnd, padStart, plural, terminalLines, width } from './text.ts';

interface Row {
  line: string;
  column: string;
  severity: Finding['severity'];
  message: string[];
  ruleId: string;
}

/** After a fetched definition's name: which Module names it, e.g. ` (fetched for Module default/redis, modules.yaml:7:14)`. */
function fetchedNote(file: FileResult, cwd: string, c: InstanceType<typeof Chalk>): string {
  const refs = file.fetchedFor;
  if (!refs?.length) return '';
  const [r] = refs;
  const more = refs.length > 1 ? ` and ${plural(refs.length - 1, 'more Module')}` : '';
  return c.dim(` (fetched for Module ${terminalLines(r.module).join(' ')}, ${terminalLines(displayPath(r.file, cwd)).join(' ')}:${r.line}:${r.column}${more})`);
}

export function stylish(result: LintResult, ctx: FormatContext): string {
  const c = new Chalk({ level: ctx.color ? 1 : 0 });
  let out = '\n';
  let errors = 0;
  let warnings = 0;

  for (const file of result.files) {
    if (file.findings.length === 0) continue;
    const rows: Row[] = file.findings.map((f) => {
      if (f.severity === 'error') errors++;
      else warnings++;
      return {
        line: String(f.range.start.line),
        column: String(f.range.start.column),
        severity: f.severity,
        message: terminalLines(f.message),
        ruleId: terminalLines(f.ruleId).join(' '),
      };
    });
    const wLine = Math.max(...rows.map((r) => r.line.length));
    const wCol = Math.max(...rows.map((r) => r.column.length));
    const wSev = Math.max(...rows.map((r) => r.severity.length));
    const wMsg = Math.max(...rows.map((r) => width(r.message[0])));
    const indent = ' '.repeat(2 + wLine + 1 + wCol + 2 + wSev + 2);

    out += `${c.underline(terminalLines(displayPath(file.file, ctx.cwd)).join(' '))}${fetchedNote(file, ctx.cwd, c)}\n`;
    for (const r of rows) {
      const sev = padEnd(r.severity, wSev);
      const cells = [
        `  ${c.dim(`${padStart(r.line, wLine)}:${r.column}`)}${' '.repeat(wCol - r.column.length)}`,
        r.severity === 'error' ? c.red(sev) : c.yellow(sev),
        r.ruleId === '' ? r.message[0] : `${padEnd(r.message[0], wMsg)}  ${c.dim(r.ruleId)}`,
      ];
      out += `${cells.join('  ').trimEnd()}\n`;
      for (const more of r.message.slice(1)) out += `${`${indent}${more}`.trimEnd()}\n`;
    }
    out += '\n';
  }

  const total = errors + warnings;
  if (total === 0) return '';
  const summary = `\u2716 ${plural(total, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')})`;
  out += `${(errors > 0 ? c.red : c.yellow).bold(summary)}\n`;
  return out;
}
