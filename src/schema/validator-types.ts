/** The shape of an ajv standalone validator, as generated into ./generated/validators.mjs. */
export interface AjvError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
  parentSchema?: { properties?: Record<string, unknown> };
}

export interface CompiledValidator {
  (data: unknown): boolean;
  errors?: AjvError[] | null;
}

/** Field names the schema knows, by place; see scripts/build.mjs. */
export interface FieldTree {
  fields?: Record<string, FieldTree>;
  items?: FieldTree;
}
