import { Command, CommanderError } from 'commander';
import { UsageError } from '../../src/cli/usage-error.ts';

export interface CommandRun {
  status: number;
  stdout: string;
  stderr: string;
}

/**
 * One CLI command as main.ts registers it, run in this process with main's exit statuses
 * (a UsageError or a commander error is 2) and its standard output and error captured.
 */
export async function runCommand(register: (program: Command) => void, name: string, args: readonly string[]): Promise<CommandRun> {
  const program = new Command('forkspacer-def').exitOverride().configureOutput({ writeErr: () => {}, writeOut: () => {} });
  register(program);
  for (const c of program.commands) c.exitOverride();
  let stdout = '';
  let stderr = '';
  const out = process.stdout.write;
  const err = process.stderr.write;
  process.stdout.write = ((c: string | Uint8Array) => ((stdout += String(c)), true)) as typeof process.stdout.write;
  process.stderr.write = ((c: string | Uint8Array) => ((stderr += String(c)), true)) as typeof process.stderr.write;
  process.exitCode = undefined;
  let status: number;
  try {
    await program.parseAsync([name, ...args], { from: 'user' });
    status = typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (e) {
    if (e instanceof UsageError) {
      stderr += `forkspacer-def: ${e.message}\n`;
      status = 2;
    } else if (e instanceof CommanderError) status = e.exitCode === 0 ? 0 : 2;
    else throw e;
  } finally {
    process.stdout.write = out;
    process.stderr.write = err;
    process.exitCode = undefined;
  }
  return { status, stdout, stderr };
}
