import { dirname } from 'node:path';
import { startLanguageServer } from '../../lsp/server.ts';
import { resolveLintOptions } from './lint-run.ts';
import { findConfigFile } from '../config-file.ts';

/** Serves until the client exits the server; lint options come from each file's nearest .forkspacer-def.yaml. */
export async function runLanguageServer(): Promise<void> {
  const connection = startLanguageServer({
    input: process.stdin,
    output: process.stdout,
    lintOptionsFor: (path) => {
      const config = path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path) ? findConfigFile(dirname(path)) : undefined;
      return resolveLintOptions({ rule: [], config: config ?? false });
    },
  });
  await new Promise<void>((resolve) => connection.onExit(() => resolve()));
}
