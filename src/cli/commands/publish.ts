// `forkspacer-def publish <paths...> -n <namespace>`: lint, then write each definition into a
// ConfigMap with server-side apply. Exit 0 ok (with --diff: no differences), 1 refused by lint,
// failed publish (with --diff: differences found), 2 usage or I/O error.
import type { Command } from 'commander';
import { Option } from 'commander';
import type { LintForPublish, PublishOptions } from '../../publish/types.ts';
import { UsageError } from '../usage-error.ts';

interface PublishFlags {
  namespace: string;
  nameTemplate?: string;
  context?: string;
  kubeconfig?: string;
  force?: boolean;
  forceConflicts?: boolean;
  dryRun: string;
  diff?: boolean;
  output?: string;
  values?: string;
  valuesKey?: string;
  plugin?: string;
  concurrency?: string;
  retries?: string;
  requestTimeout?: string;
  moduleSnippet: boolean;
  format: string;
  rule: string[];
  config?: string | false;
  operatorVersion?: string;
  maxFileSize?: string;
  quiet?: boolean;
  color?: boolean;
}

export interface PublishDeps {
  lintForPublish: LintForPublish;
  /** Defaults to process.stdout / process.stderr (tests pass their own). */
  stdout?: (s: string) => void;
  stderr?: (s: string) => void;
  /** Decides colour for the lint report; defaults to NO_COLOR/FORCE_COLOR/TTY. */
  useColor?: (flag: boolean | undefined) => boolean;
}

/** `30s`, `500ms`, `1m`, or a number of seconds. */
export function parseDuration(flag: string, v: string): number {
  const m = /^(\d+(?:\.\d+)?)(ms|s|m)?$/.exec(v.trim());
  if (!m) throw new UsageError(`${flag} ${v}: expected a duration such as 30s, 500ms or 2m`);
  const n = Number(m[1]);
  const ms = m[2] === 'ms' ? n : m[2] === 'm' ? n * 60_000 : n * 1000;
  if (ms <= 0) throw new UsageError(`${flag} ${v}: must be more than zero`);
  return ms;
}

function parseCount(flag: string, v: string | undefined, min: number): number | undefined {
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v) || Number(v) < min) throw new UsageError(`${flag} ${v}: expected a whole number${min > 0 ? ` of at least ${min}` : ''}`);
  return Number(v);
}

export function register(program: Command, deps: PublishDeps): void {
  program
    .command('publish')
    .description('lint definitions, then publish each into a ConfigMap (server-side apply) for Module source.configMap')
    .argument('<paths...>', 'files, directories, globs, or - for standard input')
    .option('-n, --namespace <namespace>', 'namespace of the ConfigMaps', 'default')
    .option('--name-template <template>', 'ConfigMap name from {name}, {version}, {kind} (sanitised to a DNS-1123 name)', '{name}')
    .option('--context <name>', 'kubeconfig context to use')
    .option('--kubeconfig <file>', 'kubeconfig file (default: $KUBECONFIG, then ~/.kube/config)')
    .option('--force', 'take over ConfigMaps of the same name that forkspacer-def does not manage')
    .option('--force-conflicts', 'take over fields owned by other field managers (server-side apply force)')
    .addOption(
      new Option('--dry-run [strategy]', 'client: print without contacting the cluster; server: send with dry-run')
        .choices(['none', 'client', 'server'])
        .default('none')
        .preset('client'),
    )
    .option('--diff', 'show what would change in the cluster (like kubectl diff); exit 1 when something would')
    .addOption(new Option('-o, --output <format>', 'print the ConfigMaps instead of one line per ConfigMap').choices(['yaml', 'json', 'name']))
    .option('--values <file>', 'also publish this Helm values file into a sibling ConfigMap')
    .option('--values-key <key>', 'data key for --values (default: values)')
    .option('--plugin <file>', 'also publish a Custom module plugin (.so) into a sibling ConfigMap (binaryData.plugin)')
    .option('--concurrency <n>', 'ConfigMaps applied in parallel (default 8)')
    .option('--retries <n>', 'retries for 429, 5xx, timeouts and dropped connections (default 4)')
    .option('--request-timeout <duration>', 'timeout per request, e.g. 30s (default 30s)')
    .option('--no-module-snippet', 'do not print the Module snippet after publishing')
    .addOption(new Option('-f, --format <format>', 'lint report format').default('stylish'))
    .option('--rule <id=severity>', 'set a lint rule to off, warn or error (repeatable)', (v: string, acc: string[]) => [...acc, v], [])
    .option('-c, --config <file>', 'lint configuration file (default: nearest .forkspacer-def.yaml upward)')
    .option('--no-config', 'ignore .forkspacer-def.yaml files')
    .option('--operator-version <version>', 'require that this operator release accepts each definition')
    .option('--max-file-size <bytes>', 'refuse larger inputs (default 16 MiB)')
    .option('-q, --quiet', 'report lint errors only; print no Module snippet')
    .option('--color', 'force colours')
    .option('--no-color', 'disable colours')
    .action(async (paths: string[], flags: PublishFlags) => {
      process.exitCode = await runPublish(paths, flags, deps);
    });
}

