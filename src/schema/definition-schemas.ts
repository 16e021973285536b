/**
 * JSON Schemas for the four definition dialects, built from shared parts so they cannot
 * drift apart. `npm run schemas` writes them to schemas/*.json (for editors and for the
 * precompiled validators). The scalar types follow what Go's yaml.v3 accepts when it decodes
 * into the operator's typed structs: any scalar into a string field (its text), an int or a
 * float into an int field (truncated), yes/no/on/off into a bool field, null into anything.
 */
type Schema = Record<string, unknown>;

const BASE_URL = 'https://forkspacer-def.dev/schemas';

const defs: Record<string, Schema> = {
  goString: {
    description: 'A string. yaml.v3 also takes a number or boolean written here as its text.',
    type: ['string', 'number', 'boolean', 'null'],
  },
  goInt: { description: 'An integer (a float is truncated by yaml.v3).', type: ['integer', 'number', 'null'] },
  goFloat: { description: 'A number.', type: ['number', 'null'] },
  goBool: {
    description: 'true or false (yaml.v3 also reads y/yes/on and n/no/off here).',
    anyOf: [{ type: ['boolean', 'null'] }, { enum: ['y', 'Y', 'yes', 'Yes', 'YES', 'on', 'On', 'ON', 'n', 'N', 'no', 'No', 'NO', 'off', 'Off', 'OFF'] }],
  },
  goStringList: { type: ['array', 'null'], items: { $ref: '#/$defs/goString' } },
  objectRef: {
    type: ['object', 'null'],
    additionalProperties: false,
    properties: { name: { $ref: '#/$defs/goString' }, namespace: { $ref: '#/$defs/goString' } },
  },
  metadata: {
    type: ['object', 'null'],
    additionalProperties: false,
    properties: {
      name: { $ref: '#/$defs/goString', description: 'Unique name of the definition (a Kubernetes name).' },
      version: { $ref: '#/$defs/goString', description: 'Semantic version of this definition.' },
      supportedOperatorVersion: {
        $ref: '#/$defs/goString',
        description: 'Masterminds semver constraint on the operator version, e.g. ">= 0.1.0, < 0.2.0".',
      },
      author: { $ref: '#/$defs/goString' },
      description: { $ref: '#/$defs/goString' },
      category: { $ref: '#/$defs/goString' },
      image: { $ref: '#/$defs/goString', description: 'URL of an icon.' },
      resource_usage: {
        type: ['object', 'null'],
        additionalProperties: false,
        properties: {
          cpu: { $ref: '#/$defs/goString', description: 'Kubernetes quantity, e.g. 500m.' },
          memory: { $ref: '#/$defs/goString', description: 'Kubernetes quantity, e.g. 512Mi.' },
        },
      },
    },
  },
  configItem: {
    // A null entry (a bare `-`) is dropped by yaml.v3, not an error.
    type: ['object', 'null'],
    additionalProperties: false,
    properties: {
      type: {
        $ref: '#/$defs/goString',
        description: 'string | integer | float | boolean | option | multiple-options',
        examples: ['string', 'integer', 'float', 'boolean', 'option', 'multiple-options'],
      },
      name: { $ref: '#/$defs/goString' },
      alias: { $ref: '#/$defs/goString', description: 'The key a Module sets in spec.config.' },
      spec: { type: ['object', 'null'] },
    },
    allOf: [
      itemSpec('string', { default: ref('goString'), regex: ref('goString') }),
      itemSpec('integer', { default: ref('goInt'), min: ref('goInt'), max: ref('goInt') }),
      itemSpec('float', { default: ref('goFloat'), min: ref('goFloat'), max: ref('goFloat') }),
      itemSpec('boolean', { default: ref('goBool') }),
      itemSpec('option', { default: ref('goString'), values: ref('goStringList') }),
      itemSpec('multiple-options', { default: ref('goStringList'), values: ref('goStringList'), min: ref('goInt'), max: ref('goInt') }),
    ],
  },
  config: { type: ['array', 'null'], items: { $ref: '#/$defs/configItem' } },
  helmValuesEntry: {
    type: ['object', 'null'],
    additionalProperties: false,
    properties: {
      file: { $ref: '#/$defs/goString', description: 'http(s) URL of a values file.' },
      configMap: { $ref: '#/$defs/objectRef' },
      raw: { type: ['object', 'null'], description: 'Inline values (a mapping: the operator decodes it into map[string]any); strings may hold Go templates.' },
    },
  },
  helmOutput: {
    type: ['object', 'null'],
    additionalProperties: false,
    properties: {
      name: { $ref: '#/$defs/goString' },
      value: {},
      valueFrom: {
        type: ['object', 'null'],
        additionalProperties: false,
        properties: {
          secret: keyRef(),
          configMap: keyRef(),
        },
      },
    },
  },
  helmCleanup: {
    type: ['object', 'null'],
    additionalProperties: false,
    properties: { removeNamespace: ref('goBool'), removePVCs: ref('goBool') },
  },
  migrationTarget: {
    type: ['object', 'null'],
    additionalProperties: false,
    properties: { enabled: ref('goBool'), names: ref('goStringList') },
  },
  helmMigration: {
    type: ['object', 'null'],
    additionalProperties: false,
    properties: { pvc: ref('migrationTarget'), secret: ref('migrationTarget'), configMap: ref('migrationTarget') },
  },
};

