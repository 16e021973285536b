import type { Command } from 'commander';
import { Option } from 'commander';
import type { VerifyFormat } from '../../authoring/verify/report.ts';

// The report's formats, spelled out here so that registering the command does not load the
// report (and chalk); the Record makes a format missing from this list a compile error.
const VERIFY_FORMATS = Object.keys({ stylish: true, json: true, junit: true } satisfies Record<VerifyFormat, true>) as VerifyFormat[];

export interface VerifyFlags {
  definition?: string;
  module?: string;
  set?: string[];
  setString?: string[];
  operatorVersion?: string;
  timeout: string;
  skipDestructive?: boolean;
  header: string[];
  cacert?: string;
  insecure?: boolean;
  format: string;
  output?: string;
  color?: boolean;
}

export function register(program: Command): void {
  const assignments: { flag: '--set' | '--set-string'; arg: string }[] = [];
  const assign = (flag: '--set' | '--set-string') => (arg: string) => {
    assignments.push({ flag, arg });
    return assignments.map((a) => a.arg);
  };
  program
    .command('verify-module')
    .description("contract-test a custom module's HTTP service: GET /health, then install, sleep, resume and uninstall with the effective config, and a malformed body")
    .argument('<base-url>', 'where the module listens, e.g. http://127.0.0.1:8080')
    .requiredOption('--definition <def.yaml>', 'the Custom definition (or a ConfigMap holding one, or a 0.1.21+ Custom Module) whose config is sent')
    .option('--module <module.yaml>', 'a 0.1.x Module whose spec.config is the input')
    .option('--set <key=value>', 'a config value, typed as YAML reads it (repeatable)', assign('--set'))
    .option('--set-string <key=value>', 'a config value kept as a string (repeatable)', assign('--set-string'))
    .option('--operator-version <version>', 'compute the config as this operator release does (default: the newest that accepts the definition)')
    .option('--timeout <ms>', 'timeout of each request in milliseconds', '10000')
    .option('--skip-destructive', 'only GET /health (no install, sleep, resume or uninstall)')
    .option('-H, --header <name: value>', 'a header sent with every request, as curl takes it (repeatable)', (h: string, all: string[]) => [...all, h], [] as string[])
    .option('--cacert <file>', 'https: trust the CA certificates (PEM) in this file besides the system ones')
    .option('-k, --insecure', 'https: do not verify the module certificate')
    .addOption(new Option('-f, --format <format>', 'report format').choices(VERIFY_FORMATS).default('stylish'))
    .option('-o, --output <file>', 'write the report to this file instead of standard output')
    .option('--color', 'force colours')
    .option('--no-color', 'disable colours')
    .action(async (baseUrl: string, flags: VerifyFlags) => {
      // Imported when the command runs, so other commands do not evaluate the verifier and chalk.
      const { runVerify } = await import('./verify-module-run.ts');
      process.exitCode = await runVerify(baseUrl, flags, assignments);
    });
}
