import type { SeveritySetting } from '../../diagnostics/finding.ts';
import { formatNames, isFormatName, loadFormatter } from '../../formatters/index.ts';
import { lintPaths } from '../../lint/lint-paths.ts';
import { ruleMeta } from '../../lint/lint-text.ts';
import type { LintResult } from '../../lint/result.ts';
import type { LintOptions } from '../../lint/settings.ts';
import { checkRuleSetting, findConfigFile, loadConfigFile } from '../config-file.ts';
import { printError, useColor, writeOutput } from '../output.ts';
import { UsageError } from '../usage-error.ts';
import { TOOL_VERSION } from '../version.ts';
import type { LintFlags } from './lint.ts';

/** Lint options from .forkspacer-def.yaml and the flags, flags winning; shared with publish. */
export function resolveLintOptions(flags: { rule: string[]; config?: string | false; operatorVersion?: string; maxFileSize?: string }): LintOptions {
  const known = new Set(ruleMeta().keys());
  const configPath = flags.config === false ? undefined : (flags.config ?? findConfigFile(process.cwd()));
  const config = configPath ? loadConfigFile(configPath, known) : { rules: {} as Record<string, SeveritySetting>, operatorVersion: undefined };
  const rules: Record<string, SeveritySetting> = { ...config.rules };
  for (const r of flags.rule) {
    const eq = r.indexOf('=');
    if (eq <= 0) throw new UsageError(`--rule ${r}: expected id=off|warn|error, e.g. --rule unknown-field=warn`);
    rules[r.slice(0, eq)] = checkRuleSetting('--rule', r.slice(0, eq), r.slice(eq + 1), known);
  }
  return { rules, operatorVersion: flags.operatorVersion ?? config.operatorVersion, maxFileBytes: parseCount('--max-file-size', flags.maxFileSize) };
}

/** Formats a lint result with the named formatter (loaded on demand). */
export async function formatLintResult(result: LintResult, format: string, color: boolean, quiet = false): Promise<string> {
  if (!isFormatName(format)) throw new UsageError(`unknown format ${format}; one of ${formatNames.join(', ')}`);
  const formatter = await loadFormatter(format);
  return formatter(quiet ? errorsOnly(result) : result, { color, cwd: process.cwd(), rules: ruleMeta(), toolVersion: TOOL_VERSION });
}

export async function runLint(paths: string[], flags: LintFlags): Promise<number> {
  const options = resolveLintOptions(flags);
  const maxWarnings = parseCount('--max-warnings', flags.maxWarnings);
  const timeout = parseCount('--http-timeout', flags.httpTimeout);
  const io = {
    sources: {
      offline: flags.offline,
      timeoutMs: timeout === undefined ? undefined : timeout * 1000,
      cluster: flags.cluster ? { kubeconfig: flags.kubeconfig, context: flags.context } : undefined,
    },
  };
  const run = flags.fix || flags.fixDryRun ? await (await import('./lint-fix.ts')).runFixes(paths, options, io, flags.fixDryRun === true) : await lintPaths(paths, options, io);
  const text = await formatLintResult(run.result, flags.format, flags.outputFile ? false : useColor(process.stdout, flags.color), flags.quiet);
  writeOutput(text, flags.outputFile);
  for (const e of run.ioErrors) printError(`${e.path}: ${e.message}`);
  if (run.ioErrors.length) return 2;
  if (run.result.errorCount > 0) return 1;
  if (maxWarnings !== undefined && run.result.warningCount > maxWarnings) {
    printError(`${run.result.warningCount} warnings, more than --max-warnings ${maxWarnings}`);
    return 1;
  }
  return 0;
}

function parseCount(flag: string, v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v)) throw new UsageError(`${flag} ${v}: expected a whole number`);
  return Number(v);
}

function errorsOnly(r: LintResult): LintResult {
  const files = r.files.map((f) => ({ ...f, findings: f.findings.filter((x) => x.severity === 'error') }));
  return { ...r, files, warningCount: 0 };
}
