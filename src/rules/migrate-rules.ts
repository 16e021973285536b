import type { RuleMeta } from '../diagnostics/rule-meta.ts';

/** Rule ids of `migrate` findings. Errors block (exit 1): the migrated Module would not do what the old one did. */
export const migrateRules = {
  source: {
    id: 'migrate-source',
    severity: 'error',
    documents: 'migrate',
    description: 'The definition (or Module) cannot be read as the operator reads it, so it cannot be migrated faithfully.',
  },
  floatItem: {
    id: 'migrate-float-item',
    severity: 'error',
    documents: 'migrate',
    description: 'A float config item: 0.1.21+ Modules have no float type, so the item is not carried over.',
  },
  unknownItem: {
    id: 'migrate-config-type',
    severity: 'error',
    documents: 'migrate',
    description: 'A config item of an unknown type is not carried over.',
  },
  configCoerced: {
    id: 'migrate-config-coerced',
    severity: 'warning',
    documents: 'migrate',
    description: 'A config item field the operator read differently from how it is written (e.g. an integer min of 2.5 read as 2); the Module gets the value as read.',
  },
  multipleOptions: {
    id: 'migrate-multiple-options',
    severity: 'warning',
    documents: 'migrate',
    description: 'A multiple-options item: carried over as multipleOptions, but operators 0.1.21 – 0.1.24 reject every input for it; only its default reaches templates.',
  },
  multipleOptionsInput: {
    id: 'migrate-multiple-options-input',
    severity: 'error',
    documents: 'migrate',
    description: 'The Module sets a multiple-options item, which operators 0.1.21 – 0.1.24 reject; the input is not carried over.',
  },
  pluginCustom: {
    id: 'migrate-plugin-custom',
    severity: 'error',
    documents: 'migrate',
    description: 'A Go-plugin Custom definition (0.1.0 – 0.1.7): 0.1.21+ runs custom modules only as container images (spec.custom.image).',
  },
  outputConfigMap: {
    id: 'migrate-output-configmap',
    severity: 'error',
    documents: 'migrate',
    description: 'An output read from a ConfigMap: 0.1.21+ outputs read only from Secrets (valueFrom.secret).',
  },
  migrationDisabled: {
    id: 'migrate-migration-disabled',
    severity: 'warning',
    documents: 'migrate',
    description: 'A migration target with enabled: false (or not set): its names were not migrated before and are left out.',
  },
  chartKey: {
    id: 'migrate-chart-configmap-key',
    severity: 'warning',
    documents: 'migrate',
    description: 'A chart ConfigMap without a key: the 0.1.21+ Module reads data key chart.tgz by default; check that it is the one the ConfigMap uses.',
  },
  createNamespace: {
    id: 'migrate-create-namespace',
    severity: 'warning',
    documents: 'migrate',
    description: 'The Module sets spec.createNamespace, which the 0.1.24 Module has no field for.',
  },
  noModule: {
    id: 'migrate-no-module',
    severity: 'warning',
    documents: 'migrate',
    description: 'No --module: the Module name, workspace and config are placeholders to edit.',
  },
  requiredPlaceholder: {
    id: 'migrate-required-placeholder',
    severity: 'warning',
    documents: 'migrate',
    description: 'A required config item without input: the migrated spec.config holds a placeholder (its default) to replace.',
  },
  configDiffers: {
    id: 'migrate-config-differs',
    severity: 'error',
    documents: 'migrate',
    description: 'The effective config of the migrated Module differs from the old one (e.g. 0.1.21+ truncates integer inputs).',
  },
  reparse: {
    id: 'migrate-reparse',
    severity: 'error',
    documents: 'migrate',
    description: 'A template whose output the old operator re-parsed as YAML and 0.1.21+ re-parses as JSON, with a different result.',
  },
  renderDiffers: {
    id: 'migrate-render-differs',
    severity: 'error',
    documents: 'migrate',
    description: 'A rendered Helm or Custom field differs between the old definition and the migrated Module.',
  },
  renderError: {
    id: 'migrate-render-error',
    severity: 'error',
    documents: 'migrate',
    description: 'The migrated Module fails to render (config or template error) where the old one did not.',
  },
  existingChart: {
    id: 'migrate-existing-chart',
    severity: 'error',
    documents: 'migrate',
    description:
      'An existingHelmRelease Module whose chart source has no 0.1.21+ counterpart (none before 0.1.11, chartSource.httpURL): spec.helm.chart must be filled in by hand.',
  },
  existingConfig: {
    id: 'migrate-existing-config',
    severity: 'warning',
    documents: 'migrate',
    description: 'spec.config on an existingHelmRelease Module: the operator ignored it (there is no definition), so it is not carried over.',
  },
} as const satisfies Record<string, RuleMeta>;

export type MigrateRule = (typeof migrateRules)[keyof typeof migrateRules];
