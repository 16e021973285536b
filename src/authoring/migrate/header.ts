/**
 * The comment header of the migrated Module: where it came from, which operators it is for, and
 * what was not carried over, so that a reader of the output alone sees what needs attention.
 */
import { stringAt } from '../../load/ynode.ts';
import type { SourceText } from '../../render/index.ts';
import type { MigrateOptions } from './common.ts';
import type { LocatedDefinition } from './locate.ts';

/** The "NOT carried over" block, when anything was left out. */
export function pushNotCarried(header: string[], notCarried: readonly string[]): void {
  if (notCarried.length) {
    header.push('# NOT carried over (see the findings):');
    for (const n of notCarried) header.push(`#   - ${n}`);
  }
}

export function definitionHeader(definition: SourceText, options: MigrateOptions, def: LocatedDefinition, target: string, notCarried: readonly string[]): string[] {
  const header: string[] = [];
  const dm = (k: string) => stringAt(def.root, 'metadata', k);
  header.push(`# Migrated by forkspacer-def migrate from ${definition.file}${options.module ? ` and ${options.module.file}` : ''}`);
  header.push(`# (${def.kind} definition ${dm('name') ?? '?'}${dm('version') ? ` ${dm('version')}` : ''}, ${def.dialect}) for operator 0.1.21+ (checked against ${target}).`);
  for (const k of ['description', 'author', 'category']) if (dm(k)) header.push(`# ${k}: ${dm(k)!.replace(/\s+/g, ' ')}`);
  pushNotCarried(header, notCarried);
  return header;
}
