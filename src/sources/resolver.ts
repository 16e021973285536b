// The DefinitionResolver the Module lint uses (src/context/module-sources.ts): `source.httpURL` over
// HTTP (src/sources/http.ts) and, with --cluster, `source.configMap` and `spec.workspace`
// from the cluster (src/sources/cluster.ts). Nothing heavy is loaded until a definition is actually fetched.
import type { ConfigMapResolution, DefinitionResolver, HttpResolution, WorkspaceResolution } from '../context/module-sources.ts';
import { createClusterReader } from './cluster.ts';
import { createHttpFetcher } from './http.ts';

export interface ResolverOptions {
  /** --offline: no HTTP fetches (each httpURL resolves to {ok:false, offline:true}). */
  offline?: boolean;
  /** --http-timeout: deadline per HTTP fetch, and per cluster request; default 10 s. */
  timeoutMs?: number;
  /** Size cap of an HTTP body; default 1 MiB. */
  maxBytes?: number;
  /** --cluster (with --kubeconfig, --context): read ConfigMaps from the cluster. */
  cluster?: { kubeconfig?: string; context?: string; timeoutMs?: number };
}

export interface ClosableResolver extends DefinitionResolver {
  /** Releases connection pools; call once the run is over (idle sockets don't hold the process). */
  close(): Promise<void>;
}

export function createResolver(opts: ResolverOptions = {}): ClosableResolver {
  const http = createHttpFetcher({ offline: opts.offline, timeoutMs: opts.timeoutMs, maxBytes: opts.maxBytes });
  const cluster = opts.cluster
    ? createClusterReader({ kubeconfig: opts.cluster.kubeconfig, context: opts.cluster.context, timeoutMs: opts.cluster.timeoutMs ?? opts.timeoutMs })
    : undefined;
  return {
    resolveHttp(url: string): Promise<HttpResolution> {
      return http.fetch(url);
    },
    resolveConfigMap(name: string, namespace: string, key: string): Promise<ConfigMapResolution> | undefined {
      return cluster?.read(name, namespace, key);
    },
    resolveWorkspace(name: string, namespace: string, group: string): Promise<WorkspaceResolution> | undefined {
      return cluster?.workspace(name, namespace, group);
    },
    async close(): Promise<void> {
      await Promise.all([http.close(), cluster?.close()]);
    },
  };
}
