/**
 * `github`: one GitHub Actions workflow command per finding, which the runner turns into an
 * annotation on the file and line:
 *
 *   ::error file=defs/app.yaml,line=3,col=7,endLine=3,endColumn=12,title=required-field::spec.chart is required
 *
 * Escaping follows @actions/core: in data `%`, CR and LF are percent-encoded; in property
 * values also `:` and `,`. So a message can never end the command or start a new one.
 * GitHub rejects `col`/`endColumn` on an annotation that spans lines, so they are only sent
 * for single-line ranges. Paths are relative to the cwd (the workspace) with `/`. A finding in
 * a definition fetched for a Module is annotated on the Module's source reference, its message
 * prefixed with `<url>:<line>:<col>: `.
 */
import type { FormatContext, LintResult } from '../lint/result.ts';
import type { Finding } from '../diagnostics/finding.ts';
import { fetchedPrefix, portablePath } from './paths.ts';

export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function command(file: string, f: Finding): string {
  const { start, end } = f.range;
  const props: [string, string | number][] = [
    ['file', file],
    ['line', start.line],
  ];
  if (end.line === start.line) {
    props.push(['col', start.column]);
    if (end.column >= start.column) props.push(['endLine', end.line], ['endColumn', end.column]);
  } else if (end.line > start.line) {
    props.push(['endLine', end.line]);
  }
  props.push(['title', f.ruleId]);
  const list = props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',');
  return `::${f.severity} ${list}::${escapeData(f.message)}`;
}

export function github(result: LintResult, ctx: FormatContext): string {
  let out = '';
  for (const file of result.files) {
    const anchor = file.fetchedFor?.[0];
    if (anchor) {
      // A fetched definition is not a file of the repository: annotate the Module that names it.
      const path = portablePath(anchor.file, ctx.cwd);
      for (const f of file.findings) {
        const at = { start: { line: anchor.line, column: anchor.column }, end: { line: anchor.line, column: anchor.column } };
        out += `${command(path, { ...f, range: at, message: `${fetchedPrefix(file.file, f.range.start.line, f.range.start.column)}${f.message}` })}\n`;
      }
      continue;
    }
    const path = portablePath(file.file, ctx.cwd);
    for (const f of file.findings) out += `${command(path, f)}\n`;
  }
  return out;
}