export async function runPublish(paths: string[], flags: PublishFlags, deps: PublishDeps): Promise<number> {
  const out = deps.stdout ?? ((s: string) => void process.stdout.write(s));
  const err = deps.stderr ?? ((s: string) => void process.stderr.write(s));
  const line = (w: (s: string) => void, s: string) => s && w(s.endsWith('\n') ? s : s + '\n');

  const dryRun = flags.dryRun as PublishOptions['dryRun'];
  if (flags.diff && dryRun !== 'none') throw new UsageError('--diff and --dry-run cannot be combined (--diff already uses a server dry run)');
  if (flags.diff && flags.output) throw new UsageError('--diff and -o cannot be combined');
  const options: PublishOptions = {
    namespace: flags.namespace,
    nameTemplate: flags.nameTemplate,
    context: flags.context,
    kubeconfig: flags.kubeconfig,
    force: flags.force,
    forceConflicts: flags.forceConflicts,
    dryRun,
    diff: flags.diff,
    valuesFile: flags.values,
    valuesKey: flags.valuesKey,
    pluginFile: flags.plugin,
    concurrency: parseCount('--concurrency', flags.concurrency, 1),
    retries: parseCount('--retries', flags.retries, 0),
    timeoutMs: flags.requestTimeout !== undefined ? parseDuration('--request-timeout', flags.requestTimeout) : undefined,
  };
  const machineOutput = flags.output === 'yaml' || flags.output === 'json';
  // With -o yaml|json standard output carries only the manifests.
  const info = machineOutput ? err : out;

  const color = deps.useColor ? deps.useColor(flags.color) : false;
  const lint = await deps.lintForPublish(paths, {
    format: flags.format,
    color,
    cwd: process.cwd(),
    rules: flags.rule,
    config: flags.config,
    operatorVersion: flags.operatorVersion,
    quiet: flags.quiet,
    maxFileSize: flags.maxFileSize,
  });
  line(info, lint.report);
  for (const e of lint.ioErrors ?? []) line(err, `forkspacer-def: ${e.path}: ${e.message}`);
  if (lint.ioErrors?.length) {
    line(err, 'forkspacer-def: nothing published: some inputs could not be read');
    return 2;
  }
  if (!lint.ok) {
    line(err, 'forkspacer-def: nothing published: lint reported errors (warnings alone do not block publishing)');
    return 1;
  }
  if (!lint.items.length) {
    line(
      err,
      `forkspacer-def: nothing to publish: no definitions found in ${paths.map((p) => (p === '-' ? '<stdin>' : p)).join(', ')} (a definition is a document with kind Helm or Custom, or a ConfigMap holding one)`,
    );
    return 1;
  }

  const { publish, PublishInputError } = await import('../../publish/engine.ts');
  const fmt = await import('../../publish/format.ts');
  let result;
  try {
    result = await publish(lint.items, options);
  } catch (e) {
    if (e instanceof PublishInputError) throw new UsageError(e.message);
    throw e;
  }
  for (const n of result.notes) line(err, `note: ${n}`);
  if (flags.diff) line(out, fmt.diffText(result));
  else if (machineOutput) line(out, fmt.manifests(result, flags.output as 'yaml' | 'json'));
  else if (flags.output === 'name') {
    for (const x of result.results) if (x.ok) line(out, `configmap/${x.configMap.name}`);
  } else {
    for (const l of fmt.itemLines(result)) line(out, l);
  }
  for (const l of fmt.errorLines(result)) line(err, l);
  line(info, fmt.summaryLine(result));
  if (result.ok && !flags.diff && dryRun === 'none' && flags.moduleSnippet && !flags.quiet && !machineOutput && flags.output !== 'name') {
    line(out, '\n' + fmt.moduleSnippet(result));
  }
  if (!result.ok) return 1;
  if (flags.diff) return result.results.some((x) => x.diff) ? 1 : 0;
  return 0;
}
