/**
 * `lint --fix`: lint, apply the fixes that do not overlap, lint the fixed texts again, until
 * nothing more can be fixed (at most MAX_PASSES, as ESLint does). Works on texts in memory;
 * writing the files is the caller's business.
 */
import type { Finding } from '../diagnostics/finding.ts';
import type { SourceFile } from '../load/sources.ts';
import { applyFixes } from './fixes.ts';
import { lintTexts } from './lint-paths.ts';
import type { RunOptions } from './lint-paths.ts';
import type { LintResult } from './result.ts';
import type { LintOptions } from './settings.ts';

export const MAX_PASSES = 10;

export interface FixedFile {
  path: string;
  original: string;
  output: string;
  /** The findings fixed, pass by pass (positions are in the text of their pass). */
  applied: Finding[];
}

export interface FixRun {
  /** What remains: the lint result of the fixed texts. */
  result: LintResult;
  fixed: FixedFile[];
}

export async function fixTexts(sources: readonly SourceFile[], options: LintOptions, io: RunOptions = {}): Promise<FixRun> {
  const current = sources.map((s) => ({ ...s }));
  const byPath = new Map(current.map((s) => [s.path, s]));
  const fixed = new Map<string, FixedFile>();
  let result = await lintTexts(current, options, io);
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    let changed = false;
    for (const file of result.files) {
      const source = byPath.get(file.file);
      if (file.fetchedFor || source?.text === undefined) continue;
      const { output, applied } = applyFixes(source.text, file.findings);
      if (applied.length === 0 || output === source.text) continue;
      const entry = fixed.get(source.path) ?? { path: source.path, original: source.text, output, applied: [] };
      entry.output = output;
      entry.applied.push(...applied);
      fixed.set(source.path, entry);
      source.text = output;
      changed = true;
    }
    if (!changed) break;
    result = await lintTexts(current, options, io);
  }
  return { result, fixed: [...fixed.values()] };
}
