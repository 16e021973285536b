/**
 * Definitions a run fetched for its Modules (httpURL, or ConfigMaps read with --cluster) are
 * linted like input files, with every rule and positions in the fetched text, and reported as
 * results of their own, named by URL (or `cluster:configmaps/<ns>/<name>/<key>`) and carrying the
 * Modules that reference them. Each is linted once however many Modules name it, and its errors
 * are handed to the Module rules (ResolvedSources.definitionErrors), which never lint it again.
 */
import type { FetchedDefinitionErrors, ResolvedSources, RunIndex } from './lint-module.ts';
import { configMapKey } from './lint-module.ts';
import { lintText } from './lint-text.ts';
import type { FileResult, ModuleReference } from './result.ts';
import type { LintOptions } from './settings.ts';
import { registeredRules } from '../rules/registry.ts';

export function clusterConfigMapName(namespace: string, name: string, key: string): string {
  return `cluster:configmaps/${namespace}/${name}/${key}`;
}

export interface FetchedLint {
  results: FileResult[];
  /** By the source's key in ResolvedSources (the URL as written, or `namespace/name/key`). */
  errors: Map<string, FetchedDefinitionErrors>;
}

export function lintFetchedDefinitions(run: RunIndex, sources: ResolvedSources, options: LintOptions): FetchedLint {
  const fetched = new Map<string, { text: string; key: string; refs: ModuleReference[] }>();
  for (const m of run.modules) {
    if (!m.ref) continue;
    let name: string;
    let key: string;
    let text: string;
    if (m.ref.kind === 'http') {
      const r = sources.http?.get(m.ref.url);
      if (!r?.ok) continue;
      name = key = m.ref.url;
      text = r.text;
    } else {
      key = configMapKey(m.ref.namespace, m.ref.name, m.ref.key);
      const r = sources.configMaps?.get(key);
      if (!r?.ok) continue;
      name = clusterConfigMapName(m.ref.namespace, m.ref.name, m.ref.key);
      text = r.text;
    }
    const entry = fetched.get(name) ?? { text, key, refs: [] };
    if (m.refAt) entry.refs.push({ file: m.file, line: m.refAt.line, column: m.refAt.column, module: `${m.namespace}/${m.name}` });
    fetched.set(name, entry);
  }
  // The fetched text is linted on its own: the run's Modules and sources are not its context.
  const own: LintOptions = { ...options, moduleRun: undefined, moduleSources: undefined };
  const results: FileResult[] = [];
  const errors = new Map<string, FetchedDefinitionErrors>();
  for (const [name, f] of fetched) {
    const result = lintText(name, f.text, own);
    if (f.refs.length) results.push({ ...result, fetchedFor: f.refs });
    const summary = definitionErrors(result);
    if (summary) errors.set(f.key, summary);
  }
  return { results, errors };
}

/** The errors of definition rules (findings come sorted by position, so the first is the first). */
function definitionErrors(result: FileResult): FetchedDefinitionErrors | undefined {
  const rules = registeredRules();
  const errors = result.findings.filter((f) => f.severity === 'error' && rules.get(f.ruleId)?.documents === 'definition');
  if (errors.length === 0) return undefined;
  const first = errors[0];
  return { count: errors.length, first: { line: first.range.start.line, column: first.range.start.column, message: first.message, ruleId: first.ruleId } };
}

const computed = new WeakMap<ResolvedSources, ResolvedSources>();

/**
 * The sources with definitionErrors filled in, for callers of lintText that resolved sources
 * themselves (the language server, tests): linted once per sources object.
 */
export function withDefinitionErrors(run: RunIndex, sources: ResolvedSources, options: LintOptions): ResolvedSources {
  if (sources.definitionErrors) return sources;
  let done = computed.get(sources);
  if (!done) {
    done = { ...sources, definitionErrors: lintFetchedDefinitions(run, sources, options).errors };
    computed.set(sources, done);
  }
  return done;
}
