import type { DefinitionDialectId } from '../classify/dialects.ts';
import type { Severity } from './finding.ts';

/**
 * What a rule reads: a whole file (the runner's own checks), a definition document, a Module
 * document, or the result of `render` or `migrate`. The runner dispatches by it.
 */
export type RuleDocuments = 'file' | 'definition' | 'module' | 'render' | 'migrate';

/**
 * A rule as the registry, the README table, SARIF and `forkspacer-def rules` see it. Rules that
 * run over a document also have `check` (src/rules/types.ts); rules reported by an engine (file,
 * render, migrate) are this alone.
 */
export interface RuleMeta {
  id: string;
  severity: Severity;
  /** One line, shown in the README table and in SARIF. */
  description: string;
  documents: RuleDocuments;
  /** Dialects the rule applies to; all definition dialects when absent. */
  dialects?: readonly DefinitionDialectId[];
  /**
   * Message templates by id (ESLint's `meta.messages`): `{{name}}` is filled from the report's
   * data. Literal Go template text such as `{{ .config.x }}` is left alone, as it names no data.
   */
  messages?: Readonly<Record<string, string>>;
}
