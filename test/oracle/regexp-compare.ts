/** Both sides' regexp answers in one compact form: "E:<error>" or one 1/0 per subject. */
import { compileRe2 } from '../../src/regex/re2.ts';

export function tsRegexpAnswer(pattern: string, subjects: readonly string[]): string {
  const re = compileRe2(pattern);
  if (!re.ok) return 'E:' + re.error;
  return subjects.map((s) => (re.matchString(s) ? '1' : '0')).join('');
}

export function goRegexpAnswer(a: Record<string, unknown>): string {
  if (a.ok !== true) return 'E:' + String(a.error ?? JSON.stringify(a));
  return (a.matches as boolean[]).map((m) => (m ? '1' : '0')).join('');
}
