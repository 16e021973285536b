import type { Command } from 'commander';
import { Option } from 'commander';
import { formatNames } from '../../formatters/index.ts';

export interface LintFlags {
  format: string;
  outputFile?: string;
  maxWarnings?: string;
  quiet?: boolean;
  rule: string[];
  operatorVersion?: string;
  config?: string | false;
  maxFileSize?: string;
  offline?: boolean;
  httpTimeout?: string;
  cluster?: boolean;
  context?: string;
  kubeconfig?: string;
  color?: boolean;
  fix?: boolean;
  fixDryRun?: boolean;
}

export function register(program: Command): void {
  program
    .command('lint')
    .description('check resource definitions (and ConfigMaps holding them) the way the operator reads them')
    .argument('[paths...]', 'files, directories (searched for *.yaml/*.yml), globs, or - for standard input', ['.'])
    .addOption(new Option('-f, --format <format>', 'output format').choices(formatNames).default('stylish'))
    .option('-o, --output-file <file>', 'write the report to a file instead of standard output')
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this')
    .option('-q, --quiet', 'report errors only')
    .option('--rule <id=severity>', 'set a rule to off, warn or error (repeatable)', (v: string, acc: string[]) => [...acc, v], [])
    .option('--operator-version <version>', 'require that this operator release accepts each definition')
    .option('-c, --config <file>', 'configuration file (default: nearest .forkspacer-def.yaml upward)')
    .option('--no-config', 'ignore .forkspacer-def.yaml files')
    .option('--max-file-size <bytes>', 'refuse larger inputs (default 16 MiB)')
    .option('--offline', 'do not fetch Module source.httpURL definitions (a warning instead)')
    .option('--http-timeout <seconds>', 'timeout for fetching a source.httpURL (default 10)')
    .option('--cluster', 'read Module source.configMap definitions from the cluster')
    .option('--context <name>', 'kubeconfig context for --cluster')
    .option('--kubeconfig <file>', 'kubeconfig file for --cluster (default: $KUBECONFIG, then ~/.kube/config)')
    .option('--fix', 'apply the safe fixes to the files, then report what remains')
    .option('--fix-dry-run', 'like --fix, but print the changes instead of writing the files')
    .option('--color', 'force colours')
    .option('--no-color', 'disable colours')
    .action(async (paths: string[], flags: LintFlags) => {
      // Imported when the command runs, so other commands (and --help) do not evaluate the
      // linter and its rules at start-up.
      const { runLint } = await import('./lint-run.ts');
      process.exitCode = await runLint(paths, flags);
    });
}
