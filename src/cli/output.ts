import { writeFileSync } from 'node:fs';

/** Whether to colour output: NO_COLOR and FORCE_COLOR win, then the terminal decides. */
export function useColor(stream: NodeJS.WriteStream, flag: boolean | undefined): boolean {
  if (flag !== undefined) return flag;
  if ('NO_COLOR' in process.env && process.env.NO_COLOR !== '') return false;
  const force = process.env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  return Boolean(stream.isTTY);
}

export function writeOutput(text: string, outputFile: string | undefined): void {
  if (outputFile) writeFileSync(outputFile, text);
  else if (text) process.stdout.write(text.endsWith('\n') ? text : text + '\n');
}

export function printError(message: string): void {
  process.stderr.write(`forkspacer-def: ${message}\n`);
}
