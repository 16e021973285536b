import type { Command } from 'commander';
import { Option } from 'commander';
import { formatNames } from '../../formatters/index.ts';
import { MAX_FILE_SIZE_OPTION } from '../read-source.ts';

export interface MigrateFlags {
  maxFileSize?: string;
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
    .argument(
      '<definition>',
      'a definition (or a ConfigMap holding one, or a 0.1.x Module holding one in spec.source.raw, or a 0.1.x Module adopting a Helm release with existingHelmRelease); - for standard input',
    )
    .option('--module <module.yaml>', 'the 0.1.x Module that uses the definition: its metadata, workspace, spec.config and hibernated are carried over')
    .option('-o, --output <file>', 'write the Module to this file instead of standard output')
    .addOption(
      new Option('--operator-version <version>', 'the 0.1.21+ release to check the new Module against').choices(['0.1.21', '0.1.22', '0.1.23', '0.1.24']).default('0.1.24'),
    )
    .option('--from-version <version>', 'render the old definition as this operator release (default: the newest that accepts it)')
    .addOption(new Option('-f, --format <format>', 'format of findings (written to standard error)').choices(formatNames).default('stylish'))
    .option(...MAX_FILE_SIZE_OPTION)
    .option('--color', 'force colours')
    .option('--no-color', 'disable colours')
    .action(async (definition: string, flags: MigrateFlags) => {
      // Imported when the command runs, so other commands do not evaluate the migration.
      const { runMigrate } = await import('./migrate-run.ts');
      process.exitCode = await runMigrate(definition, flags);
    });
}
