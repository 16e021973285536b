// Types of the publish engine: what goes in (linted definitions and options), what comes out
// (one result per ConfigMap and a summary), and what the CLI needs from the lint runner.

/** One definition to publish, cut out of its source by the lint runner. */
export interface PublishItem {
  /** `metadata.name` of the definition. */
  name: string;
  /** `metadata.version`, when the definition has one. */
  version?: string;
  /** `kind` of the definition (`Helm`, `Custom`). */
  kind: string;
  /** The definition's exact source text (one document of a multi-document file, byte for byte). */
  text: string;
  /** File the definition came from (as the user named it, or `<stdin>`). */
  sourceFile: string;
  /** 1-based line of the document's first line in that file. */
  line: number;
}

/** Lint options the publish command passes through to the lint runner. */
export interface LintForPublishOptions {
  /** Report format for the lint findings (`stylish`, `json`, ...). */
  format: string;
  color: boolean;
  cwd: string;
  /** `--rule id=severity` flags, unparsed. */
  rules: string[];
  /** `--config <file>`, or false for `--no-config`, or undefined to search upward. */
  config?: string | false;
  operatorVersion?: string;
  quiet?: boolean;
  maxFileSize?: string;
}

export interface LintForPublishResult {
  /** False when any error-severity finding was reported: nothing is published. */
  ok: boolean;
  /** The formatted lint report (may be empty when there is nothing to say). */
  report: string;
  /** The definitions found, in input order. */
  items: PublishItem[];
  /** Paths that could not be read (the CLI exits 2). */
  ioErrors?: { path: string; message: string }[];
  warningCount?: number;
}

/**
 * Provided by the lint runner: lint `paths` with the same rules and formats as `lint`, and
 * return the definitions as publish items. Throws UsageError for bad flags.
 */
export type LintForPublish = (paths: string[], opts: LintForPublishOptions) => Promise<LintForPublishResult>;

export type DryRun = 'none' | 'client' | 'server';

export interface PublishOptions {
  namespace: string;
  /** `{name}`, `{version}`, `{kind}`; default `{name}`. */
  nameTemplate?: string;
  /** Take over a ConfigMap of the same name that forkspacer-def does not manage. */
  force?: boolean;
  /** Override field-manager conflicts (server-side apply `force=true`). */
  forceConflicts?: boolean;
  dryRun?: DryRun;
  /** Compute a unified diff live → would-be (server dry-run) instead of writing. */
  diff?: boolean;
  /** Helm values file published into a sibling ConfigMap. */
  valuesFile?: string;
  /** Data key for the values file (default `values`). */
  valuesKey?: string;
  /** Go plugin `.so` published into a sibling ConfigMap under `binaryData.plugin`. */
  pluginFile?: string;
  /** Parallel requests (default 8). */
  concurrency?: number;
  /** Retries for 429, 5xx, timeouts and dropped connections (default 4). */
  retries?: number;
  /** Per-request timeout in ms (default 30000). */
  timeoutMs?: number;
  /** First backoff delay in ms (default 250); doubles per attempt, capped at `maxBackoffMs`. */
  backoffMs?: number;
  maxBackoffMs?: number;
  kubeconfig?: string;
  context?: string;
  /** Field manager name (default `forkspacer-def`). */
  fieldManager?: string;
  /** Injected for tests: called instead of setTimeout for backoff waits. */
  sleep?: (ms: number) => Promise<void>;
}

/** `applied`: written, but whether it created or changed the object cannot be known (see engine). */
export type ItemAction = 'created' | 'configured' | 'unchanged' | 'applied';

/** What one ConfigMap is for. */
export type ConfigMapRole = 'definition' | 'values' | 'plugin';

export interface PlannedConfigMap {
  role: ConfigMapRole;
  name: string;
  namespace: string;
  /** The ConfigMap as it is applied (apiVersion, kind, metadata, data/binaryData). */
  object: Record<string, unknown>;
  /** Bytes counted against the 1 MiB limit. */
  size: number;
  /** The definition this ConfigMap belongs to. */
  item: PublishItem;
}

export interface ItemResult {
  configMap: PlannedConfigMap;
  ok: boolean;
  action?: ItemAction;
  /** The object as the server returned it (server modes). */
  live?: Record<string, unknown>;
  /** Unified diff text in diff mode ('' when nothing would change). */
  diff?: string;
  error?: PublishErrorInfo;
  attempts: number;
}

export type PublishErrorKind =
  | 'not-managed'
  | 'conflict'
  | 'namespace-not-found'
  | 'unauthorized'
  | 'forbidden'
  | 'invalid'
  | 'too-large'
  | 'modified'
  | 'throttled'
  | 'server-error'
  | 'timeout'
  | 'connection-refused'
  | 'connection-dropped'
  | 'network'
  | 'kubeconfig'
  | 'http'
  | 'aborted';

export interface PublishErrorInfo {
  kind: PublishErrorKind;
  message: string;
  /** HTTP status when the server answered. */
  status?: number;
  /** Field paths in conflict and their managers. */
  conflicts?: { manager: string; field: string }[];
}

export interface PublishSummary {
  created: number;
  configured: number;
  unchanged: number;
  /** Written, but created-or-configured is unknown: it appeared after it was read as absent. */
  applied: number;
  failed: number;
  /** Items not attempted because the run was aborted (fatal error). */
  skipped: number;
}

export interface PublishResult {
  ok: boolean;
  dryRun: DryRun;
  diff: boolean;
  namespace: string;
  results: ItemResult[];
  summary: PublishSummary;
  /** Server, context and user the run talked to (server modes). */
  target?: { server: string; context: string; user?: string };
  /** Problems found before anything was sent (names, sizes): nothing was written. */
  preflightErrors: string[];
  /** Notes worth printing (sanitised names, sibling ConfigMaps). */
  notes: string[];
  elapsedMs: number;
}
