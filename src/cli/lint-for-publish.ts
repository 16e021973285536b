import { readFile } from 'node:fs/promises';
import { definitionSources } from '../lint/definition-sources.ts';
import { lintPaths } from '../lint/lint-paths.ts';
import type { LintForPublish } from '../publish/types.ts';
import { formatLintResult, resolveLintOptions } from './commands/lint-run.ts';

/**
 * `publish` lints first with the same rules, configuration and formats as `lint`; any error
 * refuses the whole publish. The definitions then go out as their exact source text.
 */
export const lintForPublish: LintForPublish = async (paths, opts) => {
  const options = resolveLintOptions({ rule: opts.rules, config: opts.config, operatorVersion: opts.operatorVersion, maxFileSize: opts.maxFileSize });
  const run = await lintPaths(paths, options, { sequential: true });
  const report = await formatLintResult(run.result, opts.format, opts.color, opts.quiet);
  const items = [];
  for (const file of run.result.files) {
    const text = file.source ?? (file.file === '<stdin>' ? undefined : await readFile(file.file, 'utf8').catch(() => undefined));
    if (text === undefined) continue;
    for (const d of definitionSources(text)) items.push({ ...d, sourceFile: file.file });
  }
  return { ok: run.result.errorCount === 0, report, items, ioErrors: run.ioErrors, warningCount: run.result.warningCount };
};
