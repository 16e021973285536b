import { Command, CommanderError } from 'commander';
import { register as registerLint } from './commands/lint.ts';
import { register as registerSchema } from './commands/schema.ts';
import { register as registerRules } from './commands/rules.ts';
import { register as registerPublish } from './commands/publish.ts';
import { register as registerRender } from './commands/render.ts';
import { register as registerMigrate } from './commands/migrate.ts';
import { register as registerVerifyModule } from './commands/verify-module.ts';
import { register as registerInit } from './commands/init.ts';
import { register as registerDocs } from './commands/docs.ts';
import { DEEP_STACK_MB, offerDeepStack, onDeepStack, runOnDeepStack, wantsDeepStack } from '../runtime/deep-stack.ts';
import { register as registerLsp } from './commands/lsp.ts';
import { printError } from './output.ts';
import { UsageError } from './usage-error.ts';
import { TOOL_VERSION } from './version.ts';

/** Exit statuses: 0 clean, 1 findings, 2 usage or I/O error. */
export async function main(argv: string[]): Promise<number> {
  offerDeepStack();
  const program = new Command('forkspacer-def')
    .description('Lint, render and publish Forkspacer resource definitions, exactly as the operator reads them')
    .version(TOOL_VERSION)
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) })
    .showHelpAfterError('(run with --help for usage)');
  registerLint(program);
  registerSchema(program);
  registerRender(program);
  registerRules(program);
  // The linter is imported only when publish runs.
  registerPublish(program, { lintForPublish: async (paths, opts) => (await import('./lint-for-publish.ts')).lintForPublish(paths, opts) });
  registerMigrate(program);
  registerVerifyModule(program);
  registerInit(program);
  registerDocs(program);
  registerLsp(program);
  for (const c of program.commands) c.exitOverride();
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    // Input nested deeper than the default stack allows: the whole command again, on a large one.
    if (wantsDeepStack(e)) return runOnDeepStack(argv, deepStackEntry());
    if (e instanceof UsageError) {
      printError(e.message);
      return 2;
    }
    if (onDeepStack && e instanceof RangeError) {
      printError(`input nested too deep for forkspacer-def even on a ${DEEP_STACK_MB} MiB stack (a limit of this tool, not of the operator): ${e.message}`);
      return 2;
    }
    printError(`internal error: ${(e as Error).stack ?? String(e)}`);
    return 2;
  }
}

/** What the large-stack thread runs: the executable when built, else run.ts through tsx. */
function deepStackEntry(): URL {
  return import.meta.url.endsWith('.ts') ? new URL('./run.ts', import.meta.url) : new URL('../bin/forkspacer-def', import.meta.url);
}
