import type { RuleDocuments, RuleMeta } from '../diagnostics/rule-meta.ts';
import { renderRules } from '../render/types.ts';
import { coreRules } from './core-rules.ts';
import { definitionRules } from './definition-rules.ts';
import { migrateRules } from './migrate-rules.ts';
import { moduleRules } from './module-rules.ts';

/**
 * The one registry: every rule the tool reports, whoever reports it. Document rules run through
 * src/rules/run.ts; file, render and migrate rules are reported by the runner and the engines,
 * which name them from the same metas. Built on first use, as `rules` and the formatters need it
 * and a plain lint of a file does not.
 */
let byId: ReadonlyMap<string, RuleMeta> | undefined;

export function registeredRules(): ReadonlyMap<string, RuleMeta> {
  if (!byId) {
    const all: RuleMeta[] = [
      ...Object.values(coreRules),
      ...definitionRules.map((r) => r.meta),
      ...moduleRules.map((r) => r.meta),
      ...Object.values(renderRules),
      ...Object.values(migrateRules),
    ];
    const map = new Map<string, RuleMeta>();
    for (const meta of all) {
      // Two rules with one id would make severities and directives ambiguous; the registry test checks it too.
      if (map.has(meta.id)) throw new Error(`two rules share the id ${meta.id}`);
      map.set(meta.id, meta);
    }
    byId = map;
  }
  return byId;
}

/** The rules that read the given kinds of documents, in registration (reporting) order. */
export function rulesReading(...documents: RuleDocuments[]): RuleMeta[] {
  return [...registeredRules().values()].filter((m) => documents.includes(m.documents));
}
