/**
 * Dynamic import of an external package (the Kubernetes client, undici). The CLI runs as a
 * vm.Script restored from V8's code cache, and on Node 20 an import() inside such a script
 * has no module loader; bin/forkspacer-def therefore provides one (an import() in its own file).
 */
type Importer = (specifier: string) => Promise<unknown>;

export function importExternal<T>(specifier: string): Promise<T> {
  const hook = (globalThis as { __forkspacerDefImport?: Importer }).__forkspacerDefImport;
  return (hook ? hook(specifier) : import(specifier)) as Promise<T>;
}
