/**
 * What `docs` says about a definition, read with the engines lint and render use: the config
 * engine's decoded items (legacy era) and lint's accepted operator releases.
 */
import { classify } from '../../classify/classify.ts';
import { DIALECTS } from '../../classify/dialects.ts';
import type { DefinitionDialectId } from '../../classify/dialects.ts';
import { decodeConfigItems } from '../../config/index.ts';
import type { ConfigItem, ConfigProblem } from '../../config/index.ts';
import { lintText } from '../../lint/lint-text.ts';
import { toGoValue } from '../../load/convert.ts';
import { parseYamlStream } from '../../load/parse-stream.ts';
import type { YNode } from '../../load/ynode.ts';
import { at, child, isScalar, stringAt } from '../../load/ynode.ts';

export interface DefinitionDoc {
  file: string;
  /** 0-based document index in the file. */
  index: number;
  /** Whether it was read from a ConfigMap's data["module.yaml"]. */
  inConfigMap: boolean;
  kind: 'Helm' | 'Custom';
  dialect: DefinitionDialectId;
  name?: string;
  version?: string;
  description?: string;
  author?: string;
  category?: string;
  image?: string;
  cpu?: string;
  memory?: string;
  supportedOperatorVersion?: string;
  /** The releases lint computes as accepting the definition. */
  acceptedOperatorVersions: string[];
  /** Where the chart or module comes from, one line (e.g. `https://charts.example.com` chart `redis` 1.2.0). */
  source?: { label: string; parts: string[] };
  items: ConfigItem[];
  problems: ConfigProblem[];
  /** Errors lint reports on the file (docs are written anyway). */
  lintErrors: number;
}

export class DocsInputError extends Error {}

/** Every definition in a file (plain, or in a ConfigMap), in document order. */
export function readDefinitions(file: string, text: string): DefinitionDoc[] {
  const lint = lintText(file, text);
  const lintErrors = lint.findings.filter((f) => f.severity === 'error').length;
  const out: DefinitionDoc[] = [];
  for (const doc of parseYamlStream(text)) {
    if (doc.errors.length) throw new DocsInputError(`${file}: YAML error in document ${doc.index + 1}: ${doc.errors[0].message} (run lint for details)`);
    const c = classify(doc.root);
    const summary = lint.documents.find((d) => d.index === doc.index);
    const accepted = summary?.acceptedOperatorVersions ?? [];
    if (c.kind === 'definition') {
      out.push(describe(file, doc.index, false, doc.root, c.definitionKind, c.dialect, accepted, lintErrors));
    } else if (c.kind === 'configmap') {
      const inner = parseYamlStream(String(c.embedded.value))[0];
      if (!inner || inner.errors.length) continue;
      const ic = classify(inner.root);
      if (ic.kind === 'definition') out.push(describe(file, doc.index, true, inner.root, ic.definitionKind, ic.dialect, accepted, lintErrors));
    }
  }
  if (out.length === 0) {
    throw new DocsInputError(`${file}: no resource definition (kind Helm or Custom, or a ConfigMap holding one in data["module.yaml"])`);
  }
  return out;
}

function str(root: YNode | null, ...path: string[]): string | undefined {
  const n = at(root, ...path);
  if (!isScalar(n) || n.value === null) return undefined;
  const v = n.value;
  return typeof v === 'string' ? v : (n.text ?? String(v));
}

function describe(
  file: string,
  index: number,
  inConfigMap: boolean,
  root: YNode | null,
  kind: 'Helm' | 'Custom',
  dialect: DefinitionDialectId,
  accepted: string[],
  lintErrors: number,
): DefinitionDoc {
  const decoded = decodeConfigItems('legacy', toGoValue(child(root, 'config')) ?? undefined);
  return {
    file,
    index,
    inConfigMap,
    kind,
    dialect,
    name: stringAt(root, 'metadata', 'name'),
    version: str(root, 'metadata', 'version'),
    description: str(root, 'metadata', 'description'),
    author: str(root, 'metadata', 'author'),
    category: str(root, 'metadata', 'category'),
    image: str(root, 'metadata', 'image'),
    cpu: str(root, 'metadata', 'resource_usage', 'cpu'),
    memory: str(root, 'metadata', 'resource_usage', 'memory'),
    supportedOperatorVersion: str(root, 'metadata', 'supportedOperatorVersion'),
    acceptedOperatorVersions: accepted,
    source: sourceOf(root, dialect),
    items: decoded.items,
    problems: decoded.problems,
    lintErrors,
  };
}

function sourceOf(root: YNode | null, dialect: DefinitionDialectId): DefinitionDoc['source'] {
  const s = (...p: string[]) => str(root, 'spec', ...p);
  const parts = (...xs: [string, string | undefined][]) => xs.filter(([, v]) => v !== undefined && v !== '').map(([k, v]) => `${k} ${v}`);
  switch (dialect) {
    case 'helm-flat':
      return { label: 'Chart', parts: parts(['repository', s('repo')], ['chart', s('chartName')], ['version', s('version')], ['namespace', s('namespace')]) };
    case 'helm-chart': {
      if (at(root, 'spec', 'chart', 'repo') != null) {
        return {
          label: 'Chart',
          parts: parts(
            ['repository', s('chart', 'repo', 'url')],
            ['chart', s('chart', 'repo', 'chartName')],
            ['version', s('chart', 'repo', 'version')],
            ['namespace', s('namespace')],
          ),
        };
      }
      if (at(root, 'spec', 'chart', 'git') != null) {
        return {
          label: 'Chart',
          parts: parts(['git', s('chart', 'git', 'repo')], ['path', s('chart', 'git', 'path')], ['revision', s('chart', 'git', 'revision')], ['namespace', s('namespace')]),
        };
      }
      if (at(root, 'spec', 'chart', 'configMap') != null) {
        return { label: 'Chart', parts: parts(['ConfigMap', s('chart', 'configMap', 'name')], ['namespace', s('namespace')]) };
      }
      return undefined;
    }
    case 'custom-image':
      return { label: 'Image', parts: parts(['image', s('image')]) };
    case 'custom-plugin':
      return { label: 'Plugin', parts: parts(['file', s('repo', 'file')], ['ConfigMap', s('repo', 'configMap', 'name')]) };
  }
}

export function dialectName(d: DefinitionDialectId): string {
  return DIALECTS[d].displayName;
}
