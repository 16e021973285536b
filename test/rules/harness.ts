import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lintText, ruleMeta } from '../../src/lint/lint-text.ts';
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
      const found = lintText('test.yaml', c.code, c.options).findings.filter((f) => f.ruleId === ruleId);
      assert.equal(
        found.length,
        c.errors.length,
        `expected ${c.errors.length} finding(s), got:\n${found.map((f) => `  ${f.range.start.line}:${f.range.start.column} ${f.message}`).join('\n')}`,
      );
      c.errors.forEach((e, j) => {
        const f = found[j];
        assert.equal(`${f.range.start.line}:${f.range.start.column}`, `${e.line}:${e.column}`, `position of finding ${j + 1}: ${f.message}`);
        if (typeof e.message === 'string') assert.ok(f.message.includes(e.message), `message of finding ${j + 1}:\n  ${f.message}\nshould include:\n  ${e.message}`);
        else assert.match(f.message, e.message);
        const severity = e.severity ?? (c.options?.rules?.[ruleId] === undefined ? registered?.severity : undefined);
        if (severity) assert.equal(f.severity, severity, `severity of finding ${j + 1}: ${f.message}`);
      });
    });
  });
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
