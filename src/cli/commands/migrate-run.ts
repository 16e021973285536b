import { writeFileSync } from 'node:fs';
import { MigrateInputError, migrate } from '../../authoring/migrate/index.ts';
import type { MigrateResult } from '../../authoring/migrate/index.ts';
import { isFormatName, loadFormatter } from '../../formatters/index.ts';
import type { FileResult, LintResult } from '../../lint/result.ts';
import type { SourceText } from '../../render/index.ts';
import { registeredRules } from '../../rules/registry.ts';
import { useColor } from '../output.ts';
import { UsageError } from '../usage-error.ts';
import { TOOL_VERSION } from '../version.ts';
import { maxFileBytes, readSource } from '../read-source.ts';
import type { MigrateFlags } from './migrate.ts';

export async function runMigrate(definition: string, flags: MigrateFlags): Promise<number> {
  if (!isFormatName(flags.format)) throw new UsageError(`unknown format ${flags.format}`);
  const max = maxFileBytes(flags.maxFileSize);
  const source = readSource(definition, 'definition', max);
  const module = flags.module ? readSource(flags.module, '--module', max) : undefined;
  let result: MigrateResult;
  try {
    result = migrate(source, { module, targetVersion: flags.operatorVersion, sourceVersion: flags.fromVersion });
  } catch (e) {
    if (e instanceof MigrateInputError) throw new UsageError(e.message);
    throw e;
  }
  if (flags.output) {
    try {
      writeFileSync(flags.output, result.output);
    } catch (e) {
      throw new UsageError(`-o ${flags.output}: ${(e as Error).message}`);
    }
  } else process.stdout.write(result.output);
  if (result.findings.length) await printFindings(result, [source, ...(module ? [module] : [])], flags);
  return result.errorCount > 0 ? 1 : 0;
}

async function printFindings(r: MigrateResult, sources: SourceText[], flags: MigrateFlags): Promise<void> {
  const files: FileResult[] = sources.map((s) => ({ file: s.file, findings: r.findings.filter((f) => f.file === s.file), documents: [], source: s.text }));
  const lint: LintResult = { files, errorCount: r.errorCount, warningCount: r.warningCount, documentCount: 1, skippedCount: 0 };
  const rules = registeredRules();
  const formatter = await loadFormatter(flags.format as Parameters<typeof loadFormatter>[0]);
  const text = formatter(lint, { color: useColor(process.stderr, flags.color), cwd: process.cwd(), rules, toolVersion: TOOL_VERSION });
  if (text) process.stderr.write(text.endsWith('\n') ? text : `${text}\n`);
}
