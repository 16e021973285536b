// Writes the JSON Schemas of the definition dialects to schemas/ (npm run schemas).
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { combinedDefinitionSchema, definitionSchemas } from '../src/schema/definition-schemas.ts';

const dir = join(import.meta.dirname, '..', 'schemas');
mkdirSync(dir, { recursive: true });
for (const [name, schema] of Object.entries({ ...definitionSchemas, definition: combinedDefinitionSchema })) {
  writeFileSync(join(dir, `${name}.schema.json`), JSON.stringify(schema, null, 2) + '\n');
  console.log(`wrote schemas/${name}.schema.json`);
}
