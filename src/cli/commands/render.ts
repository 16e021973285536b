import type { Command } from 'commander';
import { Option } from 'commander';
import { formatNames } from '../../formatters/index.ts';
import { MAX_FILE_SIZE_OPTION } from '../read-source.ts';

export interface RenderFlags {
  maxFileSize?: string;
  module?: string;
  values?: string[];
  releaseName?: string;
  namespace?: string;
  operatorVersion?: string;
  output: string;
  configOnly?: boolean;
  format: string;
  color?: boolean;
}

const collect = (v: string, acc: string[] | undefined) => [...(acc ?? []), v];

/** --set and --set-string in command-line order (the later one wins for the same key). */
export type Assignment = { flag: '--set' | '--set-string'; arg: string };

export function register(program: Command): void {
  const assignments: Assignment[] = [];
  const assign = (flag: Assignment['flag']) => (arg: string) => {
    assignments.push({ flag, arg });
    return assignments;
  };
  program
    .command('render')
    .description('show what the operator does with a definition: the effective config and the rendered Helm spec')
    .argument('<definition>', 'a definition (or a ConfigMap holding one, or a 0.1.21+ Module with inline config); - for standard input')
    .option('--module <module.yaml>', 'a Module: its spec.config, and its name and namespace for the release name')
    .option('--set <key=value>', 'a config value, typed as YAML reads it (repeatable)', assign('--set'))
    .option('--set-string <key=value>', 'a config value kept as a string (repeatable)', assign('--set-string'))
    .option('--values <file>', 'config values from a YAML or JSON map (repeatable; applied after the Module, before --set)', collect)
    .option('--release-name <name>', 'the Helm release name (default: <Module namespace>-<Module name>)')
    .option('--namespace <namespace>', "the Module's namespace (default: the Module's own, else default)")
    .option('--operator-version <version>', 'render as this operator release (default: the newest that accepts the definition)')
    .addOption(new Option('-o, --output <format>', 'output format').choices(['yaml', 'json']).default('yaml'))
    .option('--config-only', 'print only the effective config')
    .addOption(new Option('-f, --format <format>', 'format of findings (written to standard error)').choices(formatNames).default('stylish'))
    .option(...MAX_FILE_SIZE_OPTION)
    .option('--color', 'force colours')
    .option('--no-color', 'disable colours')
    .action(async (definition: string, flags: RenderFlags) => {
      // Imported when the command runs, so other commands do not evaluate the renderer.
      const { runRender } = await import('./render-run.ts');
      process.exitCode = await runRender(definition, flags, assignments);
    });
}
