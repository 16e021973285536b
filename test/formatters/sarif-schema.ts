// The essentials of the SARIF 2.1.0 schema (https://json.schemastore.org/sarif-2.1.0.json,
// draft-07) for what the `sarif` formatter emits: every `required` the real schema puts on
// these objects, its enums and minimums, and uri/uri-reference formats. Stricter than the
// real schema in one way: unknown property names are rejected, so a typo cannot slip by.
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';

const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

const message = {
  type: 'object',
  anyOf: [{ required: ['text'] }, { required: ['id'] }],
  properties: { text: { type: 'string' }, id: { type: 'string' } },
  additionalProperties: false,
};

const artifactLocation = {
  type: 'object',
  properties: {
    uri: { type: 'string', format: 'uri-reference' },
    uriBaseId: { type: 'string' },
  },
  additionalProperties: false,
};

const region = {
  type: 'object',
  properties: {
    startLine: { type: 'integer', minimum: 1 },
    startColumn: { type: 'integer', minimum: 1 },
    endLine: { type: 'integer', minimum: 1 },
    endColumn: { type: 'integer', minimum: 1 },
  },
  additionalProperties: false,
};

const reportingDescriptor = {
  type: 'object',
  required: ['id'],
  properties: {
    id: { type: 'string' },
    shortDescription: { type: 'object', required: ['text'], properties: { text: { type: 'string' } }, additionalProperties: false },
    helpUri: { type: 'string', format: 'uri' },
  },
  additionalProperties: false,
};

const result = {
  type: 'object',
  required: ['message'],
  properties: {
    ruleId: { type: 'string' },
    ruleIndex: { type: 'integer', minimum: -1 },
    level: { enum: ['none', 'note', 'warning', 'error'] },
    message,
    locations: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          physicalLocation: {
            type: 'object',
            anyOf: [{ required: ['address'] }, { required: ['artifactLocation'] }],
            properties: { artifactLocation, region },
            additionalProperties: false,
          },
        },
        additionalProperties: false,
      },
    },
  },
  additionalProperties: false,
};

export const sarifEssentials = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  type: 'object',
  required: ['version', 'runs'],
  properties: {
    $schema: { type: 'string', format: 'uri' },
    version: { enum: ['2.1.0'] },
    runs: {
      type: 'array',
      items: {
        type: 'object',
        required: ['tool'],
        properties: {
          tool: {
            type: 'object',
            required: ['driver'],
            properties: {
              driver: {
                type: 'object',
                required: ['name'],
                properties: {
                  name: { type: 'string' },
                  version: { type: 'string' },
                  informationUri: { type: 'string', format: 'uri' },
                  rules: { type: 'array', uniqueItems: true, items: reportingDescriptor },
                },
                additionalProperties: false,
              },
            },
            additionalProperties: false,
          },
          originalUriBaseIds: { type: 'object', additionalProperties: artifactLocation },
          columnKind: { enum: ['utf16CodeUnits', 'unicodeCodePoints'] },
          results: { type: 'array', items: result },
        },
        additionalProperties: false,
      },
    },
  },
  additionalProperties: false,
};

const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false });
addFormats(ajv);
const validate = ajv.compile(sarifEssentials);

/** Validation errors as `instancePath message` lines; empty when the log is valid. */
export function sarifErrors(log: unknown): string[] {
  return validate(log) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}
