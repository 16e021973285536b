import { createInterface } from 'node:readline/promises';
import type { Readable, Writable } from 'node:stream';

/** One question: shown with its default in brackets; an empty answer takes the default. */
export interface Question {
  key: string;
  label: string;
  default?: string;
  /** Returns why an answer is refused (the question is asked again), or undefined. */
  validate?: (answer: string) => string | undefined;
}

/**
 * Asks the questions in order on a terminal (node:readline). Only called when standard input and
 * output are both TTYs; the CLI never prompts otherwise.
 */
export async function ask(questions: readonly Question[], input: Readable, output: Writable): Promise<Record<string, string>> {
  const rl = createInterface({ input, output, terminal: Boolean((output as { isTTY?: boolean }).isTTY) });
  const answers: Record<string, string> = {};
  try {
    for (const qn of questions) {
      for (;;) {
        const raw = (await rl.question(`${qn.label}${qn.default !== undefined && qn.default !== '' ? ` [${qn.default}]` : ''}: `)).trim();
        const value = raw === '' ? (qn.default ?? '') : raw;
        const problem = qn.validate?.(value);
        if (problem === undefined) {
          answers[qn.key] = value;
          break;
        }
        output.write(`  ${problem}\n`);
      }
    }
  } finally {
    rl.close();
  }
  return answers;
}
