/**
 * What the Module lint needs from the source fetchers (src/sources/): the text of a definition
 * behind `source.httpURL` or `source.configMap`, and whether the Workspace of a Module's
 * `spec.workspace` exists in the cluster. The lint runner collects the references of all
 * inputs (collectSourceRefs), resolves them once (resolveSources, async, I/O in the resolver),
 * and hands the results to the synchronous checks as ResolvedSources.
 */
export type HttpResolution = { ok: true; text: string; url: string } | { ok: false; error: string; offline?: boolean };
export type ConfigMapResolution = { ok: true; text: string } | { ok: false; error: string; notFound?: boolean };
export type WorkspaceResolution = { ok: true } | { ok: false; error: string; notFound?: boolean };

export interface DefinitionResolver {
  resolveHttp(url: string): Promise<HttpResolution>;
  /** undefined when there is no cluster to ask (no `--cluster`). */
  resolveConfigMap(name: string, namespace: string, key: string): Promise<ConfigMapResolution> | undefined;
  /** undefined when there is no cluster to ask. `group`: the API group of the Module (and so of its Workspace). */
  resolveWorkspace?(name: string, namespace: string, group: string): Promise<WorkspaceResolution> | undefined;
}

/** Already-resolved facts; keys: the URL as written, `namespace/name/key`, `group/namespace/name`. */
export interface ResolvedSources {
  http?: ReadonlyMap<string, HttpResolution>;
  configMaps?: ReadonlyMap<string, ConfigMapResolution>;
  workspaces?: ReadonlyMap<string, WorkspaceResolution>;
  /**
   * The errors lint found in each fetched definition (keyed as http and configMaps are), which
   * the runner lints as a document of its own; a Module rule reports them once at the source.
   */
  definitionErrors?: ReadonlyMap<string, FetchedDefinitionErrors>;
}

/** What lint found in a fetched definition: how many errors, and the first by position. */
export interface FetchedDefinitionErrors {
  count: number;
  first: { line: number; column: number; message: string; ruleId: string };
}

/** Where a 0.1.x Module's definition comes from. */
export type SourceRef = { kind: 'http'; url: string } | { kind: 'configMap'; name: string; namespace: string; key: string };
/** The Workspace a Module names, with the API group it is looked up in. */
export type WorkspaceRef = { kind: 'workspace'; name: string; namespace: string; group: string };

export function configMapKey(namespace: string, name: string, key: string): string {
  return `${namespace}/${name}/${key}`;
}

export function workspaceKey(group: string, namespace: string, name: string): string {
  return `${group}/${namespace}/${name}`;
}

/** Resolves every reference once (refs are de-duplicated). */
export async function resolveSources(refs: readonly (SourceRef | WorkspaceRef)[], resolver: DefinitionResolver): Promise<ResolvedSources> {
  const http = new Map<string, HttpResolution>();
  const configMaps = new Map<string, ConfigMapResolution>();
  const workspaces = new Map<string, WorkspaceResolution>();
  const jobs: Promise<void>[] = [];
  for (const r of refs) {
    if (r.kind === 'workspace') {
      const k = workspaceKey(r.group, r.namespace, r.name);
      if (workspaces.has(k)) continue;
      const p = resolver.resolveWorkspace?.(r.name, r.namespace, r.group);
      if (!p) continue;
      workspaces.set(k, { ok: false, error: 'pending' });
      jobs.push(p.then((v) => void workspaces.set(k, v)));
    } else if (r.kind === 'http') {
      if (http.has(r.url)) continue;
      http.set(r.url, { ok: false, error: 'pending' });
      jobs.push(resolver.resolveHttp(r.url).then((v) => void http.set(r.url, v)));
    } else {
      const k = configMapKey(r.namespace, r.name, r.key);
      if (configMaps.has(k)) continue;
      const p = resolver.resolveConfigMap(r.name, r.namespace, r.key);
      if (!p) continue;
      configMaps.set(k, { ok: false, error: 'pending' });
      jobs.push(p.then((v) => void configMaps.set(k, v)));
    }
  }
  await Promise.all(jobs);
  return { http, configMaps, workspaces };
}
