import { createInterface } from 'node:readline';
import type { Interface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';

/** One question: shown with its default in brackets; an empty answer takes the default. */
export interface Question {
  key: string;
  label: string;
  default?: string;
  /** Returns why an answer is refused (the question is asked again), or undefined. */
  validate?: (answer: string) => string | undefined;
}

/** The user ended the prompts (Ctrl+C, Ctrl+D, end of input) before answering all of them. */
export class PromptCancelled extends Error {
  constructor() {
    super('cancelled: no answer given, nothing was written');
  }
}

/**
 * Questions on a terminal (node:readline), one interface for the whole session so typed-ahead
 * lines are not lost between groups of questions. Only used when standard input and output are
 * both TTYs; the CLI never prompts otherwise.
 */
export class Prompter {
  private readonly rl: Interface;
  private closed = false;
  /** Lines typed ahead of their question (readline drops lines nobody is waiting for). */
  private readonly lines: string[] = [];
  private waiting: ((line: string | undefined) => void) | undefined;

  constructor(
    input: Readable,
    private readonly output: Writable,
  ) {
    this.rl = createInterface({ input, output, terminal: Boolean((output as { isTTY?: boolean }).isTTY) });
    this.rl.on('line', (line) => {
      const w = this.waiting;
      this.waiting = undefined;
      if (w) w(line);
      else this.lines.push(line);
    });
    this.rl.on('close', () => {
      this.closed = true;
      const w = this.waiting;
      this.waiting = undefined;
      w?.(undefined);
    });
    // Ctrl+C on a terminal: end the prompts as Ctrl+D does.
    this.rl.on('SIGINT', () => this.rl.close());
  }

  async ask(questions: readonly Question[]): Promise<Record<string, string>> {
    const answers: Record<string, string> = {};
    for (const qn of questions) {
      for (;;) {
        const raw = (await this.question(`${qn.label}${qn.default !== undefined && qn.default !== '' ? ` [${qn.default}]` : ''}: `)).trim();
        const value = raw === '' ? (qn.default ?? '') : raw;
        const problem = qn.validate?.(value);
        if (problem === undefined) {
          answers[qn.key] = value;
          break;
        }
        this.output.write(`  ${problem}\n`);
      }
    }
    return answers;
  }

  private async question(text: string): Promise<string> {
    this.rl.setPrompt(text);
    this.rl.prompt();
    const buffered = this.lines.shift();
    if (buffered !== undefined) {
      this.output.write(`${buffered}\n`);
      return buffered;
    }
    if (this.closed) throw new PromptCancelled();
    const line = await new Promise<string | undefined>((resolve) => (this.waiting = resolve));
    if (line === undefined) throw new PromptCancelled();
    return line;
  }

  close(): void {
    if (!this.closed) this.rl.close();
  }
}

/** Asks the questions in order and closes the prompter. */
export async function ask(questions: readonly Question[], input: Readable, output: Writable): Promise<Record<string, string>> {
  const p = new Prompter(input, output);
  try {
    return await p.ask(questions);
  } finally {
    p.close();
  }
}
