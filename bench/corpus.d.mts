// Types of bench/corpus.mjs, for tests that lint its definitions.
export function definition(i: number, r: () => number): string;
export function ensureCorpus(dir: string, count?: number): void;
