import { writeFileSync } from 'node:fs';
import { fixTexts } from '../../lint/fix-run.ts';
import type { LintRun, RunOptions } from '../../lint/lint-paths.ts';
import type { LintOptions } from '../../lint/settings.ts';
import { loadSources } from '../../load/sources.ts';
import { lineDiff } from '../line-diff.ts';

/**
 * `lint --fix` and `--fix-dry-run`: the fixes of src/lint/fix-run.ts written to the files (or,
 * dry, printed as a diff on standard error); the run's result is what remains. Standard input
 * is never written back: its fixes are printed.
 */
export async function runFixes(paths: readonly string[], options: LintOptions, io: RunOptions, dryRun: boolean): Promise<LintRun> {
  const sources = await loadSources(paths, { maxFileBytes: options.maxFileBytes, ...io });
  const ioErrors = sources.filter((s) => s.ioError !== undefined).map((s) => ({ path: s.path, message: s.ioError as string }));
  const { result, fixed } = await fixTexts(sources, options, io);
  for (const f of fixed) {
    const write = !dryRun && f.path !== '<stdin>';
    const lines = [`${f.path}: ${write ? 'fixed' : 'would fix'} ${f.applied.length} problem${f.applied.length === 1 ? '' : 's'}`];
    for (const a of f.applied) lines.push(`  ${a.range.start.line}:${a.range.start.column}  ${a.fix?.description ?? ''}  ${a.ruleId}`);
    if (!write) lines.push(...lineDiff(f.original, f.output).map((l) => `  ${l}`));
    if (write) {
      try {
        writeFileSync(f.path, f.output);
      } catch (e) {
        ioErrors.push({ path: f.path, message: `cannot write the fixes: ${(e as Error).message}` });
        continue;
      }
    }
    process.stderr.write(lines.join('\n') + '\n');
  }
  return { result, ioErrors };
}
