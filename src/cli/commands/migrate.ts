import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { Option } from 'commander';
import { MigrateInputError, migrate, migrateRules } from '../../authoring/migrate/index.ts';
import type { MigrateResult } from '../../authoring/migrate/index.ts';
import { formatNames, isFormatName, loadFormatter } from '../../formatters/index.ts';
import { ruleMeta } from '../../lint/lint-text.ts';
import type { FileResult, LintResult, RuleMetaSummary } from '../../lint/result.ts';
import type { SourceText } from '../../render/index.ts';
import { renderRules } from '../../render/index.ts';
import { useColor } from '../output.ts';
import { UsageError } from '../usage-error.ts';
import { TOOL_VERSION } from '../version.ts';
import { readSource } from '../read-source.ts';

interface MigrateFlags {
  module?: string;
  output?: string;
  operatorVersion: string;
  fromVersion?: string;
  format: string;
  color?: boolean;
}

export function register(program: Command): void {
  program
    .command('migrate')
    .description('turn a 0.1.x definition (and the Module that uses it) into a 0.1.21+ Module with inline config, reporting what cannot be carried over')
    .argument('<definition>', 'a definition (or a ConfigMap holding one, or a 0.1.x Module holding one in spec.source.raw); - for standard input')
    .option('--module <module.yaml>', 'the 0.1.x Module that uses the definition: its metadata, workspace, spec.config and hibernated are carried over')
    .option('-o, --output <file>', 'write the Module to this file instead of standard output')
    .addOption(new Option('--operator-version <version>', 'the 0.1.21+ release to check the new Module against').choices(['0.1.21', '0.1.22', '0.1.23', '0.1.24']).default('0.1.24'))
    .option('--from-version <version>', 'render the old definition as this operator release (default: the newest that accepts it)')
    .addOption(new Option('-f, --format <format>', 'format of findings (written to standard error)').choices(formatNames).default('stylish'))
    .option('--color', 'force colours')
    .option('--no-color', 'disable colours')
    .action(async (definition: string, flags: MigrateFlags) => {
      process.exitCode = await runMigrate(definition, flags);
    });
}


async function runMigrate(definition: string, flags: MigrateFlags): Promise<number> {
  if (!isFormatName(flags.format)) throw new UsageError(`unknown format ${flags.format}`);
  const source = readSource(definition, 'definition');
  const module = flags.module ? readSource(flags.module, '--module') : undefined;
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
  const rules = new Map<string, RuleMetaSummary>(ruleMeta());
  for (const m of Object.values(renderRules)) rules.set(m.id, m);
  for (const m of Object.values(migrateRules)) rules.set(m.id, m);
  const formatter = await loadFormatter(flags.format as Parameters<typeof loadFormatter>[0]);
  const text = formatter(lint, { color: useColor(process.stderr, flags.color), cwd: process.cwd(), rules, toolVersion: TOOL_VERSION });
  if (text) process.stderr.write(text.endsWith('\n') ? text : `${text}\n`);
}
