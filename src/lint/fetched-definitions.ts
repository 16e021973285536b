/**
 * Definitions a run fetched for its Modules (httpURL, or ConfigMaps read with --cluster) are
 * linted like input files, with every rule and positions in the fetched text, and reported as
 * results of their own, named by URL (or `cluster:configmaps/<ns>/<name>/<key>`) and carrying the
 * Modules that reference them. Each is linted once however many Modules name it.
 */
import type { ResolvedSources, RunIndex } from './lint-module.ts';
import { configMapKey } from './lint-module.ts';
import { lintText } from './lint-text.ts';
import type { FileResult, ModuleReference } from './result.ts';
import type { LintOptions } from './settings.ts';

export function clusterConfigMapName(namespace: string, name: string, key: string): string {
  return `cluster:configmaps/${namespace}/${name}/${key}`;
}

export function lintFetchedDefinitions(run: RunIndex, sources: ResolvedSources, options: LintOptions): FileResult[] {
  const fetched = new Map<string, { text: string; refs: ModuleReference[] }>();
  for (const m of run.modules) {
    if (!m.ref || !m.refAt) continue;
    let name: string;
    let text: string;
    if (m.ref.kind === 'http') {
      const r = sources.http?.get(m.ref.url);
      if (!r?.ok) continue;
      name = m.ref.url;
      text = r.text;
    } else {
      const r = sources.configMaps?.get(configMapKey(m.ref.namespace, m.ref.name, m.ref.key));
      if (!r?.ok) continue;
      name = clusterConfigMapName(m.ref.namespace, m.ref.name, m.ref.key);
      text = r.text;
    }
    const entry = fetched.get(name) ?? { text, refs: [] };
    entry.refs.push({ file: m.file, line: m.refAt.line, column: m.refAt.column, module: `${m.namespace}/${m.name}` });
    fetched.set(name, entry);
  }
  // The fetched text is linted on its own: the run's Modules and sources are not its context.
  const own: LintOptions = { ...options, moduleRun: undefined, moduleSources: undefined };
  return [...fetched].map(([name, f]) => ({ ...lintText(name, f.text, own), fetchedFor: f.refs }));
}
