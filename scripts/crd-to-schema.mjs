// Converts the Module CRDs' openAPIV3Schema (one per operator era) to JSON Schema draft-07 in
// schemas/module-<era>.schema.json, then precompiles them with ajv standalone into
// src/schema/module/validators.mjs (so `lint` never compiles a schema at run time).
//
//   node scripts/crd-to-schema.mjs [--crds DIR]   (default: fixtures/crds)
//
// What the API server does with a structural schema, and how it is mapped:
//  - types, enum, required, minLength/maxLength, pattern, minimum/maximum, minItems/maxItems: kept.
//  - a property with a `default` is defaulted before validation, so it is dropped from `required`.
//  - x-kubernetes-preserve-unknown-fields: unknown fields kept (no additionalProperties).
//  - any other object (with or without `properties`) is pruned of unknown fields:
//    additionalProperties: false, which the linter reports as a warning (pruned silently), not an
//    error. `metadata` is ObjectMeta, validated by the API server itself: left open here.
//  - x-kubernetes-int-or-string: anyOf integer | string. nullable: null added to the type (null
//    values of non-nullable fields are pruned before validation; the linter strips them first).
//  - format, description, x-kubernetes-list-* and printer columns: not validation, dropped.
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { parse } from 'yaml';

const root = join(import.meta.dirname, '..');
const argi = process.argv.indexOf('--crds');
const crdDir = argi > 0 ? process.argv[argi + 1] : join(root, 'fixtures', 'crds');
const schemaDir = join(root, 'schemas');
const genDir = join(root, 'src', 'schema', 'module');

/** era → CRD file and API group. */
export const ERAS = [
  { era: '0.1.2', file: 'modules-v0.1.2.yaml' },
  { era: '0.1.7', file: 'modules-v0.1.7.yaml' },
  { era: '0.1.11', file: 'modules-v0.1.11.yaml' },
  { era: '0.1.20', file: 'modules-v0.1.20.yaml' },
  { era: '0.1.24', file: 'modules-v0.1.24.yaml' },
];

export function convert(node, path = []) {
  if (!node || typeof node !== 'object') return {};
  const out = {};
  const preserve = node['x-kubernetes-preserve-unknown-fields'] === true;
  if (node['x-kubernetes-int-or-string']) {
    out.anyOf = [{ type: 'integer' }, { type: 'string' }];
  } else if (node.type) {
    out.type = node.nullable ? [node.type, 'null'] : node.type;
  }
  for (const k of ['enum', 'minLength', 'maxLength', 'pattern', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'minItems', 'maxItems', 'uniqueItems', 'multipleOf', 'minProperties', 'maxProperties', 'default']) {
    if (node[k] !== undefined) out[k] = node[k];
  }
  if (node.items) out.items = convert(node.items, [...path, '[]']);
  if (node.properties) {
    out.properties = {};
    for (const [k, v] of Object.entries(node.properties)) out.properties[k] = convert(v, [...path, k]);
  }
  if (node.additionalProperties && typeof node.additionalProperties === 'object') {
    out.additionalProperties = convert(node.additionalProperties, [...path, '*']);
  }
  if (Array.isArray(node.required)) {
    const req = node.required.filter((k) => node.properties?.[k]?.default === undefined);
    if (req.length) out.required = req;
  }
  const isObject = node.type === 'object';
  const isMetadata = path.length === 1 && path[0] === 'metadata';
  if (isObject && !preserve && !isMetadata && out.additionalProperties === undefined) out.additionalProperties = false;
  if (preserve) out['x-kubernetes-preserve-unknown-fields'] = true;
  return out;
}

function main() {
  mkdirSync(genDir, { recursive: true });
  const ajv = new Ajv.default({ allErrors: true, strict: false, code: { source: true, esm: true, optimize: true }, inlineRefs: false });
  ajv.addKeyword('x-kubernetes-preserve-unknown-fields');
  const exportsMap = {};
  const notice = [];
  for (const { era, file } of ERAS) {
    const p = join(crdDir, file);
    if (!existsSync(p)) throw new Error(`missing CRD ${p}`);
    const crd = parse(readFileSync(p, 'utf8'));
    const version = crd.spec.versions.find((v) => v.storage) ?? crd.spec.versions[0];
    const schema = {
      $schema: 'http://json-schema.org/draft-07/schema#',
      $id: `https://forkspacer-def/schemas/module-${era}.schema.json`,
      title: `Module (${crd.spec.group}/${version.name}) as the API server validates it, operator ${era} CRD`,
      ...convert(version.schema.openAPIV3Schema),
    };
    // The server fills apiVersion/kind; unknown top-level fields are pruned like any other.
    writeFileSync(join(schemaDir, `module-${era}.schema.json`), JSON.stringify(schema, null, 2) + '\n');
    ajv.addSchema(schema);
    exportsMap[`module_${era.replace(/\./g, '_')}`] = schema.$id;
    notice.push(`- \`schemas/module-${era}.schema.json\`: \`config/crd/bases/batch.${crd.spec.group.replace(/^batch\./, '')}_modules.yaml\` at tag v${era} (group \`${crd.spec.group}\`)`);
  }
  writeFileSync(
    join(genDir, 'validators.mjs'),
    '// Generated by scripts/crd-to-schema.mjs from schemas/module-*.schema.json. Do not edit.\n' +
      // ajv's runtime helper is a CommonJS require; inline it (length in code points, as the API server counts).
      standaloneCode
        .default(ajv, exportsMap)
        .replace(/require\("ajv\/dist\/runtime\/ucs2length"\)\.default/g, '((s) => { let n = 0; for (const _ of s) n++; return n; })') +
      '\n',
  );
  writeFileSync(
    join(genDir, 'validators.d.mts'),
    '// Generated by scripts/crd-to-schema.mjs. Do not edit.\nimport type { CompiledValidator } from "../../schema/validator-types.ts";\n' +
      Object.keys(exportsMap).map((k) => `export declare const ${k}: CompiledValidator;`).join('\n') +
      '\n',
  );
  writeFileSync(
    join(schemaDir, 'NOTICE-crds.md'),
    `# Origin of schemas/module-*.schema.json

Generated by \`scripts/crd-to-schema.mjs\` from the \`openAPIV3Schema\` of the Forkspacer operator's
Module CustomResourceDefinitions (https://github.com/forkspacer/forkspacer), at the tags below.
The operator is licensed under the Apache License, Version 2.0; the CRDs are its files, converted
(descriptions dropped, defaulted fields taken out of \`required\`, pruning expressed as
\`additionalProperties: false\`).

${notice.join('\n')}
`,
  );
  console.log(`wrote ${ERAS.length} Module schemas and src/schema/module/validators.mjs`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
