import type { Command } from 'commander';
import { UsageError } from '../usage-error.ts';

const NAMES = ['definition', 'definition-helm-flat', 'definition-helm-chart', 'definition-custom-plugin', 'definition-custom-image'] as const;

export function register(program: Command): void {
  program
    .command('schema')
    .description('print a JSON Schema for editors (yaml-language-server) and other tools')
    .argument('[name]', `one of: ${NAMES.join(', ')}`, 'definition')
    .option('--list', 'list the schema names')
    .action(async (name: string, flags: { list?: boolean }) => {
      if (flags.list) {
        process.stdout.write(NAMES.join('\n') + '\n');
        return;
      }
      if (!(NAMES as readonly string[]).includes(name)) throw new UsageError(`unknown schema "${name}"; one of: ${NAMES.join(', ')}`);
      const { combinedDefinitionSchema, definitionSchemas } = await import('../../schema/definition-schemas.ts');
      const schema = name === 'definition' ? combinedDefinitionSchema : definitionSchemas[name];
      process.stdout.write(JSON.stringify(schema, null, 2) + '\n');
    });
}
