import type { Rule } from './types.ts';
import { rule as structure } from './structure.ts';
import { rule as unknownField } from './unknown-field.ts';
import { rule as metadataName } from './metadata-name.ts';
import { rule as metadataVersion } from './metadata-version.ts';
import { rule as resourceUsage } from './resource-usage.ts';
import { rule as metadataImage } from './metadata-image.ts';
import { rule as supportedOperatorVersion } from './supported-operator-version.ts';
import { rule as operatorVersion } from './operator-version.ts';
import { rule as operatorFeature } from './operator-feature.ts';
import { rule as configType } from './config-type.ts';
import { rule as configAlias } from './config-alias.ts';
import { rule as configDuplicate } from './config-duplicate.ts';
import { rule as configRegex } from './config-regex.ts';
import { rule as configRegexAnchor } from './config-regex-anchor.ts';
import { rule as configDefault } from './config-default.ts';
import { rule as configValues } from './config-values.ts';
import { rule as configRange } from './config-range.ts';
import { rule as configRequiredDefault } from './config-required-default.ts';
import { rule as configEditable } from './config-editable.ts';
import { rule as configNullItem } from './config-null-item.ts';
import { rule as templateSyntax } from './template-syntax.ts';
import { rule as templateFunction } from './template-function.ts';
import { rule as templateData } from './template-data.ts';
import { rule as templateNamespace } from './template-namespace.ts';
import { rule as helmChartSource } from './helm-chart-source.ts';
import { rule as helmUrl } from './helm-url.ts';
import { rule as helmValuesSource } from './helm-values-source.ts';
import { rule as helmOutputs } from './helm-outputs.ts';
import { rule as helmOutputDuplicate } from './helm-output-duplicate.ts';
import { rule as helmMigration } from './helm-migration.ts';
import { rule as helmNamespace } from './helm-namespace.ts';
import { rule as helmNamespaceMissing } from './helm-namespace-missing.ts';
import { rule as customImageRef } from './custom-image-ref.ts';
import { rule as customImageTag } from './custom-image-tag.ts';
import { rule as customPermissions } from './custom-permissions.ts';
import { rule as customPermissionDuplicate } from './custom-permission-duplicate.ts';
import { rule as customControllerPermission } from './custom-controller-permission.ts';
import { rule as customPullSecrets } from './custom-pull-secrets.ts';
import { rule as customPluginSource } from './custom-plugin-source.ts';
import { rule as customTemplate } from './custom-template.ts';

/**
 * Every definition rule, in reporting order. Imported eagerly on purpose: a lint run uses
 * all of them and the CLI is one code-cached bundle; lazy loading is kept for commands.
 */
export const definitionRules: readonly Rule[] = [
  structure,
  unknownField,
  metadataName,
  metadataVersion,
  resourceUsage,
  metadataImage,
  supportedOperatorVersion,
  operatorVersion,
  operatorFeature,
  configType,
  configAlias,
  configDuplicate,
  configRegex,
  configRegexAnchor,
  configDefault,
  configValues,
  configRange,
  configRequiredDefault,
  configEditable,
  configNullItem,
  templateSyntax,
  templateFunction,
  templateData,
  templateNamespace,
  helmChartSource,
  helmUrl,
  helmValuesSource,
  helmOutputs,
  helmOutputDuplicate,
  helmMigration,
  helmNamespace,
  helmNamespaceMissing,
  customImageRef,
  customImageTag,
  customPermissions,
  customPermissionDuplicate,
  customControllerPermission,
  customPullSecrets,
  customPluginSource,
  customTemplate,
];
