import type { Finding } from '../diagnostics/finding.ts';

const DIRECTIVE = /#\s*forkspacer-def-disable-next-line(?:[ \t]+([^\r\n]*))?/g;

/**
 * `# forkspacer-def-disable-next-line [rule, ...]` silences findings on the next line (all
 * rules when none are named; text after `--` is a comment). Runs once per file after all
 * rules, as ESLint's apply-disable-directives does.
 */
export function applyDisableDirectives(text: string, findings: Finding[]): Finding[] {
  if (findings.length === 0 || !text.includes('forkspacer-def-disable-next-line')) return findings;
  const disabled = new Map<number, Set<string> | 'all'>();
  let line = 1;
  let scanned = 0;
  for (const m of text.matchAll(DIRECTIVE)) {
    for (let i = text.indexOf('\n', scanned); i !== -1 && i < m.index; i = text.indexOf('\n', i + 1)) {
      line++;
      scanned = i + 1;
    }
    const names = (m[1] ?? '')
      .split('--')[0]
      .split(/[,\s]+/)
      .filter(Boolean);
    disabled.set(line + 1, names.length ? new Set(names) : 'all');
  }
  return findings.filter((f) => {
    const d = disabled.get(f.range.start.line);
    return !(d === 'all' || d?.has(f.ruleId));
  });
}
