import type { LintSettings } from '../context/definition-context.ts';
import type { ResolvedSources, RunIndex } from './lint-module.ts';
import type { SeverityOverrides } from '../diagnostics/severity.ts';

export interface LintOptions extends LintSettings, SeverityOverrides {
  maxFileBytes?: number;
  /** Modules, ConfigMaps and Workspaces of the whole run, for cross-document checks. */
  moduleRun?: RunIndex;
  /** Definitions fetched for Module sources (httpURL, cluster ConfigMaps). */
  moduleSources?: ResolvedSources;
}

/** How Module sources are fetched (`lint --offline`, `--http-timeout`, `--cluster`). */
export interface SourceOptions {
  offline?: boolean;
  timeoutMs?: number;
  cluster?: { kubeconfig?: string; context?: string };
}
