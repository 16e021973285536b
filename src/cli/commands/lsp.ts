import type { Command } from 'commander';

export function register(program: Command): void {
  program
    .command('lsp')
    .description('run the language server (LSP over standard input and output) for editors')
    .option('--stdio', 'talk over standard input and output (the only transport; accepted for clients that pass it)')
    .action(async () => {
      const { runLanguageServer } = await import('./lsp-run.ts');
      await runLanguageServer();
    });
}
