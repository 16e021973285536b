import type { Finding } from '../diagnostics/finding.ts';

/** What one kind of document was classified as; `skipped` documents are counted, not linted. */
export type DocumentKind = 'definition' | 'module' | 'configmap' | 'skipped';

export interface DocumentSummary {
  /** 0-based index of the document in its file's YAML stream. */
  index: number;
  kind: DocumentKind;
  /** e.g. `helm-flat`, `helm-chart`, `custom-plugin`, `custom-image`, `module-source`, `module-inline`. */
  dialect?: string;
  name?: string;
  /** Operator releases (e.g. "0.1.12") that would accept this definition, when computed. */
  acceptedOperatorVersions?: string[];
}

export interface FileResult {
  /** The path as the user gave it (or `<stdin>`). */
  file: string;
  findings: Finding[];
  documents: DocumentSummary[];
  /** Full source text; formatters that show code frames use it. */
  source?: string;
  /**
   * Set for a definition the run fetched for Modules (`source.httpURL`, or `source.configMap`
   * read with --cluster): the Modules that name it. `file` is then the URL as written, or
   * `cluster:configmaps/<namespace>/<name>/<key>`, and positions are in the fetched text.
   */
  fetchedFor?: ModuleReference[];
}

/** Where a Module names a fetched definition (1-based position of its source reference). */
export interface ModuleReference {
  file: string;
  line: number;
  column: number;
  /** `namespace/name` of the Module. */
  module: string;
}

export interface LintResult {
  files: FileResult[];
  errorCount: number;
  warningCount: number;
  /** Documents seen, linted (definition/module/configmap) and skipped. */
  documentCount: number;
  skippedCount: number;
}

export interface RuleMetaSummary {
  id: string;
  description: string;
  helpUri?: string;
}

/** Formatters are pure: results in, text out. `color` is decided by the CLI. */
export interface FormatContext {
  color: boolean;
  cwd: string;
  rules: ReadonlyMap<string, RuleMetaSummary>;
  toolVersion: string;
}

export type FormatName = 'stylish' | 'json' | 'sarif' | 'github' | 'junit';
export type Formatter = (result: LintResult, ctx: FormatContext) => string;
