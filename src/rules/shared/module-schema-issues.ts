/** A Module checked against its era's CRD schema (precompiled in ./generated/validators.mjs). */
import { toPlainData } from '../../load/convert.ts';
import type { YMap } from '../../load/ynode.ts';
import { pointerToPath } from '../../diagnostics/locate.ts';
import type { AjvError, CompiledValidator } from '../../schema/validator-types.ts';
import * as generated from '../../schema/module/validators.mjs';
import type { ModuleEra } from '../../context/module-context.ts';

const validators: Record<ModuleEra, CompiledValidator> = {
  '0.1.2': generated.module_0_1_2,
  '0.1.7': generated.module_0_1_7,
  '0.1.11': generated.module_0_1_11,
  '0.1.20': generated.module_0_1_20,
  '0.1.24': generated.module_0_1_24,
};

export interface ModuleSchemaIssue {
  kind: 'pruned' | 'invalid';
  /** JSON pointer of the offending node (for pruned fields: the field itself). */
  pointer: string;
  /** For pruned fields and missing required fields: the field name. */
  field?: string;
  message: string;
}

const esc = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');

/**
 * Null values are pruned by the API server before defaulting (no field of these CRDs is
 * nullable), except inside x-kubernetes-preserve-unknown-fields objects. Removes them from `data`.
 */
function stripNulls(data: unknown, pointer: string, preserve: (p: string) => boolean, out: ModuleSchemaIssue[]): void {
  if (data === null || typeof data !== 'object') return;
  if (preserve(pointer)) return;
  if (Array.isArray(data)) {
    data.forEach((v, i) => stripNulls(v, `${pointer}/${i}`, preserve, out));
    return;
  }
  const o = data as Record<string, unknown>;
  for (const k of Object.keys(o)) {
    const p = `${pointer}/${esc(k)}`;
    if (o[k] === null) {
      if (!preserve(p)) {
        out.push({ kind: 'pruned', pointer: p, field: k, message: `${pointerToPath(p)} is null: the API server drops null fields before validation, as if it were not written` });
        delete o[k];
      }
    } else stripNulls(o[k], p, preserve, out);
  }
}

/** Places whose contents the CRD keeps as written. */
const PRESERVE = [
  /^\/spec\/config(\/|$)/,
  /^\/spec\/source\/raw(\/|$)/,
  /^\/spec\/source\/existingHelmRelease\/values(\/|$)/,
  /^\/metadata(\/|$)/,
  /^\/spec\/helm\/values\/\d+\/raw(\/|$)/,
  /^\/spec\/helm\/outputs\/\d+\/value(\/|$)/,
  /^\/status(\/|$)/,
];

export function validateModuleSchema(era: ModuleEra, root: YMap): ModuleSchemaIssue[] {
  const out: ModuleSchemaIssue[] = [];
  const data = toPlainData(root);
  stripNulls(data, '', (p) => PRESERVE.some((r) => r.test(p)), out);
  const validate = validators[era];
  if (validate(data)) return out;
  const seen = new Set<string>();
  for (const e of validate.errors ?? []) {
    const issue = toIssue(e);
    const key = `${issue.kind}|${issue.pointer}|${issue.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(issue);
  }
  return out;
}

function toIssue(e: AjvError): ModuleSchemaIssue {
  const where = pointerToPath(e.instancePath) || 'the document';
  const p = e.params;
  switch (e.keyword) {
    case 'additionalProperties': {
      const field = String(p.additionalProperty);
      const pointer = `${e.instancePath}/${esc(field)}`;
      return {
        kind: 'pruned',
        pointer,
        field,
        message: `${pointerToPath(pointer)} is not a field of the Module CRD: the API server prunes it silently (kubectl --validate=strict rejects it)`,
      };
    }
    case 'required': {
      const field = String(p.missingProperty);
      return { kind: 'invalid', pointer: e.instancePath, field, message: `${where === 'the document' ? '' : `${where}.`}${field} is required; the API server rejects the Module` };
    }
    case 'type':
      return { kind: 'invalid', pointer: e.instancePath, message: `${where} must be ${article(String(p.type))}; the API server rejects the Module` };
    case 'enum':
      return { kind: 'invalid', pointer: e.instancePath, message: `${where} must be one of ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}` };
    case 'minLength':
      return { kind: 'invalid', pointer: e.instancePath, message: p.limit === 1 ? `${where} must not be empty` : `${where} must be at least ${String(p.limit)} characters` };
    case 'maxLength':
      return { kind: 'invalid', pointer: e.instancePath, message: `${where} must be at most ${String(p.limit)} characters` };
    case 'pattern':
      return { kind: 'invalid', pointer: e.instancePath, message: `${where} must match ${String(p.pattern)}` };
    case 'minItems':
      return { kind: 'invalid', pointer: e.instancePath, message: `${where} must have at least ${String(p.limit)} item(s)` };
    default:
      return { kind: 'invalid', pointer: e.instancePath, message: `${where} ${e.message ?? 'is invalid'}` };
  }
}

function article(t: string): string {
  switch (t) {
    case 'object':
      return 'a mapping';
    case 'array':
      return 'a list';
    case 'integer':
      return 'an integer';
    case 'boolean':
      return 'true or false';
    default:
      return `a ${t}`;
  }
}
