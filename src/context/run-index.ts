/**
 * The cross-document part of the Module lint: Modules, Workspaces and ConfigMaps of all inputs of
 * a run, collected in a first pass (buildRunIndex) and consulted while each file is linted. Plain
 * data, so it can be sent to lint workers. lintText without a run index builds one from its own file.
 */
import { parseYamlStream } from '../load/parse-stream.ts';
import type { YNode } from '../load/ynode.ts';
import { at, isMap, isScalar, keyText, stringAt } from '../load/ynode.ts';
import { MODULE_API_GROUPS } from '../classify/classify.ts';
import { LineIndex } from '../diagnostics/line-index.ts';
import type { SourceRef, WorkspaceRef } from './module-sources.ts';

export interface IndexedObject {
  file: string;
  /** Document index in its file. */
  index: number;
  name: string;
  namespace: string;
}

export interface IndexedModule extends IndexedObject {
  /** Its source.httpURL / source.configMap, if any. */
  ref?: SourceRef;
  /** Where `ref` is written (1-based), for findings about what it fetched. */
  refAt?: { line: number; column: number };
  /** Its spec.workspace. */
  workspace?: WorkspaceRef;
}

export interface IndexedConfigMap extends IndexedObject {
  /** data keys with string values. */
  data: Record<string, string>;
}

export interface RunIndex {
  modules: IndexedModule[];
  workspaces: IndexedObject[];
  configMaps: IndexedConfigMap[];
  refs: SourceRef[];
}

export function emptyRunIndex(): RunIndex {
  return { modules: [], workspaces: [], configMaps: [], refs: [] };
}

const isModule = (root: YNode | null) => stringAt(root, 'kind') === 'Module' && (MODULE_API_GROUPS as readonly string[]).includes(stringAt(root, 'apiVersion') ?? '');

/** Adds one file's documents to the index. */
export function indexFile(index: RunIndex, file: string, text: string, roots?: (YNode | null)[]): RunIndex {
  const docs = roots ?? parseYamlStream(text).map((d) => (d.errors.length ? null : d.root));
  let lines: LineIndex | undefined;
  docs.forEach((root, i) => {
    if (!isMap(root)) return;
    const name = stringAt(root, 'metadata', 'name');
    const namespace = stringAt(root, 'metadata', 'namespace') ?? 'default';
    const kind = stringAt(root, 'kind');
    const api = stringAt(root, 'apiVersion') ?? '';
    if (isModule(root)) {
      const src = at(root, 'spec', 'source');
      const url = stringAt(src, 'httpURL');
      const cm = at(src, 'configMap');
      const cmName = stringAt(cm, 'name');
      let ref: SourceRef | undefined;
      let refNode: YNode | null | undefined;
      if (url !== undefined) {
        index.refs.push((ref = { kind: 'http', url }));
        refNode = at(src, 'httpURL');
      }
      if (cmName !== undefined) {
        index.refs.push((ref = { kind: 'configMap', name: cmName, namespace: stringAt(cm, 'namespace') ?? 'default', key: stringAt(cm, 'key') ?? 'module.yaml' }));
        refNode = cm;
      }
      const wsName = stringAt(root, 'spec', 'workspace', 'name');
      const workspace: WorkspaceRef | undefined =
        wsName === undefined
          ? undefined
          : { kind: 'workspace', name: wsName, namespace: stringAt(root, 'spec', 'workspace', 'namespace') ?? 'default', group: api.slice(0, api.indexOf('/')) };
      if (name !== undefined || ref || workspace) {
        const refAt = refNode ? (lines ??= new LineIndex(text)).position(refNode.start) : undefined;
        index.modules.push({ file, index: i, name: name ?? '', namespace, ref, refAt, workspace });
      }
    } else if (kind === 'Workspace' && api.startsWith('batch.')) {
      if (name !== undefined) index.workspaces.push({ file, index: i, name, namespace });
    } else if (kind === 'ConfigMap' && api === 'v1' && name !== undefined) {
      const data: Record<string, string> = {};
      const d = at(root, 'data');
      if (isMap(d))
        for (const p of d.pairs) {
          const k = keyText(p);
          if (k !== undefined && isScalar(p.value) && p.value.value !== null) data[k] = String(p.value.value);
        }
      index.configMaps.push({ file, index: i, name, namespace, data });
    }
  });
  return index;
}

export function buildRunIndex(files: readonly { file: string; text: string }[]): RunIndex {
  const index = emptyRunIndex();
  for (const f of files) indexFile(index, f.file, f.text);
  return index;
}

/**
 * What to ask the resolver: source references (httpURL, configMap) and Workspaces that no input
 * document answers.
 */
export function unresolvedRefs(index: RunIndex): (SourceRef | WorkspaceRef)[] {
  const sources = index.refs.filter((r) => r.kind === 'http' || !index.configMaps.some((c) => c.name === r.name && c.namespace === r.namespace));
  const workspaces = index.modules.flatMap((m) =>
    m.workspace && !index.workspaces.some((w) => w.name === m.workspace?.name && w.namespace === m.workspace.namespace) ? [m.workspace] : [],
  );
  return [...sources, ...workspaces];
}
