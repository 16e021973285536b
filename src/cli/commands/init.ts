import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { Argument, Option } from 'commander';
import { INIT_FIELDS, InitError, buildDefinition, dialectOf, dialectReleases, nameProblem, questionsFor } from '../../authoring/init/index.ts';
import type { InitField, InitKind, InitOptions } from '../../authoring/init/index.ts';
import { DIALECTS } from '../../classify/dialects.ts';
import { describeReleases } from '../../operator/acceptance.ts';
import { UsageError } from '../usage-error.ts';

interface InitFlags {
  output?: string;
  force?: boolean;
  dialect: 'chart' | 'flat';
  chartRepo?: string;
  chart?: string;
  chartVersion?: string;
  namespace?: string;
  image?: string;
  description?: string;
  author?: string;
  schemaPath?: string;
  interactive: boolean;
}

const HELM_ONLY: [keyof InitFlags, string][] = [
  ['chartRepo', '--chart-repo'],
  ['chart', '--chart'],
  ['chartVersion', '--chart-version'],
  ['namespace', '--namespace'],
];

export function register(program: Command): void {
  program
    .command('init')
    .description('write a new definition that lints clean: metadata, one config item of each common type, a templated spec')
    .addArgument(new Argument('<kind>', 'helm or custom').choices(['helm', 'custom']))
    .argument('[name]', 'the definition name (DNS-1123); asked for on a terminal when left out')
    .option('-o, --output <file>', 'where to write it (default: <name>.yaml; - for standard output)')
    .option('--force', 'overwrite an existing file')
    .addOption(new Option('--dialect <dialect>', 'helm: chart (spec.chart, operator 0.1.12–0.1.20) or flat (operator 0.1.0–0.1.11)').choices(['chart', 'flat']).default('chart'))
    .option('--chart-repo <url>', 'helm: chart repository URL')
    .option('--chart <name>', 'helm: chart name (default: the definition name)')
    .option('--chart-version <version>', 'helm: chart version')
    .option('--namespace <namespace>', 'helm: namespace of the release')
    .option('--image <image>', 'custom: container image of the module service')
    .option('--description <text>', 'metadata.description')
    .option('--author <name>', 'metadata.author')
    .option('--schema-path <path>', 'a local schema for the yaml-language-server comment (default: the published schema URL)')
    .option('--no-interactive', 'never prompt, even on a terminal')
    .action(async (kind: InitKind, name: string | undefined, flags: InitFlags, cmd: Command) => {
      process.exitCode = await runInit(kind, name, flags, cmd);
    });
}

async function runInit(kind: InitKind, nameArg: string | undefined, flags: InitFlags, cmd: Command): Promise<number> {
  if (kind === 'custom') {
    for (const [k, flag] of HELM_ONLY) if (flags[k] !== undefined) throw new UsageError(`${flag} is for helm definitions, not custom`);
    if (cmd.getOptionValueSource('dialect') === 'cli') throw new UsageError('--dialect is for helm definitions; custom definitions use the image dialect (operator 0.1.8–0.1.20)');
  } else if (flags.image !== undefined) {
    throw new UsageError('--image is for custom definitions, not helm');
  }
  const toStdout = flags.output === '-';
  const interactive = flags.interactive !== false && Boolean(process.stdin.isTTY) && Boolean(process.stdout.isTTY);
  const promptOut = toStdout ? process.stderr : process.stdout;

  // The prompt (and node:readline) is loaded only on a terminal, so other commands do not pay
  // for it at start-up.
  const prompt = interactive ? await import('../../authoring/init/prompt.ts') : undefined;
  const prompter = prompt ? new prompt.Prompter(process.stdin, promptOut) : undefined;
  let options: InitOptions;
  let output: string;
  try {
    let name = nameArg;
    if (name === undefined) {
      if (!prompter) throw new UsageError('init needs a name: forkspacer-def init <helm|custom> <name>');
      name = (await prompter.ask([{ key: 'name', label: 'Definition name', validate: nameProblem }])).name;
    }
    const np = nameProblem(name);
    if (np) throw new UsageError(np);

    output = flags.output ?? `${name}.yaml`;
    options = {
      kind,
      name,
      dialect: flags.dialect,
      chartRepo: flags.chartRepo,
      chart: flags.chart,
      chartVersion: flags.chartVersion,
      namespace: flags.namespace,
      image: flags.image,
      description: flags.description,
      author: flags.author,
      schemaPath: flags.schemaPath,
      fileName: toStdout ? undefined : output,
    };
    if (prompter) {
      const given = new Set<InitField>(INIT_FIELDS.filter((f) => flags[f] !== undefined));
      const current = options;
      const answers = await prompter.ask(questionsFor(current, given, () => current));
      for (const [k, v] of Object.entries(answers)) {
        if (v !== '') (options as unknown as Record<string, string>)[k] = v;
      }
    }
  } catch (e) {
    if (prompt && e instanceof prompt.PromptCancelled) {
      promptOut.write('\n');
      throw new UsageError(e.message);
    }
    throw e;
  } finally {
    prompter?.close();
  }

  let text: string;
  try {
    text = buildDefinition(options);
  } catch (e) {
    if (e instanceof InitError) throw new UsageError(e.message);
    throw e;
  }
  if (toStdout) {
    process.stdout.write(text);
    return 0;
  }
  try {
    writeFileSync(output, text, { flag: flags.force ? 'w' : 'wx' });
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'EEXIST') throw new UsageError(`${output} already exists; use --force to overwrite it`);
    throw new UsageError(`cannot write ${output}: ${err.code === 'ENOENT' ? 'no such directory' : err.code === 'EISDIR' ? 'is a directory' : err.message}`);
  }
  const id = dialectOf(kind, flags.dialect);
  process.stdout.write(`wrote ${output}: ${DIALECTS[id].displayName}, for operator ${describeReleases(dialectReleases(id))}\n`);
  return 0;
}
