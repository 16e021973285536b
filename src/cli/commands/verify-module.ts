import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { Option } from 'commander';
import { installBody } from '../../authoring/verify/config.ts';
import { VerifyInputError, verifyModule } from '../../authoring/verify/index.ts';
import type { VerifyResult } from '../../authoring/verify/index.ts';
import { formatVerify, verifyFormats } from '../../authoring/verify/report.ts';
import type { VerifyFormat } from '../../authoring/verify/report.ts';
import { yamlUnmarshalAny } from '../../render/index.ts';
import type { ConfigOverride } from '../../render/index.ts';
import type { GoValue } from '../../values/go-value.ts';
import { useColor } from '../output.ts';
import { UsageError } from '../usage-error.ts';
import { readSource } from '../read-source.ts';

interface VerifyFlags {
  definition?: string;
  module?: string;
  set?: string[];
  setString?: string[];
  operatorVersion?: string;
  timeout: string;
  skipDestructive?: boolean;
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
    .option('--module <module.yaml>', "a 0.1.x Module whose spec.config is the input")
    .option('--set <key=value>', 'a config value, typed as YAML reads it (repeatable)', assign('--set'))
    .option('--set-string <key=value>', 'a config value kept as a string (repeatable)', assign('--set-string'))
    .option('--operator-version <version>', 'compute the config as this operator release does (default: the newest that accepts the definition)')
    .option('--timeout <ms>', 'timeout of each request in milliseconds', '10000')
    .option('--skip-destructive', 'only GET /health (no install, sleep, resume or uninstall)')
    .addOption(new Option('-f, --format <format>', 'report format').choices(verifyFormats).default('stylish'))
    .option('-o, --output <file>', 'write the report to this file instead of standard output')
    .option('--color', 'force colours')
    .option('--no-color', 'disable colours')
    .action(async (baseUrl: string, flags: VerifyFlags) => {
      process.exitCode = await runVerify(baseUrl, flags, assignments);
    });
}


function overrides(assignments: readonly { flag: '--set' | '--set-string'; arg: string }[]): ConfigOverride[] {
  return assignments.map(({ flag, arg }) => {
    const eq = arg.indexOf('=');
    if (eq <= 0) throw new UsageError(`${flag} ${arg}: expected key=value, e.g. ${flag} replicas=3`);
    const key = arg.slice(0, eq);
    const raw = arg.slice(eq + 1);
    let value: GoValue = raw;
    if (flag === '--set') {
      const parsed = yamlUnmarshalAny(raw);
      if (parsed.ok) value = parsed.value;
    }
    return { source: `${flag} ${arg}`, values: new Map([[key, value]]) };
  });
}

async function runVerify(baseUrl: string, flags: VerifyFlags, assignments: readonly { flag: '--set' | '--set-string'; arg: string }[]): Promise<number> {
  const timeoutMs = Number(flags.timeout);
  if (!Number.isInteger(timeoutMs) || timeoutMs <= 0) throw new UsageError(`--timeout ${flags.timeout}: expected a positive number of milliseconds`);
  const definition = readSource(flags.definition!, '--definition');
  const module = flags.module ? readSource(flags.module, '--module') : undefined;
  let result: VerifyResult;
  try {
    const config = installBody(definition, { module, overrides: overrides(assignments), operatorVersion: flags.operatorVersion });
    result = await verifyModule({ baseUrl, config, timeoutMs, skipDestructive: flags.skipDestructive });
  } catch (e) {
    if (e instanceof VerifyInputError) throw new UsageError(e.message);
    throw e;
  }
  const text = formatVerify(result, flags.format as VerifyFormat, { color: flags.output ? false : useColor(process.stdout, flags.color) });
  if (flags.output) writeFileSync(flags.output, text);
  else process.stdout.write(text);
  return result.failed ? 1 : 0;
}
