// KUBECONFIG as kubectl reads it (client-go's loading rules): a list of files in which missing
// files are skipped, the first file that sets current-context wins, and the first definition of
// a cluster, user or context name wins. client-node's loadFromDefault instead throws for a
// missing file, lets the last current-context win and throws on a name defined twice.
import { existsSync } from 'node:fs';
import { delimiter } from 'node:path';
import type { KubeConfig } from '@kubernetes/client-node';

/** The files KUBECONFIG lists (undefined when it is unset or empty). */
export function kubeconfigFiles(env: string | undefined = process.env.KUBECONFIG): string[] | undefined {
  const files = [...new Set((env ?? '').split(delimiter).filter(Boolean))];
  return files.length ? files : undefined;
}

function firstByName<T extends { name: string }>(lists: T[][]): T[] {
  const seen = new Map<string, T>();
  for (const list of lists) for (const x of list) if (!seen.has(x.name)) seen.set(x.name, x);
  return [...seen.values()];
}

/** Loads `files` into `kc` the way kubectl merges them; `fresh` makes an empty KubeConfig. */
export function loadKubeconfigFiles(kc: KubeConfig, files: string[], fresh: () => KubeConfig): void {
  const present = files.filter((f) => existsSync(f));
  if (!present.length) throw new Error(`none of the files KUBECONFIG lists exists (${files.join(delimiter)})`);
  if (present.length === 1) {
    kc.loadFromFile(present[0]);
    return;
  }
  // Each file on its own first, so relative certificate paths resolve against its directory.
  const parts = present.map((f) => {
    const one = fresh();
    one.loadFromFile(f);
    return one;
  });
  kc.loadFromOptions({
    clusters: firstByName(parts.map((p) => p.getClusters())),
    users: firstByName(parts.map((p) => p.getUsers())),
    contexts: firstByName(parts.map((p) => p.getContexts())),
    currentContext: parts.map((p) => p.getCurrentContext()).find((c) => c) ?? '',
  });
}
