import type { ModuleContext } from '../context/module-context.ts';
import type { Rule } from './types.ts';
import { rule as schema } from './module-schema.ts';
import { rule as pruned } from './module-pruned-field.ts';
import { rule as apiVersion } from './module-api-version.ts';
import { rule as name } from './module-name.ts';
import { rule as labels } from './module-labels.ts';
import { rule as source } from './module-source.ts';
import { rule as unresolved } from './module-unresolved-source.ts';
import { rule as missing } from './module-source-missing.ts';
import { rule as sourceDefinition } from './module-source-definition.ts';
import { rule as config } from './module-config.ts';
import { rule as ignored } from './module-ignored-config.ts';
import { rule as inlineSpec } from './module-inline-spec.ts';
import { rule as chartSource } from './module-chart-source.ts';
import { rule as inlineConfig, defaultRule as inlineDefault, duplicateRule as inlineDuplicate } from './module-inline-config.ts';
import { rule as renderRule, warningRule as renderWarning } from './module-render.ts';
import { rule as releaseName } from './module-release-name.ts';
import { rule as workspace } from './module-workspace.ts';
import { rule as duplicate } from './module-duplicate.ts';

export const moduleRules: readonly Rule<ModuleContext>[] = [
  schema,
  pruned,
  apiVersion,
  name,
  labels,
  source,
  unresolved,
  missing,
  sourceDefinition,
  config,
  ignored,
  inlineSpec,
  chartSource,
  inlineConfig,
  inlineDefault,
  inlineDuplicate,
  renderRule,
  renderWarning,
  releaseName,
  workspace,
  duplicate,
];
