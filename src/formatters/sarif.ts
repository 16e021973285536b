/**
 * `sarif`: SARIF 2.1.0, one run, suitable for GitHub code scanning
 * (`github/codeql-action/upload-sarif`). Artifact URIs are relative references resolved
 * against `%SRCROOT%` (the cwd, declared in `originalUriBaseIds`), with `/` separators and
 * percent-encoded segments; a file outside the cwd gets an absolute `file:` URI instead. A
 * finding in a definition fetched for a Module is located at the Module's source reference,
 * with the fetched text (its URL) as a related location.
 * `tool.driver.rules` lists every rule that has a result, sorted by id, and each result's
 * `ruleIndex` points into it. Regions are 1-based with an exclusive `endColumn`, in UTF-16
 * code units (`columnKind`), which is how findings are positioned.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { FormatContext, LintResult } from '../lint/result.ts';
import type { Finding } from '../diagnostics/finding.ts';
import { fetchedPrefix, isOutside, isPseudoPath, portablePath } from './paths.ts';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
export const INFORMATION_URI = 'https://www.npmjs.com/package/forkspacer-def';
const SRCROOT = '%SRCROOT%';

interface ArtifactLocation {
  uri: string;
  uriBaseId?: string;
}

/** Each `/`-separated segment percent-encoded, so spaces, `%`, `#`, `?` and `:` are safe. */
export function encodeUriPath(posixPath: string): string {
  return posixPath.split('/').map(encodeURIComponent).join('/');
}

function artifactLocation(file: string, cwd: string): ArtifactLocation {
  if (/^[a-z][a-z0-9+.-]+:/i.test(file)) return { uri: file };
  if (!isPseudoPath(file) && isOutside(file, cwd)) return { uri: pathToFileURL(resolve(cwd, file)).href };
  return { uri: encodeUriPath(portablePath(file, cwd)), uriBaseId: SRCROOT };
}

function srcRootUri(cwd: string): string {
  const href = pathToFileURL(resolve(cwd)).href;
  return href.endsWith('/') ? href : `${href}/`;
}

function region(f: Finding) {
  const { start, end } = f.range;
  // SARIF wants the end at or after the start; a degenerate range becomes an empty one.
  const after = end.line > start.line || (end.line === start.line && end.column >= start.column);
  return {
    startLine: start.line,
    startColumn: start.column,
    endLine: after ? end.line : start.line,
    endColumn: after ? end.column : start.column,
  };
}

export function sarif(result: LintResult, ctx: FormatContext): string {
  const ids = [...new Set(result.files.flatMap((f) => f.findings.map((x) => x.ruleId)))].sort();
  const index = new Map(ids.map((id, i) => [id, i]));
  const rules = ids.map((id) => {
    const meta = ctx.rules.get(id);
    return {
      id,
      shortDescription: { text: meta?.description || id },
      ...(meta?.helpUri ? { helpUri: meta.helpUri } : {}),
    };
  });

  const results = result.files.flatMap((file) => {
    const artifact = artifactLocation(file.file, ctx.cwd);
    const anchor = file.fetchedFor?.[0];
    return file.findings.map((f) => {
      const base = { ruleId: f.ruleId, ruleIndex: index.get(f.ruleId)!, level: f.severity };
      const here = { physicalLocation: { artifactLocation: { ...artifact }, region: region(f) } };
      if (!anchor) return { ...base, message: { text: f.message }, locations: [here] };
      // Code scanning keeps only locations in the repository: the Module's source reference is the
      // location, the fetched text a related one.
      const at = { start: { line: anchor.line, column: anchor.column }, end: { line: anchor.line, column: anchor.column } };
      return {
        ...base,
        message: { text: `${fetchedPrefix(file.file, f.range.start.line, f.range.start.column)}${f.message}` },
        locations: [{ physicalLocation: { artifactLocation: artifactLocation(anchor.file, ctx.cwd), region: region({ ...f, range: at }) } }],
        relatedLocations: [{ id: 1, ...here, message: { text: 'in the fetched definition' } }],
      };
    });
  });

  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: { name: 'forkspacer-def', version: ctx.toolVersion, informationUri: INFORMATION_URI, rules },
        },
        originalUriBaseIds: { [SRCROOT]: { uri: srcRootUri(ctx.cwd) } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
