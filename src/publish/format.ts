// Text for a publish result: kubectl-style lines, a summary, manifests for -o yaml|json,
// and the Module snippet that references what was published.
import YAML from 'yaml';
import type { ItemResult, PublishResult } from './types.ts';

export type OutputFormat = 'yaml' | 'json' | 'name' | undefined;

function suffix(r: PublishResult): string {
  if (r.diff) return '';
  return r.dryRun === 'client' ? ' (dry run)' : r.dryRun === 'server' ? ' (server dry run)' : '';
}

/** `configmap/<name> created` etc., one per successful item, as kubectl prints them. */
export function itemLines(r: PublishResult): string[] {
  return r.results.filter((x) => x.ok).map((x) => `configmap/${x.configMap.name} ${x.action}${suffix(r)}`);
}

/** `error: configmap/<name>: ...` lines for failed items. */
export function errorLines(r: PublishResult): string[] {
  const out = r.preflightErrors.map((e) => `error: ${e}`);
  for (const x of r.results) if (!x.ok && x.error) out.push(`error: configmap/${x.configMap.name} (${x.configMap.item.sourceFile}:${x.configMap.item.line}): ${x.error.message}`);
  return out;
}

export function summaryLine(r: PublishResult): string {
  const s = r.summary;
  if (r.preflightErrors.length) return `nothing published: ${r.preflightErrors.length} problem${r.preflightErrors.length === 1 ? '' : 's'} found before contacting the cluster`;
  const total = r.results.length;
  const parts = [`${s.created} created`, `${s.configured} configured`, `${s.unchanged} unchanged`];
  if (s.applied) parts.push(`${s.applied} applied (created or configured: another writer or a lost answer hides which)`);
  if (s.failed) parts.push(`${s.failed} failed`);
  if (s.skipped) parts.push(`${s.skipped} not attempted`);
  const noun = `${total} ConfigMap${total === 1 ? '' : 's'}`;
  const where = `namespace "${r.namespace}"${r.target ? ` (${r.target.context} at ${r.target.server})` : ''}`;
  if (r.diff) {
    const changed = r.results.filter((x) => x.ok && x.action !== 'unchanged').length;
    return `diff: ${changed} of ${noun} in ${where} would change${s.failed ? `; ${s.failed} failed` : ''}`;
  }
  if (r.dryRun === 'client') return `dry run: ${noun} for ${where}, not sent`;
  const verb = r.dryRun === 'server' ? 'server dry run:' : r.ok ? 'published' : 'publish failed:';
  return `${verb} ${noun} to ${where}: ${parts.join(', ')} in ${(r.elapsedMs / 1000).toFixed(2)}s`;
}

/** The ConfigMaps (as applied, or as the server returned them) for -o yaml|json. */
export function manifests(r: PublishResult, format: 'yaml' | 'json'): string {
  const objs = r.results.filter((x) => x.ok).map((x) => (r.dryRun === 'client' || !x.live ? x.configMap.object : x.live));
  if (format === 'json') {
    const v = objs.length === 1 ? objs[0] : { apiVersion: 'v1', kind: 'List', items: objs, metadata: { resourceVersion: '' } };
    return JSON.stringify(v, null, 4) + '\n';
  }
  return objs.map((o) => YAML.stringify(o, { lineWidth: 0 })).join('---\n');
}

export function diffText(r: PublishResult): string {
  return r.results.map((x) => x.diff ?? '').join('');
}

/** A Module that takes each published definition from its ConfigMap (`source.configMap`). */
export function moduleSnippet(r: PublishResult): string {
  const defs = r.results.filter((x) => x.ok && x.configMap.role === 'definition');
  if (!defs.length) return '';
  const docs = defs.map((x: ItemResult) => {
    const cm = x.configMap;
    const moduleName = cm.name;
    return [
      `# Module using ${cm.item.name} from configmap/${cm.name} (key module.yaml)`,
      'apiVersion: batch.forkspacer.com/v1',
      'kind: Module',
      'metadata:',
      `  name: ${moduleName}`,
      `  namespace: ${cm.namespace}`,
      'spec:',
      '  workspace:',
      '    name: default # your Workspace',
      `    namespace: ${cm.namespace}`,
      '  source:',
      '    configMap:',
      `      name: ${cm.name}`,
      `      namespace: ${cm.namespace}`,
      '  # config: {} # inputs for the definition',
    ].join('\n');
  });
  return docs.join('\n---\n') + '\n';
}
