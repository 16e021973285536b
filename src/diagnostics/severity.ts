import type { Severity, SeveritySetting } from './finding.ts';

/** Per-run severity overrides; lint and Module options carry them, so it lives below both. */
export interface SeverityOverrides {
  /** Severity overrides by rule id, from `.forkspacer-def.yaml` and then `--rule`. */
  rules?: Readonly<Record<string, SeveritySetting>>;
}

export function effectiveSeverity(ruleId: string, defaultSeverity: Severity, options: SeverityOverrides): SeveritySetting {
  return options.rules?.[ruleId] ?? defaultSeverity;
}
