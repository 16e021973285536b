/**
 * Shared by the live differential test, the golden-vector script and the golden replay:
 * run a case through our engine in the oracle's answer shape, and compare with Go's answer.
 *
 * The oracle is Go 1.24.5 (the operator's Go): answers compare exactly ('1.24'). A Go
 * Execute that does not return (a range over a huge int, Go 1.22+) agrees with our engine
 * stopping at its step limit. The '1.19' mode (the oracle's Go before) set aside the known
 * 1.19-vs-1.24 differences as 'version':
 * - range over an integer (Go 1.22): 1.19 says "range can't iterate over N";
 * - the lexer's "unexpected right paren" (1.20+) where 1.19 emitted the ')' token first;
 * - `call` on a non-function names the callee since Go 1.23 ("non-function .f of type T").
 */
import { parseTemplate } from '../../src/template/index.ts';
import type { GoValue } from '../../src/values/go-value.ts';

export interface Answer {
  output?: string;
  parseError?: string;
  execError?: string;
  /** Go's Execute did not return within the oracle's timeout (test/oracle/go/template.go). */
  timeout?: boolean;
}

export function runOurs(text: string, data: GoValue, name = 't'): Answer {
  const p = parseTemplate(name, text);
  if (!p.ok) return { parseError: p.error.message };
  const r = p.template.execute(data, { maxSteps: 100_000 });
  if (!r.ok) return { execError: r.error.message };
  return { output: r.output };
}

export type Verdict = 'agree' | 'version' | 'disagree';

/** Compares our answer with Go's. Exec errors compare by message (partial output is not compared). */
export function compareAnswers(ours: Answer, go: Answer, goVersion: '1.19' | '1.24'): Verdict {
  if (go.timeout) {
    if (ours.execError !== undefined && /: execution exceeded the limit of \d+ steps(?: \(|$)/.test(ours.execError)) return 'agree';
  } else if (go.parseError !== undefined) {
    if (ours.parseError === go.parseError) return 'agree';
  } else if (go.execError !== undefined) {
    if (ours.execError === go.execError) return 'agree';
  } else if (ours.output !== undefined && ours.parseError === undefined && ours.execError === undefined && ours.output === go.output) {
    return 'agree';
  }
  if (goVersion === '1.19') {
    if (go.execError !== undefined && /: range can't iterate over -?\d+$/.test(go.execError)) return 'version';
    if (ours.parseError?.endsWith(': unexpected right paren') && go.parseError !== undefined) return 'version';
    if (ours.execError !== undefined && go.execError !== undefined) {
      const norm = ours.execError.replace(/error calling call: non-function [\s\S]*? of type /, 'error calling call: non-function of type ');
      if (norm === go.execError) return 'version';
    }
  }
  return 'disagree';
}
