import { test } from 'node:test';
import { assertFindings, assertNoFinding } from './harness.ts';
import { DEFINITION, renderText } from './render-documents.ts';

test('render-operator-check valid #1: a repository URL Go\'s url.Parse reads', () => {
  assertNoFinding(renderText(DEFINITION).findings, 'render-operator-check');
});

test('render-operator-check invalid #1: 0.1.11 checks the rendered repo URL with Go\'s url.Parse', () => {
  assertFindings(renderText(DEFINITION.replace('  repo: https://charts.example.com', '  repo: "http://[::1"')).findings, 'render-operator-check', [
    { file: 'definition.yaml', line: 15, column: 3, severity: 'error', message: "the rendered spec is refused by operator 0.1.11's checks (made after rendering): HelmModuleSpec Repo 'http://[::1' is invalid: parse \"http://[::1\": missing ']' in host" },
  ]);
});
