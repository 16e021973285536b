import type { RuleMeta } from '../diagnostics/rule-meta.ts';

/** Findings the runner itself reports, before any rule runs. */
export const coreRules = {
  yamlSyntax: {
    id: 'yaml-syntax',
    severity: 'error',
    documents: 'file',
    description: "The file parses as YAML the way Go's yaml.v3 parses it (no duplicate keys, no alias bombs).",
    // The parser's own message (yaml.v3's wording where it has one).
    messages: { parseError: '{{error}}', embeddedParseError: 'in data["{{key}}"]: {{error}}' },
  },
  fileContent: {
    id: 'file-content',
    severity: 'error',
    documents: 'file',
    description: 'The input is UTF-8 YAML text within the size limit (not binary data).',
    messages: { notLinted: '{{problem}}; the file was not linted' },
  },
  documentShape: {
    id: 'document-shape',
    severity: 'warning',
    documents: 'file',
    description: 'A document is a mapping; lists and scalars are not Kubernetes objects or definitions.',
    messages: { notAMapping: 'document {{number}} is {{what}}; expected a definition or a Kubernetes object' },
  },
  definitionKind: {
    id: 'definition-kind',
    severity: 'error',
    documents: 'file',
    description: 'A definition has kind Helm or Custom; the operator rejects any other kind.',
    messages: {
      badKind: 'this looks like a resource definition but has {{found}}; kind must be Helm or Custom',
      noDefinitionInData: 'data["{{key}}"] does not hold a resource definition (kind Helm or Custom)',
    },
  },
} as const satisfies Record<string, RuleMeta>;
