/**
 * What every part of `migrate` shares: its public option/result types, the input error, and the
 * way findings are collected (offsets into located text, resolved to positions only at the end).
 */
import type { DefinitionDialectId } from '../../classify/dialects.ts';
import type { Finding } from '../../diagnostics/finding.ts';
import { resolveLocated } from '../../diagnostics/located.ts';
import type { Located, LocatedFinding } from '../../diagnostics/located.ts';
import type { TypedMessageRef } from '../../diagnostics/rule-message.ts';
import type { YNode } from '../../load/ynode.ts';
import type { RenderResult, SourceText } from '../../render/index.ts';
import type { MigrateRule } from '../../rules/migrate-rules.ts';
import type { GoMap } from '../../values/go-value.ts';

export interface MigrateOptions {
  /** The 0.1.x Module that uses the definition: its metadata, workspace, spec.config and hibernated are carried over. */
  module?: SourceText;
  /** The operator release the new Module is checked against (0.1.21 – 0.1.24; default 0.1.24). */
  targetVersion?: string;
  /** The operator release the old definition is rendered as (default: the newest that accepts it). */
  sourceVersion?: string;
}

export interface MigrateResult {
  /** The Module as YAML (comment header, then the document). */
  output: string;
  module: GoMap;
  findings: Finding[];
  errorCount: number;
  warningCount: number;
  /** The old definition's dialect; `existing-release` for a Module adopting a Helm release. */
  dialect: DefinitionDialectId | 'existing-release';
  /** The two renderings compared (absent when one could not be rendered). */
  oldRender?: RenderResult;
  newRender?: RenderResult;
}

export class MigrateInputError extends Error {}

export type Raw = LocatedFinding;

/** A message of migrate rule R: one of the ids in its meta.messages, with the data its placeholders take. */
export type MigrateMessageRef<R extends MigrateRule = MigrateRule> = R extends MigrateRule ? TypedMessageRef<R> : never;

/** A migrate rule with one of its messages, for parts of migrate that hand findings back rather than add them. */
export type MigrateRuleMessage<R extends MigrateRule = MigrateRule> = R extends MigrateRule ? { rule: R; message: MigrateMessageRef<R> } : never;

/**
 * A finding on a node of located text (the whole node; offset 0 when there is none), worded by
 * the rule's message template (ruleMessage), as document rules report with ctx.report.
 */
export type Add = <R extends MigrateRule>(rule: R, where: Located, node: YNode | null | undefined, ref: MigrateMessageRef<R>, path?: string) => void;

const FIRST_INLINE_TARGETS = ['0.1.21', '0.1.22', '0.1.23', '0.1.24'];

/** The operator release the migrated Module is checked against; only those with inline config qualify. */
export function targetVersion(options: MigrateOptions): string {
  const target = options.targetVersion ?? '0.1.24';
  if (!FIRST_INLINE_TARGETS.includes(target)) throw new MigrateInputError(`--operator-version ${target}: the migrated Module is for operators 0.1.21 – 0.1.24`);
  return target;
}

/** Findings resolved to positions, the main file's first, in reading order. */
export function resolveFindings(raw: readonly Raw[], mainFile: string): { findings: Finding[]; errorCount: number; warningCount: number } {
  const findings = resolveLocated(raw);
  findings.sort(
    (a, b) =>
      (a.file === b.file ? 0 : a.file === mainFile ? -1 : 1) ||
      a.range.start.line - b.range.start.line ||
      a.range.start.column - b.range.start.column ||
      a.ruleId.localeCompare(b.ruleId),
  );
  const errorCount = findings.filter((f) => f.severity === 'error').length;
  return { findings, errorCount, warningCount: findings.length - errorCount };
}