function ref(name: string): Schema {
  return { $ref: `#/$defs/${name}` };
}

function keyRef(): Schema {
  return {
    type: ['object', 'null'],
    additionalProperties: false,
    properties: { name: ref('goString'), key: ref('goString'), namespace: ref('goString') },
  };
}

function itemSpec(type: string, fields: Record<string, Schema>): Schema {
  return {
    if: { properties: { type: { const: type } }, required: ['type'] },
    then: {
      properties: {
        spec: {
          type: ['object', 'null'],
          additionalProperties: false,
          properties: { required: ref('goBool'), editable: ref('goBool'), ...fields },
        },
      },
    },
  };
}

function definition(id: string, title: string, kind: string, spec: Schema, extraDefs: Record<string, Schema> = {}): Schema {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: `${BASE_URL}/${id}.schema.json`,
    title,
    type: 'object',
    additionalProperties: false,
    required: ['kind', 'metadata', 'spec'],
    properties: {
      kind: { const: kind },
      metadata: ref('metadata'),
      config: ref('config'),
      spec,
    },
    $defs: { ...defs, ...extraDefs },
  };
}

const helmCommon = {
  namespace: { $ref: '#/$defs/goString', description: 'Namespace of the Helm release (may be templated).' },
  values: { type: ['array', 'null'], items: ref('helmValuesEntry') },
  outputs: { type: ['array', 'null'], items: ref('helmOutput') },
  cleanup: ref('helmCleanup'),
  migration: ref('helmMigration'),
};

export const definitionSchemas: Record<string, Schema> = {
  'definition-helm-flat': definition('definition-helm-flat', 'Forkspacer Helm definition, flat spec (operator 0.1.0 – 0.1.11)', 'Helm', {
    type: ['object', 'null'],
    additionalProperties: false,
    properties: {
      ...helmCommon,
      repo: { $ref: '#/$defs/goString', description: 'Helm repository URL.' },
      chartName: ref('goString'),
      version: { $ref: '#/$defs/goString', description: 'Chart version.' },
    },
  }),
  'definition-helm-chart': definition(
    'definition-helm-chart',
    'Forkspacer Helm definition, chart object (operator 0.1.12 – 0.1.20)',
    'Helm',
    {
      type: ['object', 'null'],
      additionalProperties: false,
      properties: {
        ...helmCommon,
        values: { type: ['array', 'null'], items: ref('helmValuesEntryKeyed') },
        chart: {
          type: ['object', 'null'],
          additionalProperties: false,
          description: 'Exactly one of repo, configMap, git.',
          properties: {
            repo: {
              type: ['object', 'null'],
              additionalProperties: false,
              properties: {
                url: ref('goString'),
                chartName: ref('goString'),
                version: ref('goString'),
                auth: { type: ['object', 'null'], additionalProperties: false, properties: { secretRef: ref('objectRef') } },
              },
            },
            configMap: keyRef(),
            git: {
              type: ['object', 'null'],
              additionalProperties: false,
              properties: {
                repo: ref('goString'),
                path: ref('goString'),
                revision: ref('goString'),
                auth: { type: ['object', 'null'], additionalProperties: false, properties: { httpsSecretRef: ref('objectRef') } },
              },
            },
          },
        },
      },
    },
    {
      helmValuesEntryKeyed: {
        type: ['object', 'null'],
        additionalProperties: false,
        properties: { file: ref('goString'), configMap: keyRef(), raw: { type: ['object', 'null'] } },
      },
    },
  ),
  'definition-custom-plugin': definition('definition-custom-plugin', 'Forkspacer Custom definition, Go plugin (operator 0.1.0 – 0.1.7)', 'Custom', {
    type: ['object', 'null'],
    additionalProperties: false,
    properties: {
      repo: {
        type: ['object', 'null'],
        additionalProperties: false,
        description: 'Exactly one of file (http(s) URL of the .so) or configMap (key `plugin`).',
        properties: { file: ref('goString'), configMap: ref('objectRef') },
      },
    },
  }),
  'definition-custom-image': definition('definition-custom-image', 'Forkspacer Custom definition, container image (operator 0.1.8 – 0.1.20)', 'Custom', {
    type: ['object', 'null'],
    additionalProperties: false,
    properties: {
      image: { $ref: '#/$defs/goString', description: 'Container image reference, e.g. ghcr.io/org/module:v1.0.0.' },
      imagePullSecrets: ref('goStringList'),
      permissions: { type: ['array', 'null'], items: { $ref: '#/$defs/goString', examples: ['workspace', 'controller'] } },
    },
  }),
};

/** One schema for editors: picks the dialect the way `lint` does. */
export const combinedDefinitionSchema: Schema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: `${BASE_URL}/definition.schema.json`,
  title: 'Forkspacer resource definition (Helm or Custom, any dialect)',
  if: { properties: { kind: { const: 'Helm' } }, required: ['kind'] },
  then: {
    if: { properties: { spec: { type: 'object', required: ['chart'] } }, required: ['spec'] },
    then: { $ref: 'definition-helm-chart.schema.json' },
    else: { $ref: 'definition-helm-flat.schema.json' },
  },
  else: {
    if: { properties: { spec: { type: 'object', required: ['repo'] } }, required: ['spec'] },
    then: { $ref: 'definition-custom-plugin.schema.json' },
    else: { $ref: 'definition-custom-image.schema.json' },
  },
};
