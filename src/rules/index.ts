import type { Rule } from './types.ts';
import { rule as structure } from './structure.ts';
import { rule as unknownField } from './unknown-field.ts';
import { rule as metadataName } from './metadata-name.ts';
import { rule as metadataVersion } from './metadata-version.ts';
import { rule as resourceUsage } from './resource-usage.ts';
import { rule as metadataImage } from './metadata-image.ts';
import { rule as supportedOperatorVersion } from './supported-operator-version.ts';
import { rule as operatorVersion } from './operator-version.ts';

/**
 * Every definition rule. Imported eagerly on purpose: a lint run uses all of them, and one
 * bundle chunk loads faster than thirty; lazy loading is kept for formatters and commands.
 */
export const definitionRules: readonly Rule[] = [structure, unknownField, metadataName, metadataVersion, resourceUsage, metadataImage, supportedOperatorVersion, operatorVersion];
