// Shared inputs for the formatter tests: a clean run, two files with errors and warnings,
// and a file whose path and messages need escaping in every format.
import type { Finding, Severity } from '../../src/diagnostics/finding.ts';
import type { FileResult, FormatContext, LintResult, RuleMetaSummary } from '../../src/lint/result.ts';

export const CWD = '/repo';

const rules: RuleMetaSummary[] = [
  { id: 'required-field', description: 'Required fields are present', helpUri: 'https://example.com/rules/required-field' },
  { id: 'unknown-key', description: 'Keys are known to the operator' },
  { id: 'template-syntax', description: 'Templates parse as Go text/template' },
];

export function ctx(over: Partial<FormatContext> = {}): FormatContext {
  return { color: false, cwd: CWD, rules: new Map(rules.map((r) => [r.id, r])), toolVersion: '0.1.0', ...over };
}

export function finding(
  file: string,
  ruleId: string,
  severity: Severity,
  message: string,
  at: [number, number, number, number],
  path?: string,
): Finding {
  const [line, column, endLine, endColumn] = at;
  return { ruleId, severity, message, file, range: { start: { line, column }, end: { line: endLine, column: endColumn } }, path };
}

export function lintResult(files: FileResult[], documentCount = files.length, skippedCount = 0): LintResult {
  const all = files.flatMap((f) => f.findings);
  return {
    files,
    errorCount: all.filter((f) => f.severity === 'error').length,
    warningCount: all.filter((f) => f.severity === 'warning').length,
    documentCount,
    skippedCount,
  };
}

export const clean: LintResult = lintResult(
  [
    {
      file: 'defs/ok.yaml',
      findings: [],
      documents: [{ index: 0, kind: 'definition', dialect: 'helm-chart', name: 'redis', acceptedOperatorVersions: ['0.1.20', '0.1.24'] }],
      source: 'kind: Module\n',
    },
  ],
  1,
);

const app = 'defs/app.yaml';
const db = '/repo/defs/db.yaml';
export const twoFiles: LintResult = lintResult(
  [
    {
      file: app,
      source: 'irrelevant',
      documents: [
        { index: 0, kind: 'definition', dialect: 'helm-flat', name: 'app', acceptedOperatorVersions: [] },
        { index: 1, kind: 'skipped' },
      ],
      findings: [
        finding(app, 'required-field', 'error', 'spec.chart is required', [3, 7, 3, 12], 'spec.chart'),
        finding(app, 'unknown-key', 'warning', 'Unknown key "replica"', [12, 15, 12, 22], 'spec.values[1].raw.replica'),
        finding(app, 'template-syntax', 'error', 'template: values:1: unexpected "}" in operand', [104, 3, 106, 1]),
      ],
    },
    {
      file: db,
      documents: [{ index: 0, kind: 'module', dialect: 'module-source', name: 'db' }],
      findings: [finding(db, 'unknown-key', 'warning', 'Unknown key "port"', [1, 1, 1, 5], 'port')],
    },
  ],
  3,
  1,
);

const odd = 'my defs/odd name%#?.yaml';
export const escaping: LintResult = lintResult([
  {
    file: odd,
    documents: [{ index: 0, kind: 'configmap', name: 'cm "x" <y>' }],
    findings: [
      finding(odd, 'required-field', 'error', 'value "a<b>&c" isn\'t valid: 100% wrong, a:b', [2, 1, 2, 4]),
      finding(odd, 'unknown-key', 'warning', 'first line\nsecond line\r\nthird\ttabbed', [5, 3, 5, 9]),
      finding(odd, 'unknown-key', 'warning', 'unicode: 日本語 ✓ 🚀 e\u0301', [7, 2, 7, 3]),
      finding(odd, 'template-syntax', 'error', 'bad \u0000nul \u001b[31mesc\u001b[0m \ud800lone ]]> --', [9, 1, 9, 2]),
    ],
  },
]);
