/**
 * `junit`: JUnit XML for CI test-report views. One `<testsuite>` per file (named by its path
 * relative to the cwd, with `/`), one `<testcase>` per finding, its `classname` the rule id and
 * its `name` `line:col message`, holding a `<failure>` whose `type` is the severity. Warnings
 * are failures too, told apart by `type`. A file without findings is one passing testcase, so
 * every linted file shows up in the report. Text is escaped for XML 1.0; characters XML cannot
 * carry at all are replaced with U+FFFD.
 */
import type { FormatContext, LintResult } from '../lint/result.ts';
import { portablePath } from './paths.ts';
import { xmlAttr, xmlText } from './xml.ts';

function attrs(a: Record<string, string | number>): string {
  return Object.entries(a)
    .map(([k, v]) => ` ${k}="${xmlAttr(String(v))}"`)
    .join('');
}

export function junit(result: LintResult, ctx: FormatContext): string {
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;

  for (const file of result.files) {
    const path = portablePath(file.file, ctx.cwd);
    const cases: string[] = [];
    for (const f of file.findings) {
      const { line, column } = f.range.start;
      const detail = `${path}:${line}:${column}: ${f.severity}: ${f.message} (${f.ruleId})`;
      cases.push(
        `    <testcase${attrs({ classname: f.ruleId, name: `${line}:${column} ${f.message}`, file: path })}>\n` +
          `      <failure${attrs({ message: f.message, type: f.severity })}>${xmlText(detail)}</failure>\n` +
          '    </testcase>',
      );
    }
    if (cases.length === 0) cases.push(`    <testcase${attrs({ classname: 'forkspacer-def', name: path, file: path })}/>`);
    const n = file.findings.length;
    tests += cases.length;
    failures += n;
    suites.push(`  <testsuite${attrs({ name: path, tests: cases.length, failures: n, errors: 0 })}>\n${cases.join('\n')}\n  </testsuite>`);
  }

  const head = `<testsuites${attrs({ name: 'forkspacer-def', tests, failures, errors: 0 })}>`;
  const body = suites.length ? `${suites.join('\n')}\n` : '';
  return `<?xml version="1.0" encoding="UTF-8"?>\n${head}\n${body}</testsuites>\n`;
}
