import type { ConfigPath, ConfigProblem, ConfigProblemCode } from './types.ts';

/** ['config', 2, 'spec', 'min'] -> `config[2].spec.min`. */
export function pathText(path: ConfigPath): string {
  let s = '';
  for (const p of path) {
    if (typeof p === 'number') s += `[${p}]`;
    else if (/^[A-Za-z_][A-Za-z0-9_-]*$/.test(p)) s += s ? `.${p}` : p;
    else s += `[${JSON.stringify(p)}]`;
  }
  return s;
}

export function problem(code: ConfigProblemCode, path: ConfigPath, message: string, goError?: string, itemIndex?: number): ConfigProblem {
  const p: ConfigProblem = { code, path, pathText: pathText(path), message };
  if (goError !== undefined) p.goError = goError;
  if (itemIndex !== undefined) p.itemIndex = itemIndex;
  return p;
}
