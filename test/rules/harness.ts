import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lintText, ruleMeta } from '../../src/lint/lint-text.ts';
import type { Finding, Severity } from '../../src/diagnostics/finding.ts';
import type { LintOptions } from '../../src/lint/settings.ts';

/**
 * Rule tests as tables (ESLint's RuleTester): `valid` documents give no finding of the rule;
 * each `invalid` case lists the findings of that rule exactly, with line, column and a
 * message fragment (or a RegExp for the whole message). A finding's severity is the one given,
 * else the rule's registered severity (unless the case's settings change it).
 */
export interface ExpectedFinding {
  line: number;
  column: number;
  message: string | RegExp;
  severity?: 'error' | 'warning';
}

export interface InvalidCase {
  name?: string;
  code: string;
  options?: LintOptions;
  errors: ExpectedFinding[];
}

export interface ValidCase {
  name?: string;
  code: string;
  options?: LintOptions;
}

export function ruleTester(ruleId: string, cases: { valid: (string | ValidCase)[]; invalid: InvalidCase[] }): void {
  const registered = ruleMeta().get(ruleId);
  test(`${ruleId} is a registered rule`, () => assert.ok(registered, `no rule with the id ${ruleId}`));
  cases.valid.forEach((c, i) => {
    const vc = typeof c === 'string' ? { code: c } : c;
    test(`${ruleId} valid #${i + 1}${vc.name ? `: ${vc.name}` : ''}`, () => {
      const found = lintText('test.yaml', vc.code, vc.options).findings.filter((f) => f.ruleId === ruleId);
      assert.deepEqual(
        found.map((f) => `${f.range.start.line}:${f.range.start.column} ${f.message}`),
        [],
        'expected no findings of this rule',
      );
    });
  });
  cases.invalid.forEach((c, i) => {
    test(`${ruleId} invalid #${i + 1}${c.name ? `: ${c.name}` : ''}`, () => {
      const found = lintText('test.yaml', c.code, c.options).findings;
      assertFindings(found, ruleId, c.errors, c.options?.rules?.[ruleId] === undefined ? registered?.severity : undefined);
    });
  });
}

/**
 * The findings of `ruleId` among `findings` are exactly `expected`, in order: position, message
 * fragment (or RegExp), file when given, and severity (the expected one, else `severity`).
 * For engines other than lint (render, migrate), whose findings have the same shape.
 */
export function assertFindings(
  findings: readonly Finding[],
  ruleId: string,
  expected: readonly (ExpectedFinding & { file?: string })[],
  severity?: Severity,
): void {
  const found = findings.filter((f) => f.ruleId === ruleId);
  const show = (f: Finding) => `  ${f.file}:${f.range.start.line}:${f.range.start.column} ${f.severity} ${f.message}`;
  assert.equal(found.length, expected.length, `expected ${expected.length} ${ruleId} finding(s), got:\n${found.map(show).join('\n')}\nall findings:\n${findings.map((f) => `${show(f)} [${f.ruleId}]`).join('\n')}`);
  expected.forEach((e, j) => {
    const f = found[j];
    assert.equal(`${f.range.start.line}:${f.range.start.column}`, `${e.line}:${e.column}`, `position of finding ${j + 1}: ${f.message}`);
    if (e.file !== undefined) assert.equal(f.file, e.file, `file of finding ${j + 1}`);
    if (typeof e.message === 'string') assert.ok(f.message.includes(e.message), `message of finding ${j + 1}:\n  ${f.message}\nshould include:\n  ${e.message}`);
    else assert.match(f.message, e.message);
    const want = e.severity ?? severity;
    if (want) assert.equal(f.severity, want, `severity of finding ${j + 1}: ${f.message}`);
  });
}

/** No finding of `ruleId` among `findings`. */
export function assertNoFinding(findings: readonly Finding[], ruleId: string): void {
  assert.deepEqual(findings.filter((f) => f.ruleId === ruleId).map((f) => `${f.file}:${f.range.start.line}:${f.range.start.column} ${f.message}`), [], `expected no ${ruleId} finding`);
}

/** A valid flat Helm definition to start cases from; `patch` replaces whole top-level blocks. */
export function helmFlat(spec = HELM_FLAT_SPEC, extra = ''): string {
  return `kind: Helm
metadata:
  name: redis
  version: 1.0.0
  supportedOperatorVersion: ">= 0.1.0, < 0.1.12"
${extra}spec:
${spec}`;
}

export const HELM_FLAT_SPEC = `  namespace: default
  repo: https://charts.bitnami.com/bitnami
  chartName: redis
  version: 21.2.9
`;

export function helmChart(spec: string, extra = ''): string {
  return `kind: Helm
metadata:
  name: redis
  version: 1.0.0
  supportedOperatorVersion: ">= 0.1.12, <= 0.1.20"
${extra}spec:
${spec}`;
}

export function customImage(spec = '  image: ghcr.io/acme/module:v1.2.3\n', extra = ''): string {
  return `kind: Custom
metadata:
  name: tool
  version: 1.0.0
  supportedOperatorVersion: ">= 0.1.8, <= 0.1.20"
${extra}spec:
${spec}`;
}

export function customPlugin(spec: string, extra = ''): string {
  return `kind: Custom
metadata:
  name: tool
  version: 1.0.0
  supportedOperatorVersion: ">= 0.1.0, <= 0.1.7"
${extra}spec:
${spec}`;
}

const REPLICAS_ITEM = 'config:\n  - type: integer\n    name: Replicas\n    alias: replicas\n    spec: {editable: true, default: 1}\n';

/** helmFlat() with a `replicas` config item and one values entry `raw: {<raw>}`, for template rules. */
export function withValues(raw: string, cfg = REPLICAS_ITEM, constraint = '">= 0.1.0, < 0.1.12"'): string {
  return helmFlat(undefined, cfg).replace('">= 0.1.0, < 0.1.12"', constraint) + `  values:\n    - raw:\n        ${raw}\n`;
}

/** Line of the `raw` entry's value in withValues(): header 5 + config 5 + spec 5 + values 2. */
export const VALUES_LINE = 18;
