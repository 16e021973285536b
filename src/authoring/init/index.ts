/**
 * `init`: decides the options (flags, then prompts on a terminal, then defaults), generates the
 * definition and checks it with lint. No I/O besides the prompts it is handed.
 */
import type { Finding } from '../../diagnostics/finding.ts';
import type { Question } from './prompt.ts';
import { INIT_DEFAULTS, checkGenerated, flagForFinding, generateDefinition, nameProblem } from './template.ts';
import type { InitOptions } from './template.ts';

export * from './template.ts';
export type { Question } from './prompt.ts';

export class InitError extends Error {}

type Field = 'description' | 'author' | 'chartRepo' | 'chart' | 'chartVersion' | 'namespace' | 'image';

const FLAG: Record<Field, string> = {
  description: '--description',
  author: '--author',
  chartRepo: '--chart-repo',
  chart: '--chart',
  chartVersion: '--chart-version',
  namespace: '--namespace',
  image: '--image',
};

/** Findings of the definition made with these options that a given flag is responsible for. */
function findingsFor(o: InitOptions, flag: string): Finding[] {
  return checkGenerated(generateDefinition(o)).filter((f) => flagForFinding(f) === flag);
}

/**
 * The questions for whatever the flags left open, in order. Each answer is checked by linting the
 * definition it would produce, so a bad URL or image is asked again rather than written.
 */
export function questionsFor(o: InitOptions, given: ReadonlySet<Field>, current: () => InitOptions): Question[] {
  const qs: Question[] = [];
  const add = (key: Field, label: string, def: string | undefined) => {
    if (given.has(key)) return;
    qs.push({
      key,
      label,
      default: def,
      validate: (v) => {
        const f = findingsFor({ ...current(), [key]: v }, FLAG[key]);
        return f.length ? f.map((x) => x.message).join('; ') : undefined;
      },
    });
  };
  add('description', 'Description', INIT_DEFAULTS.description(o.name, o.kind));
  add('author', 'Author (optional)', undefined);
  if (o.kind === 'helm') {
    add('chartRepo', 'Chart repository URL', INIT_DEFAULTS.chartRepo);
    add('chart', 'Chart name', o.name);
    add('chartVersion', 'Chart version', INIT_DEFAULTS.chartVersion);
    add('namespace', 'Namespace of the release', INIT_DEFAULTS.namespace(o.name));
  } else {
    add('image', 'Container image', undefined);
  }
  return qs;
}

/** Generates the text, refusing (InitError) when the name is invalid or lint finds anything. */
export function buildDefinition(o: InitOptions): string {
  const np = nameProblem(o.name);
  if (np) throw new InitError(np);
  const text = generateDefinition(o);
  const findings = checkGenerated(text, o.fileName ?? '<init>');
  if (findings.length) {
    const lines = findings.map((f) => {
      const flag = flagForFinding(f);
      return `  ${f.path ?? `line ${f.range.start.line}`}${flag ? ` (${flag})` : ''}: ${f.message} [${f.ruleId}]`;
    });
    throw new InitError(`the definition would not lint clean, so nothing was written:\n${lines.join('\n')}`);
  }
  return text;
}

export const INIT_FIELDS = Object.keys(FLAG) as Field[];
export type { Field as InitField };
