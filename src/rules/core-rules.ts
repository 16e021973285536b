import type { RuleMeta } from '../diagnostics/rule-meta.ts';

/** Findings the runner itself reports, before any rule runs. */
export const coreRules = {
  yamlSyntax: {
    id: 'yaml-syntax',
    severity: 'error',
    documents: 'file',
    description: "The file parses as YAML the way Go's yaml.v3 parses it (no duplicate keys, no alias bombs).",
  },
  fileContent: {
    id: 'file-content',
    severity: 'error',
    documents: 'file',
    description: 'The input is UTF-8 YAML text within the size limit (not binary data).',
  },
  documentShape: {
    id: 'document-shape',
    severity: 'warning',
    documents: 'file',
    description: 'A document is a mapping; lists and scalars are not Kubernetes objects or definitions.',
  },
  definitionKind: {
    id: 'definition-kind',
    severity: 'error',
    documents: 'file',
    description: 'A definition has kind Helm or Custom; the operator rejects any other kind.',
  },
} as const satisfies Record<string, RuleMeta>;
