import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parse } from 'yaml';
import type { SeveritySetting } from '../diagnostics/finding.ts';
import { closest } from '../diagnostics/suggest.ts';
import { parseSeveritySetting } from './severity-setting.ts';
import { UsageError } from './usage-error.ts';

export const CONFIG_FILE_NAMES = ['.forkspacer-def.yaml', '.forkspacer-def.yml'];

export interface ProjectConfig {
  path?: string;
  rules: Record<string, SeveritySetting>;
  operatorVersion?: string;
}

/** Finds the nearest `.forkspacer-def.yaml` from `start` upward. */
export function findConfigFile(start: string): string | undefined {
  let dir = resolve(start);
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) {
      const p = join(dir, name);
      if (existsSync(p)) return p;
    }
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

export function loadConfigFile(path: string, knownRules: ReadonlySet<string>): ProjectConfig {
  let data: unknown;
  try {
    data = parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new UsageError(`${path}: cannot read the configuration: ${(e as Error).message.split('\n')[0]}`);
  }
  const config: ProjectConfig = { path, rules: {} };
  if (data == null) return config;
  if (typeof data !== 'object' || Array.isArray(data)) throw new UsageError(`${path}: the configuration must be a mapping with "rules" and "operatorVersion"`);
  for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
    if (key === 'rules') {
      if (value == null) continue;
      if (typeof value !== 'object' || Array.isArray(value)) throw new UsageError(`${path}: "rules" must map rule ids to off, warn or error`);
      for (const [id, sev] of Object.entries(value as Record<string, unknown>)) {
        config.rules[id] = checkRuleSetting(`${path}: rules.${id}`, id, String(sev), knownRules);
      }
    } else if (key === 'operatorVersion') {
      config.operatorVersion = String(value);
    } else {
      const guess = closest(key, ['rules', 'operatorVersion']);
      throw new UsageError(`${path}: unknown setting "${key}"${guess ? `; did you mean "${guess}"?` : '; known settings: rules, operatorVersion'}`);
    }
  }
  return config;
}

export function checkRuleSetting(where: string, id: string, value: string, knownRules: ReadonlySet<string>): SeveritySetting {
  if (!knownRules.has(id)) {
    const guess = closest(id, knownRules);
    throw new UsageError(`${where}: unknown rule "${id}"${guess ? `; did you mean "${guess}"?` : ''} (forkspacer-def rules lists them)`);
  }
  const sev = parseSeveritySetting(value);
  if (!sev) throw new UsageError(`${where}: "${value}" is not a severity; use off, warn or error`);
  return sev;
}
