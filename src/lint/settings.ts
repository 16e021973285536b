import type { Severity, SeveritySetting } from '../diagnostics/finding.ts';
import type { LintSettings } from './definition-context.ts';

export interface LintOptions extends LintSettings {
  /** Severity overrides by rule id, from `.forkspacer-def.yaml` and then `--rule`. */
  rules?: Readonly<Record<string, SeveritySetting>>;
  maxFileBytes?: number;
}

export function effectiveSeverity(ruleId: string, defaultSeverity: Severity, options: LintOptions): SeveritySetting {
  return options.rules?.[ruleId] ?? defaultSeverity;
}
