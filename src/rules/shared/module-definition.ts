import { keyText } from '../../load/ynode.ts';
/** The definition a 0.1.x Module's `spec.source` points at, as far as this run can know it. */
import { classify } from '../../classify/classify.ts';
import { parseYamlStream } from '../../load/parse-stream.ts';
import type { YMap, YNode, YPair } from '../../load/ynode.ts';
import { child, isMap, pairOf, stringAt } from '../../load/ynode.ts';
import type { ModuleContext } from '../../context/module-context.ts';
import { configMapKey } from '../../context/module-sources.ts';

export const SOURCE_KEYS = ['raw', 'configMap', 'httpURL', 'existingHelmRelease', 'github'] as const;

export type ResolvedDefinition =
  /** `source.raw`: a node of the Module file itself. */
  | { kind: 'raw'; root: YMap; definitionKind: 'Helm' | 'Custom' | undefined; ref: YPair }
  /** Text from a ConfigMap among the inputs, the cluster, or an URL. */
  | {
      kind: 'text';
      text: string;
      origin: string;
      root: YMap | null;
      definitionKind: 'Helm' | 'Custom' | undefined;
      ref: YPair;
      /** Why the text is no definition the operator can load, when it is not. */
      problem?: { cause: 'invalid-yaml'; yamlError?: string } | { cause: 'not-a-definition' };
      /** Fetched text: its key in ResolvedSources, where the runner left what lint found in it. */
      sourceKey?: string;
    }
  /** Not read in this run: `source` is the URL, or the ConfigMap as `namespace/name`. */
  | { kind: 'unresolved'; cause: 'not-fetched' | 'offline' | 'not-among-inputs'; source: string; ref: YPair }
  /** Read, and not there: the fetch failed, the ConfigMap lacks the key, or the cluster said no. */
  | { kind: 'missing'; cause: 'fetch-failed' | 'no-data-key' | 'cluster-error'; source: string; error: string; file?: string; key?: string; ref: YPair }
  /** existingHelmRelease, no source, several sources, or an inline Module. */
  | { kind: 'none' };

export function setSources(source: YNode | null | undefined): YPair[] {
  if (!isMap(source)) return [];
  return source.pairs.filter((p) => (SOURCE_KEYS as readonly string[]).includes(String(keyText(p))) && p.value != null && !(p.value.kind === 'scalar' && p.value.value === null));
}

function fromText(text: string, origin: string, ref: YPair): ResolvedDefinition {
  const docs = parseYamlStream(text);
  const first = docs[0];
  if (!first || first.errors.length)
    return { kind: 'text', text, origin, root: null, definitionKind: undefined, ref, problem: { cause: 'invalid-yaml', yamlError: first?.errors[0]?.message } };
  const c = classify(first.root);
  if (c.kind !== 'definition') return { kind: 'text', text, origin, root: null, definitionKind: undefined, ref, problem: { cause: 'not-a-definition' } };
  return { kind: 'text', text, origin, root: first.root as YMap, definitionKind: c.definitionKind, ref };
}

export function resolveDefinition(ctx: ModuleContext): ResolvedDefinition {
  return ctx.memo('definition', () => {
    if (ctx.inline) return { kind: 'none' } as const;
    const set = setSources(ctx.source);
    if (set.length !== 1) return { kind: 'none' } as const;
    const ref = set[0];
    const key = String(keyText(ref));
    if (key === 'raw') {
      if (!isMap(ref.value)) return { kind: 'none' } as const;
      const k = stringAt(ref.value, 'kind');
      return { kind: 'raw', root: ref.value, definitionKind: k === 'Helm' || k === 'Custom' ? k : undefined, ref } as const;
    }
    if (key === 'httpURL') {
      const url = stringAt(ctx.source, 'httpURL');
      if (url === undefined) return { kind: 'none' } as const;
      const r = ctx.options.moduleSources?.http?.get(url);
      if (!r) return { kind: 'unresolved', cause: 'not-fetched', source: url, ref } as const;
      if (!r.ok)
        return r.offline
          ? ({ kind: 'unresolved', cause: 'offline', source: url, ref } as const)
          : ({ kind: 'missing', cause: 'fetch-failed', source: url, error: r.error, ref } as const);
      return { ...fromText(r.text, r.url, ref), sourceKey: url } as ResolvedDefinition;
    }
    if (key === 'configMap') {
      const name = stringAt(ref.value, 'name');
      if (name === undefined) return { kind: 'none' } as const;
      const ns = stringAt(ref.value, 'namespace') ?? 'default';
      const dataKey = stringAt(ref.value, 'key') ?? 'module.yaml';
      const inRun = ctx.run.configMaps.find((c) => c.name === name && c.namespace === ns);
      if (inRun) {
        const text = inRun.data[dataKey];
        if (text === undefined) {
          return { kind: 'missing', cause: 'no-data-key', source: `${ns}/${name}`, error: '', file: inRun.file, key: dataKey, ref } as const;
        }
        // Linted by the runner in the ConfigMap's own file: no sourceKey, so no summary at the Module.
        return fromText(text, `ConfigMap ${ns}/${name} data["${dataKey}"]`, ref);
      }
      const r = ctx.options.moduleSources?.configMaps?.get(configMapKey(ns, name, dataKey));
      if (!r) return { kind: 'unresolved', cause: 'not-among-inputs', source: `${ns}/${name}`, ref } as const;
      if (!r.ok) return { kind: 'missing', cause: 'cluster-error', source: `${ns}/${name}`, error: r.error, key: dataKey, ref } as const;
      return { ...fromText(r.text, `ConfigMap ${ns}/${name} data["${dataKey}"]`, ref), sourceKey: configMapKey(ns, name, dataKey) } as ResolvedDefinition;
    }
    return { kind: 'none' } as const;
  });
}

export { child, pairOf };
