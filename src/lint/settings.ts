import type { Severity, SeveritySetting } from '../diagnostics/finding.ts';
import type { ResolvedSources, RunIndex } from '../module/index.ts';
import type { LintSettings } from './definition-context.ts';

export interface LintOptions extends LintSettings {
  /** Severity overrides by rule id, from `.forkspacer-def.yaml` and then `--rule`. */
  rules?: Readonly<Record<string, SeveritySetting>>;
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

export function effectiveSeverity(ruleId: string, defaultSeverity: Severity, options: LintOptions): SeveritySetting {
  return options.rules?.[ruleId] ?? defaultSeverity;
}
