/**
 * Formatter registry. Each format is loaded on first use, so `lint` pays only for the one
 * it prints; the `Record` makes a `FormatName` without a formatter a compile error.
 */
import type { FormatName, Formatter } from '../lint/result.ts';

export const formatters: Record<FormatName, () => Promise<Formatter>> = {
  stylish: () => import('./stylish.ts').then((m) => m.stylish),
  json: () => import('./json.ts').then((m) => m.json),
  sarif: () => import('./sarif.ts').then((m) => m.sarif),
  github: () => import('./github.ts').then((m) => m.github),
  junit: () => import('./junit.ts').then((m) => m.junit),
};

export const DEFAULT_FORMAT: FormatName = 'stylish';

/** Every format name, in registry order (for `--format` help and validation). */
export const formatNames = Object.keys(formatters) as FormatName[];

export function isFormatName(name: string): name is FormatName {
  return Object.hasOwn(formatters, name);
}

export function loadFormatter(name: FormatName): Promise<Formatter> {
  return formatters[name]();
}
