import type { Command } from 'commander';

export function register(program: Command): void {
  program
    .command('rules')
    .description('list the lint rules with their default severity and description')
    .option('--json', 'print JSON')
    .action(async (flags: { json?: boolean }) => {
      // Imported when the command runs: it evaluates every rule module.
      const { ruleMeta } = await import('../../lint/lint-text.ts');
      const metas = [...ruleMeta().values()].sort((a, b) => a.id.localeCompare(b.id));
      if (flags.json) {
        process.stdout.write(JSON.stringify(metas, null, 2) + '\n');
        return;
      }
      const width = Math.max(...metas.map((m) => m.id.length));
      for (const m of metas) process.stdout.write(`${m.id.padEnd(width)}  ${m.severity.padEnd(7)}  ${m.description}\n`);
    });
}
