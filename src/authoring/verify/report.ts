/**
 * Reports of a verify-module run: `stylish` (a pass/fail table, problems under the failed steps),
 * `json` (the result as data) and `junit` (one testcase per step, a failure holding its problems).
 */
import { Chalk } from 'chalk';
import { padEnd, plural, terminalLines } from '../../formatters/text.ts';
import { xmlAttr, xmlText } from '../../formatters/xml.ts';
import type { StepResult, VerifyResult } from './index.ts';

export type VerifyFormat = 'stylish' | 'json' | 'junit';
export const verifyFormats: VerifyFormat[] = ['stylish', 'json', 'junit'];

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
const ms = (n: number) => `${n < 10 ? n.toFixed(1) : Math.round(n)} ms`;

export function formatVerify(r: VerifyResult, format: VerifyFormat, options: { color?: boolean; stableTimes?: boolean } = {}): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(
        {
          baseUrl: r.baseUrl,
          config: r.config,
          passed: r.passed,
          failed: r.failed,
          durationMs: round(r.durationMs),
          steps: r.steps.map((s) => ({ ...s, durationMs: round(s.durationMs) })),
        },
        null,
        2,
      )}\n`;
    case 'junit':
      return junit(r);
    case 'stylish':
      return stylish(r, options.color ?? false);
  }
}

const round = (n: number) => Math.round(n * 10) / 10;

function stylish(r: VerifyResult, color: boolean): string {
  const c = new Chalk({ level: color ? 1 : 0 });
  const rows = r.steps.map((s) => [s.name, `${s.method} ${s.path}`, s.expected, s.status === undefined ? '-' : String(s.status), ms(s.durationMs), s.outcome]);
  const head = ['step', 'request', 'expected', 'got', 'time', 'result'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) => `  ${cells.map((x, i) => (i === cells.length - 1 ? x : padEnd(x, widths[i]))).join('  ')}`.trimEnd();
  let out = `${c.underline(r.baseUrl)}\n${c.dim(`config sent: ${clip(JSON.stringify(r.config), 200)}`)}\n`;
  out += `${c.dim(line(head))}\n`;
  r.steps.forEach((s, i) => {
    const cells = rows[i].slice();
    const text = line(cells);
    const result = s.outcome === 'pass' ? c.green('pass') : c.red('fail');
    out += `${text.slice(0, text.length - s.outcome.length)}${result}\n`;
    for (const p of problemsOf(s)) out += `      ${c.red('✖')} ${p}\n`;
  });
  out += '\n';
  const total = r.steps.length;
  out += r.failed ? `${c.red.bold(`✖ ${r.failed} of ${plural(total, 'step')} failed`)}\n` : `${c.green.bold(`✔ ${plural(total, 'step')} passed`)}\n`;
  return out;
}

function problemsOf(s: StepResult): string[] {
  return s.problems.flatMap((p) => terminalLines(p));
}

function junit(r: VerifyResult): string {
  const a = (o: Record<string, string | number>) =>
    Object.entries(o)
      .map(([k, v]) => ` ${k}="${xmlAttr(String(v))}"`)
      .join('');
  const cases = r.steps.map((s) => {
    const attrs = a({ classname: 'verify-module', name: `${s.name}: ${s.method} ${s.path} → ${s.expected}`, time: (s.durationMs / 1000).toFixed(3) });
    if (s.outcome === 'pass') return `    <testcase${attrs}/>`;
    const message = s.problems.join('; ');
    return `    <testcase${attrs}>\n      <failure${a({ message, type: 'contract' })}>${xmlText(`${s.method} ${s.path}: ${message}`)}</failure>\n    </testcase>`;
  });
  const suite = a({ name: `verify-module ${r.baseUrl}`, tests: r.steps.length, failures: r.failed, errors: 0, time: (r.durationMs / 1000).toFixed(3) });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites${a({ name: 'forkspacer-def', tests: r.steps.length, failures: r.failed, errors: 0 })}>\n  <testsuite${suite}>\n${cases.join('\n')}\n  </testsuite>\n</testsuites>\n`;
}
