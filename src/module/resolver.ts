/**
 * What the Module lint needs from the source fetchers (src/sources/): the text of a definition
 * behind `source.httpURL` or `source.configMap`. The lint runner collects the references of all
 * inputs (collectSourceRefs), resolves them once (resolveSources, async, I/O in the resolver),
 * and hands the results to the synchronous checks as ResolvedSources.
 */
export type HttpResolution = { ok: true; text: string; url: string } | { ok: false; error: string; offline?: boolean };
export type ConfigMapResolution = { ok: true; text: string } | { ok: false; error: string; notFound?: boolean };

export interface DefinitionResolver {
  resolveHttp(url: string): Promise<HttpResolution>;
  /** undefined when there is no cluster to ask (no `--cluster`). */
  resolveConfigMap(name: string, namespace: string, key: string): Promise<ConfigMapResolution> | undefined;
}

/** Already-resolved definition texts; keys: the URL as written, and `namespace/name/key`. */
export interface ResolvedSources {
  http?: ReadonlyMap<string, HttpResolution>;
  configMaps?: ReadonlyMap<string, ConfigMapResolution>;
}

export type SourceRef = { kind: 'http'; url: string } | { kind: 'configMap'; name: string; namespace: string; key: string };

export function configMapKey(namespace: string, name: string, key: string): string {
  return `${namespace}/${name}/${key}`;
}

/** Resolves every reference once (refs are de-duplicated). */
export async function resolveSources(refs: readonly SourceRef[], resolver: DefinitionResolver): Promise<ResolvedSources> {
  const http = new Map<string, HttpResolution>();
  const configMaps = new Map<string, ConfigMapResolution>();
  const jobs: Promise<void>[] = [];
  for (const r of refs) {
    if (r.kind === 'http') {
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
  return { http, configMaps };
}
