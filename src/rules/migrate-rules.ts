import type { RuleMeta } from '../diagnostics/rule-meta.ts';

/**
 * Rule ids of `migrate` findings. Errors block (exit 1): the migrated Module would not do what the old one did.
 * migrate words each finding from its rule's messages (ruleMessage, src/diagnostics/rule-message.ts), as
 * document rules do with ctx.report.
 */
export const migrateRules = {
  source: {
    id: 'migrate-source',
    severity: 'error',
    documents: 'migrate',
    description: 'The definition (or Module) cannot be read as the operator reads it, so it cannot be migrated faithfully.',
    messages: {
      configRejected: '{{problem}}; the operator rejects this definition, so there is no behaviour to carry over',
      oldRenderFinding: '{{message}} ({{renderRule}}, as the old operator renders it)',
    },
  },
  floatItem: {
    id: 'migrate-float-item',
    severity: 'error',
    documents: 'migrate',
    description: 'A float config item: 0.1.21+ Modules have no float type, so the item is not carried over.',
    messages: {
      floatNotCarried:
        'config item "{{alias}}" is a float; 0.1.21+ Modules have no float type (an integer item would truncate inputs, a string item would change what templates get), so it is not carried over',
    },
  },
  unknownItem: {
    id: 'migrate-config-type',
    severity: 'error',
    documents: 'migrate',
    description: 'A config item of an unknown type is not carried over.',
    messages: {
      unknownType: 'config item "{{alias}}" has type {{type}}, which no operator knows; not carried over',
    },
  },
  configCoerced: {
    id: 'migrate-config-coerced',
    severity: 'warning',
    documents: 'migrate',
    description: 'A config item field the operator read differently from how it is written (e.g. an integer min of 2.5 read as 2); the Module gets the value as read.',
    messages: {
      readAsOperatorReadIt: 'config item "{{alias}}": {{note}}; the Module gets the value as the operator read it',
    },
  },
  multipleOptions: {
    id: 'migrate-multiple-options',
    severity: 'warning',
    documents: 'migrate',
    description: 'A multiple-options item: carried over as multipleOptions, but operators 0.1.21 – 0.1.24 reject every input for it; only its default reaches templates.',
    messages: {
      inputsRejected:
        'config item "{{alias}}" becomes multipleOptions, but operators 0.1.21 – 0.1.24 reject every input for it (a JSON list is never a Go []string); templates get its default',
    },
  },
  multipleOptionsInput: {
    id: 'migrate-multiple-options-input',
    severity: 'error',
    documents: 'migrate',
    description: 'The Module sets a multiple-options item, which operators 0.1.21 – 0.1.24 reject; the input is not carried over.',
    messages: {
      inputLeftOut:
        'spec.config.{{alias}} sets multiple-options item "{{alias}}": operators 0.1.21 – 0.1.24 reject any input for it, so it is left out and templates get the default',
    },
  },
  pluginCustom: {
    id: 'migrate-plugin-custom',
    severity: 'error',
    documents: 'migrate',
    description: 'A Go-plugin Custom definition (0.1.0 – 0.1.7): 0.1.21+ runs custom modules only as container images (spec.custom.image).',
    messages: {
      pluginFile:
        'a Go-plugin Custom definition: 0.1.21+ has no plugins; the plugin at {{file}} must be rebuilt as a container image serving the custom module HTTP contract (check it with verify-module) and named in spec.custom.image',
      pluginConfigMap:
        'a Go-plugin Custom definition: 0.1.21+ has no plugins; the plugin in a ConfigMap (key plugin) must be rebuilt as a container image serving the custom module HTTP contract (check it with verify-module) and named in spec.custom.image',
      pluginUnlocated:
        'a Go-plugin Custom definition: 0.1.21+ has no plugins; the plugin must be rebuilt as a container image serving the custom module HTTP contract (check it with verify-module) and named in spec.custom.image',
    },
  },
  outputConfigMap: {
    id: 'migrate-output-configmap',
    severity: 'error',
    documents: 'migrate',
    description: 'An output read from a ConfigMap: 0.1.21+ outputs read only from Secrets (valueFrom.secret).',
    messages: {
      configMapSource: 'output {{output}} reads a ConfigMap; 0.1.21+ outputs read only Secrets (valueFrom.secret), so this source is not carried over',
    },
  },
  migrationDisabled: {
    id: 'migrate-migration-disabled',
    severity: 'warning',
    documents: 'migrate',
    description: 'A migration target with enabled: false (or not set): its names were not migrated before and are left out.',
    messages: {
      namesNotEnabled:
        'migration.{{oldTarget}} lists names but is not enabled, so they were never migrated; migration.{{newTarget}} is left out (0.1.21+ migrates whatever is listed)',
    },
  },
  chartKey: {
    id: 'migrate-chart-configmap-key',
    severity: 'warning',
    documents: 'migrate',
    description: 'A chart ConfigMap without a key: the 0.1.21+ Module reads data key chart.tgz by default; check that it is the one the ConfigMap uses.',
    messages: {
      noKey: '{{field}} has no key: the 0.1.21+ Module reads the chart from data key chart.tgz when none is given; write the key your ConfigMap uses',
    },
  },
  createNamespace: {
    id: 'migrate-create-namespace',
    severity: 'warning',
    documents: 'migrate',
    description: 'The Module sets spec.createNamespace, which the 0.1.24 Module has no field for.',
    messages: {
      noCounterpart: 'spec.createNamespace has no counterpart in the 0.1.24 Module and is left out',
    },
  },
  noModule: {
    id: 'migrate-no-module',
    severity: 'warning',
    documents: 'migrate',
    description: 'No --module: the Module name, workspace and config are placeholders to edit.',
    messages: {
      placeholders:
        'no --module: metadata.name is "{{name}}", spec.workspace is default/default and spec.config holds only placeholders; edit them (or pass the Module that uses this definition)',
    },
  },
  requiredPlaceholder: {
    id: 'migrate-required-placeholder',
    severity: 'warning',
    documents: 'migrate',
    description: 'A required config item without input: the migrated spec.config holds a placeholder (its default) to replace.',
    messages: {
      requiredWithoutModule: 'config item "{{alias}}" is required and nothing gives it; spec.config.{{alias}} is set to the placeholder {{placeholder}}',
      requiredNotInModule: 'config item "{{alias}}" is required and the Module does not set it; spec.config.{{alias}} is set to the placeholder {{placeholder}}',
      placeholderBreaksRules: 'the placeholder for spec.config.{{alias}} must be replaced: {{message}}',
    },
  },
  configDiffers: {
    id: 'migrate-config-differs',
    severity: 'error',
    documents: 'migrate',
    description: 'The effective config of the migrated Module differs from the old one (e.g. 0.1.21+ truncates integer inputs).',
    messages: {
      valueDiffers: '.config.{{alias}} is {{old}} for the old operator but {{now}} for the migrated Module',
      integerTruncated:
        '.config.{{alias}} is {{old}} for the old operator but {{now}} for the migrated Module (0.1.21+ truncates integer inputs to Go ints; old operators kept the number as given)',
    },
  },
  reparse: {
    id: 'migrate-reparse',
    severity: 'error',
    documents: 'migrate',
    description: 'A template whose output the old operator re-parsed as YAML and 0.1.21+ re-parses as JSON, with a different result.',
    messages: {
      yamlVersusJson: '{{field}}: the old operator re-parses the rendered text as YAML into {{old}}; 0.1.21+ re-parses it as JSON into {{now}}',
    },
  },
  renderDiffers: {
    id: 'migrate-render-differs',
    severity: 'error',
    documents: 'migrate',
    description: 'A rendered Helm or Custom field differs between the old definition and the migrated Module.',
    messages: {
      fieldDiffers: '{{field}}: {{old}} for the old operator, {{now}} for the migrated Module',
      customSpecRendered: '{{field}}: 0.1.21+ renders Custom specs (older operators did not): {{old}} becomes {{now}}',
      valuesTemplated: '{{version}} renders these values as Go templates and Helm gets {{values}} instead of the values as written',
    },
  },
  renderError: {
    id: 'migrate-render-error',
    severity: 'error',
    documents: 'migrate',
    description: 'The migrated Module fails to render (config or template error) where the old one did not.',
    messages: {
      newRenderFails: 'the migrated Module fails to render ({{renderRule}}): {{message}}',
      valuesFailToRender: "{{message}} (as {{version}} renders the migrated Module's spec.helm.values; before 0.1.21 they reached Helm as written)",
    },
  },
  existingChart: {
    id: 'migrate-existing-chart',
    severity: 'error',
    documents: 'migrate',
    description:
      'An existingHelmRelease Module whose chart source has no 0.1.21+ counterpart (none before 0.1.11, chartSource.httpURL): spec.helm.chart must be filled in by hand.',
    messages: {
      httpUrl: 'chartSource.httpURL ({{url}}) has no 0.1.21+ counterpart: publish the chart to a Helm repository, a Git repository or a ConfigMap and name it in spec.helm.chart',
      noChartSource:
        'existingHelmRelease has no chartSource (operators before 0.1.11 adopted a release without one); the 0.1.21+ Module manages the release from spec.helm.chart: fill in the chart it was installed from',
    },
  },
  existingConfig: {
    id: 'migrate-existing-config',
    severity: 'warning',
    documents: 'migrate',
    description: 'spec.config on an existingHelmRelease Module: the operator ignored it (there is no definition), so it is not carried over.',
    messages: {
      ignored: 'spec.config on an existingHelmRelease Module: the operator ignored it (there is no definition to validate it against), so it is not carried over',
    },
  },
} as const satisfies Record<string, RuleMeta>;

export type MigrateRule = (typeof migrateRules)[keyof typeof migrateRules];
