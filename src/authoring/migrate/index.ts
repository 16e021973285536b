/**
 * `migrate`: a 0.1.x definition (and optionally the Module that uses it) turned into the 0.1.21+
 * Module that carries its config schema and `spec.helm` / `spec.custom` itself (api/v1/module_types.go
 * at v0.1.24; fixtures/crds/modules-v0.1.24.yaml). Whatever cannot be carried over, or would behave differently,
 * is a finding on the old source; nothing is dropped silently.
 *
 * Behaviour is checked, not assumed: the old definition is rendered as the old operator renders
 * it and the new Module as 0.1.24 renders it (src/render), with the same config input, and the
 * effective configs and Helm specs (values, chart, outputs, ...) are compared.
 *
 *  - migrate(definition, options) -> MigrateResult (throws MigrateInputError when there is no definition)
 */
import { ruleMessage } from '../../diagnostics/rule-message.ts';
import { toYaml } from '../../render/index.ts';
import type { SourceText } from '../../render/index.ts';
import type { GoMap, GoValue } from '../../values/go-value.ts';
import { carryOver } from './carry-over.ts';
import { MigrateInputError, resolveFindings, targetVersion } from './common.ts';
import type { Add, MigrateOptions, MigrateResult, Raw } from './common.ts';
import { compareBehaviour } from './compare.ts';
import { migrateConfigItems } from './config-items.ts';
import { definitionHeader } from './header.ts';
import { findExistingReleaseModule, locate, readModule } from './locate.ts';
import { migrateExistingRelease } from './migrate-existing-release.ts';
import { migrateSpec } from './spec.ts';

export { migrateRules } from '../../rules/migrate-rules.ts';
export { MigrateInputError } from './common.ts';
export type { MigrateOptions, MigrateResult } from './common.ts';
export { parsePath, pathString } from './paths.ts';
export { equivalent } from './values.ts';

export function migrate(definition: SourceText, options: MigrateOptions = {}): MigrateResult {
  const adopting = findExistingReleaseModule(definition);
  if (adopting) return migrateExistingRelease(definition, adopting, options);
  const raw: Raw[] = [];
  const def = locate(definition);
  if (def.holder && options.module)
    throw new MigrateInputError(`${definition.file}: this Module holds its definition in spec.source.raw and is itself the Module; leave out --module`);
  const mod = options.module ? readModule(options.module) : def.holder;
  // What the renderer reads as the old definition and Module.
  const defSource: SourceText = def.holder ? { file: `${definition.file}#spec.source.raw`, text: def.where.text } : definition;
  const modSource: SourceText | undefined = def.holder ? definition : options.module;
  const add: Add = (rule, where, node, ref, path) => {
    const start = node?.start ?? 0;
    raw.push({ rule, where, start, end: node?.end ?? start, message: ruleMessage(rule, ref), path });
  };
  const target = targetVersion(options);
  // Filled in reading order of the old source; the header lists it.
  const notCarried: string[] = [];

  const config = migrateConfigItems(def, add, notCarried);
  const carried = carryOver(def, mod, config, add, notCarried);
  const { spec, helmDialect } = migrateSpec(def, target, carried, add, notCarried);
  const module: GoMap = new Map<string, GoValue>([
    ['apiVersion', 'batch.forkspacer.com/v1'],
    ['kind', 'Module'],
    ['metadata', carried.metadata],
  ]);
  if (config.items.length) module.set('config', config.items);
  module.set('spec', spec);

  const header = definitionHeader(definition, options, def, target, notCarried);
  const body = toYaml(module);
  const output = `${header.join('\n')}\n${body}`;

  const { oldRender, newRender } = compareBehaviour(
    { def, mod, defSource, modSource, body, sourceVersion: options.sourceVersion, target, carried, typedItems: config.typedItems, helmDialect },
    raw,
    add,
  );
  return { output, module, ...resolveFindings(raw, definition.file), dialect: def.dialect, oldRender, newRender };
}
