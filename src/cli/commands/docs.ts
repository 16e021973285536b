import { readFileSync, writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { DocsInputError, docsMarkdown, readDefinitions, replaceSection } from '../../authoring/docs/index.ts';
import type { DefinitionDoc } from '../../authoring/docs/index.ts';
import { printError } from '../output.ts';
import { MAX_FILE_SIZE_OPTION, maxFileBytes, readSource } from '../read-source.ts';
import { UsageError } from '../usage-error.ts';

interface DocsFlags {
  maxFileSize?: string;
  output?: string;
  readme?: string;
  check?: boolean;
}

export function register(program: Command): void {
  program
    .command('docs')
    .description("write Markdown for a definition's users: metadata, operator versions, a config table and an example Module")
    .argument('<definition...>', 'definition files (or ConfigMaps holding one); - for standard input')
    .option('-o, --output <file>', 'write to this file (default: standard output)')
    .option('--readme <README.md>', 'replace the section between <!-- forkspacer-def-docs-start --> and <!-- forkspacer-def-docs-end --> in this file')
    .option(...MAX_FILE_SIZE_OPTION)
    .option('--check', 'write nothing; exit 1 when the --readme section (or the -o file) is out of date, 0 when current')
    .action((definitions: string[], flags: DocsFlags) => {
      process.exitCode = runDocs(definitions, flags);
    });
}

function readText(path: string, what: string, max: number): string {
  return readSource(path, what, max).text;
}

function runDocs(paths: string[], flags: DocsFlags): number {
  if (flags.output !== undefined && flags.readme !== undefined) throw new UsageError('give -o <file> or --readme <README.md>, not both');
  if (flags.check && flags.output === undefined && flags.readme === undefined) throw new UsageError('--check compares with a file: give --readme <README.md> or -o <file>');
  if (paths.filter((p) => p === '-').length > 1) throw new UsageError('standard input (-) can be read only once');

  const max = maxFileBytes(flags.maxFileSize);
  const defs: DefinitionDoc[] = [];
  for (const path of paths) {
    const file = path === '-' ? '<stdin>' : path;
    try {
      defs.push(...readDefinitions(file, readText(path, 'definition', max)));
    } catch (e) {
      if (e instanceof DocsInputError) throw new UsageError(e.message);
      throw e;
    }
  }
  const seen = new Set<string>();
  for (const d of defs) {
    if (seen.has(d.file)) continue;
    seen.add(d.file);
    if (d.lintErrors) printError(`note: ${d.file} has ${d.lintErrors} lint error${d.lintErrors === 1 ? '' : 's'}; the operator may reject it (run forkspacer-def lint ${d.file})`);
  }

  if (flags.readme !== undefined) {
    const readme = readText(flags.readme, '--readme', max);
    const r = replaceSection(readme, docsMarkdown(defs, { headingLevel: 2 }));
    if (!r.ok) throw new UsageError(`${flags.readme}: ${r.error}`);
    if (flags.check) {
      if (r.current) return 0;
      printError(`${flags.readme}: the docs section is out of date; run forkspacer-def docs ${paths.join(' ')} --readme ${flags.readme}`);
      return 1;
    }
    if (!r.current) writeFileSync(flags.readme, r.text);
    process.stdout.write(`${flags.readme}: ${r.current ? 'up to date' : 'docs section updated'}\n`);
    return 0;
  }

  const markdown = docsMarkdown(defs);
  if (flags.output !== undefined) {
    let existing: string | undefined;
    try {
      existing = readFileSync(flags.output, 'utf8');
    } catch {
      existing = undefined;
    }
    if (flags.check) {
      if (existing === markdown) return 0;
      printError(`${flags.output}: ${existing === undefined ? 'missing' : 'out of date'}; run forkspacer-def docs ${paths.join(' ')} -o ${flags.output}`);
      return 1;
    }
    try {
      writeFileSync(flags.output, markdown);
    } catch (e) {
      throw new UsageError(`cannot write ${flags.output}: ${(e as Error).message}`);
    }
    return 0;
  }
  process.stdout.write(markdown);
  return 0;
}
