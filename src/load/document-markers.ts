// Where yaml.v3 (the operator's YAML library) refuses document markers that the `yaml`
// library accepts. Its parser (libyaml's state machine) reads a document end marker `...`
// only after a document: one before any content is "did not find expected node content".
// After a `...`, the next document must open with `---`: content straight after it is "did
// not find expected <document start>" (further `...` lines are skipped, as yaml.v3 does).
// And it reads YAML 1.1 only: a `%YAML` directive of another version is "found incompatible
// YAML document".
import type { YamlProblem } from './parse-stream.ts';

const MARKER_OR_VERSION = /^(\.\.\.(?=[ \t]|\r?$)|%YAML[ \t])/m;

/** yaml.v3's refusals of `...` placement and of `%YAML` versions, by offset of the offending line; [] when there are none. */
export function yamlV3MarkerProblems(text: string): YamlProblem[] {
  if (!MARKER_OR_VERSION.test(text)) return [];
  let state: 'start' | 'document' | 'ended' = 'start';
  let directives = false;
  for (let at = 0; at < text.length;) {
    const nl = text.indexOf('\n', at);
    const end = nl === -1 ? text.length : nl;
    const line = text.slice(at, end);
    const marker = /^(---|\.\.\.)(?=[ \t]|\r?$)/.exec(line)?.[1];
    if (marker === '---') {
      state = 'document';
      directives = false;
    } else if (marker === '...') {
      // With directives pending, the `yaml` library already reports the missing `---`.
      if (state === 'start' && !directives)
        return [{ message: "did not find expected node content (yaml.v3 refuses a document end marker '...' before any document)", start: at, end: at + 3 }];
      state = 'ended';
    } else if (line.startsWith('%') && state !== 'document') {
      directives = true;
      const version = /^%YAML[ \t]+(\d+)\.(\d+)(?=[ \t]|\r?$)/.exec(line);
      if (version && (Number(version[1]) !== 1 || Number(version[2]) !== 1))
        return [
          {
            message: `found incompatible YAML document (yaml.v3 reads YAML 1.1 documents only: %YAML ${version[1]}.${version[2]})`,
            start: at,
            end: at + line.replace(/\r$/, '').length,
          },
        ];
    } else if (!/^[ \t]*(#.*)?\r?$/.test(line)) {
      if (state === 'ended' && !directives)
        return [
          {
            message: "did not find expected <document start> (yaml.v3 needs '---' before a document that follows a '...' marker)",
            start: at,
            end: at + Math.max(1, line.replace(/\r$/, '').length),
          },
        ];
      if (state === 'start') state = 'document';
    }
    at = end + 1;
  }
  return [];
}
