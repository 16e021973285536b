import { pathText } from '../diagnostics/spec-path.ts';
import type { ConfigPath, ConfigProblem, ConfigProblemCode } from './types.ts';

export { pathText };

export function problem(code: ConfigProblemCode, path: ConfigPath, message: string, goError?: string, itemIndex?: number): ConfigProblem {
  const p: ConfigProblem = { code, path, pathText: pathText(path), message };
  if (goError !== undefined) p.goError = goError;
  if (itemIndex !== undefined) p.itemIndex = itemIndex;
  return p;
}
