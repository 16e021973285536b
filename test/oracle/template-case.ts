/**
 * Shared by the live differential test, the golden-vector script and the golden replay:
 * run a case through our engine in the oracle's answer shape, and compare with Go's answer.
 *
 * The live oracle is Go 1.19 while we follow Go 1.24. Known differences (classified as
 * 'version', never counted as agreement or disagreement):
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
  if (go.parseError !== undefined) {
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
