import type { DefinitionDialectId } from '../classify/dialects.ts';
import { toPlainData } from '../load/convert.ts';
import type { YNode } from '../load/ynode.ts';
import * as generated from './generated/validators.mjs';
import { pointerSteps } from '../diagnostics/locate.ts';
import type { AjvError, CompiledValidator, FieldTree } from './validator-types.ts';
import { definitionSchemas } from './definition-schemas.ts';
import { compileFastCheck, type FastCheck } from './fast-check.ts';

const validators: Record<DefinitionDialectId, [CompiledValidator, FieldTree]> = {
  'helm-flat': [generated.definitionHelmFlat, generated.knownFields.definitionHelmFlat],
  'helm-chart': [generated.definitionHelmChart, generated.knownFields.definitionHelmChart],
  'custom-plugin': [generated.definitionCustomPlugin, generated.knownFields.definitionCustomPlugin],
  'custom-image': [generated.definitionCustomImage, generated.knownFields.definitionCustomImage],
};

export interface SchemaIssue {
  kind: 'unknown-field' | 'structure';
  /** JSON pointer of the node concerned (for unknown fields: of the map holding the field). */
  pointer: string;
  field?: string;
  /** Fields the schema knows at that place, for did-you-mean. */
  known?: string[];
  message: string;
}

/** ajv's type lists, as the schema's Go-flavoured scalar types, in words. */
const friendlyTypes: Record<string, string> = {
  'string,number,boolean,null': 'a string',
  'integer,number,null': 'an integer',
  'number,null': 'a number',
  'boolean,null': 'true or false',
  'array,null': 'a list',
  'object,null': 'a mapping',
  object: 'a mapping',
};

const fastChecks = new Map<DefinitionDialectId, FastCheck | undefined>();

/** The dialect's schema compiled to a check on the YAML tree, on first use. */
function fastCheckOf(dialect: DefinitionDialectId): FastCheck | undefined {
  if (!fastChecks.has(dialect)) fastChecks.set(dialect, compileFastCheck(definitionSchemas[`definition-${dialect}`]));
  return fastChecks.get(dialect);
}

/** Validates a definition against its dialect's precompiled schema, errors grouped per place. */
export function validateDefinition(dialect: DefinitionDialectId, root: YNode): SchemaIssue[] {
  // A valid document needs no errors: the tree check says so without building plain data.
  if (fastCheckOf(dialect)?.(root)) return [];
  const [validate, tree] = validators[dialect];
  if (validate(toPlainData(root))) return [];
  return toIssues(validate.errors ?? [], tree);
}

function knownAt(tree: FieldTree, pointer: string): string[] {
  let t: FieldTree | undefined = tree;
  for (const step of pointerSteps(pointer)) {
    t = /^\d+$/.test(step) ? t?.items : t?.fields?.[step];
    if (!t) return [];
  }
  return Object.keys(t.fields ?? {});
}

function toIssues(errors: AjvError[], tree: FieldTree): SchemaIssue[] {
  const out: SchemaIssue[] = [];
  const seen = new Set<string>();
  // An anyOf failure explains itself; drop the branch errors at the same place.
  const anyOfAt = new Set(errors.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath));
  for (const e of errors) {
    if (e.keyword === 'if') continue;
    if (anyOfAt.has(e.instancePath) && e.keyword !== 'anyOf') continue;
    let issue: SchemaIssue;
    if (e.keyword === 'additionalProperties') {
      const field = String(e.params.additionalProperty);
      issue = {
        kind: 'unknown-field',
        pointer: `${e.instancePath}/${field.replace(/~/g, '~0').replace(/\//g, '~1')}`,
        field,
        known: knownAt(tree, e.instancePath),
        message: '',
      };
    } else {
      issue = { kind: 'structure', pointer: e.instancePath, message: describe(e) };
    }
    const key = `${issue.kind}|${issue.pointer}|${issue.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(issue);
  }
  return out;
}

function describe(e: AjvError): string {
  switch (e.keyword) {
    case 'anyOf':
      return 'must be true or false';
    case 'type': {
      const t = String(e.params.type);
      return `must be ${friendlyTypes[t] ?? t.replace(/,null$/, '').replace(/,/g, ' or ')}`;
    }
    case 'required':
      return `is missing the required field "${String(e.params.missingProperty)}"`;
    case 'const':
      return `must be ${JSON.stringify(e.params.allowedValue)}`;
    case 'enum':
      return `must be one of ${(e.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    default:
      return e.message ?? 'is not valid here';
  }
}

/** The field names the dialect's schema knows, by place (editor completion). */
export function knownFieldTree(dialect: DefinitionDialectId): FieldTree {
  return validators[dialect][1];
}
