/** The generated section of a README, between the start and end markers. */
export const START_MARKER = '<!-- forkspacer-def-docs-start -->';
export const END_MARKER = '<!-- forkspacer-def-docs-end -->';

export type SectionResult = { ok: true; text: string; current: boolean } | { ok: false; error: string };

/**
 * Replaces what lies between the markers with `content` (markers kept, one blank line on each
 * side). `current` says whether the README already holds exactly that.
 */
export function replaceSection(readme: string, content: string): SectionResult {
  const start = readme.indexOf(START_MARKER);
  const end = readme.indexOf(END_MARKER);
  if (start === -1 || end === -1) {
    const missing = [start === -1 ? START_MARKER : '', end === -1 ? END_MARKER : ''].filter(Boolean).join(' and ');
    return { ok: false, error: `no ${missing} marker${start === -1 && end === -1 ? 's' : ''}; put the two markers where the docs go:\n${START_MARKER}\n${END_MARKER}` };
  }
  if (end < start) return { ok: false, error: `${END_MARKER} comes before ${START_MARKER}` };
  if (readme.indexOf(START_MARKER, start + 1) !== -1 || readme.indexOf(END_MARKER, end + 1) !== -1) {
    return { ok: false, error: 'the markers appear more than once; keep one pair' };
  }
  const nl = readme.includes('\r\n') ? '\r\n' : '\n';
  const body = content.trimEnd().replace(/\r?\n/g, nl);
  const text = `${readme.slice(0, start + START_MARKER.length)}${nl}${nl}${body}${nl}${nl}${readme.slice(end)}`;
  return { ok: true, text, current: text === readme };
}
