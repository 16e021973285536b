/**
 * The checks the operator's own Validate methods make on a definition's typed spec
 * (pkg/resources, 0.1.0 – 0.1.20), with the operator's error text. When they run moved:
 * 0.1.0 – 0.1.11 check the *rendered* spec in the Helm/Custom manager, 0.1.12 – 0.1.20 check
 * the spec *as written* in HandleResource, before rendering. Callers give a SpecView over
 * whichever form they hold (the YAML tree before rendering, the rendered Go value after).
 */
import { cmp } from './acceptance.ts';
import { goUrlParse } from './go-url.ts';

/** Read access to a typed spec, as the operator's struct sees it. */
export interface SpecView {
  /** A string field ('' when unset), or undefined when its pointer is nil. */
  str(path: readonly (string | number)[]): string | undefined;
  /** Whether a pointer/struct field is non-nil (written and not null). */
  has(path: readonly (string | number)[]): boolean;
  /** Length of a list field (0 when unset). */
  len(path: readonly (string | number)[]): number;
}

export type SpecCheckDialect = 'helm-flat' | 'helm-chart' | 'custom-plugin' | 'custom-image';

/** The first error the operator's Validate returns for this spec at `release`, or undefined. */
export function operatorSpecError(dialect: SpecCheckDialect, release: string, spec: SpecView): string | undefined {
  switch (dialect) {
    case 'helm-flat':
      return flatError(spec);
    case 'helm-chart':
      return chartError(spec, release);
    case 'custom-plugin':
      return pluginError(spec);
    case 'custom-image':
      return cmp(release, '0.1.12') >= 0 ? imageError(spec) : undefined;
  }
}

function valuesError(spec: SpecView): string | undefined {
  for (let i = 0; i < spec.len(['values']); i++) {
    const file = spec.str(['values', i, 'file']);
    const hasConfigMap = spec.has(['values', i, 'configMap']);
    if ((file === undefined || file === '') && !hasConfigMap && spec.len(['values', i, 'raw']) === 0) {
      return `HelmModuleSpec values entry ${i} failed validation: HelmValues must specify one of 'file', 'configMap', or 'raw'`;
    }
    if (hasConfigMap && !spec.str(['values', i, 'configMap', 'name'])) return `HelmModuleSpec values entry ${i} failed validation: Resource name cannot be empty`;
  }
  return undefined;
}

function flatError(spec: SpecView): string | undefined {
  const values = valuesError(spec);
  if (values) return values;
  const repo = spec.str(['repo']) ?? '';
  const u = goUrlParse(repo);
  if (!u.ok) return `HelmModuleSpec Repo '${repo}' is invalid: ${u.error}`;
  if (!spec.str(['version'])) return 'HelmModuleSpec Version cannot be empty';
  return undefined;
}

function urlError(what: string, text: string): string | undefined {
  if (text === '') return `${what} cannot be empty`;
  const u = goUrlParse(text);
  if (!u.ok) return `${what} is invalid: ${u.error}`;
  if (u.scheme === '' || u.host === '') return `${what} must be a valid URL with scheme and host`;
  return undefined;
}

function chartError(spec: SpecView, release: string): string | undefined {
  const sources = (['repo', 'configMap', 'git'] as const).filter((k) => spec.has(['chart', k]));
  const wrap = (e: string | undefined) => (e === undefined ? undefined : `HelmModuleSpec Chart validation failed: ${e}`);
  if (sources.length === 0) return wrap("HelmModuleSpecChart must specify exactly one chart source: 'repo', 'configMap', or 'git'");
  if (sources.length > 1) return wrap(`HelmModuleSpecChart must specify only one chart source, but ${sources.length} were provided`);
  if (sources[0] === 'repo') {
    const e =
      urlError('HelmModuleSpecChartRepo URL', spec.str(['chart', 'repo', 'url']) ?? '') ??
      (spec.str(['chart', 'repo', 'chartName']) ? undefined : 'HelmModuleSpecChartRepo ChartName cannot be empty') ??
      (cmp(release, '0.1.16') >= 0 && spec.has(['chart', 'repo', 'auth']) ? repoAuthError(spec) : undefined);
    if (e) return wrap(`HelmModuleSpecChart Repo validation failed: ${e}`);
  } else if (sources[0] === 'configMap') {
    if (!spec.str(['chart', 'configMap', 'name'])) return wrap('HelmModuleSpecChart ConfigMap validation failed: Resource name cannot be empty');
  } else {
    const e =
      urlError('HelmModuleSpecChartGit Repo', spec.str(['chart', 'git', 'repo']) ?? '') ??
      (spec.str(['chart', 'git', 'path']) ? undefined : 'HelmModuleSpecChartGit Path cannot be empty') ??
      (spec.has(['chart', 'git', 'auth']) ? gitAuthError(spec) : undefined);
    if (e) return wrap(`HelmModuleSpecChart Git validation failed: ${e}`);
  }
  return valuesError(spec);
}

function repoAuthError(spec: SpecView): string | undefined {
  if (!spec.has(['chart', 'repo', 'auth', 'secretRef'])) return 'HelmModuleSpecChartRepo Auth validation failed: HelmModuleSpecChartRepoAuth must specify SecretRef';
  if (!spec.str(['chart', 'repo', 'auth', 'secretRef', 'name']))
    return 'HelmModuleSpecChartRepo Auth validation failed: HelmModuleSpecChartRepoAuth SecretRef validation failed: Resource name cannot be empty';
  return undefined;
}

function gitAuthError(spec: SpecView): string | undefined {
  const p = 'HelmModuleSpecChartGit Auth validation failed: ';
  if (!spec.has(['chart', 'git', 'auth', 'httpsSecretRef'])) return `${p}HelmModuleSpecChartGitAuth must specify at least one authentication method (HTTPSSecretRef)`;
  if (!spec.str(['chart', 'git', 'auth', 'httpsSecretRef', 'name'])) return `${p}HelmModuleSpecChartGitAuth HTTPSSecretRef validation failed: Resource name cannot be empty`;
  return undefined;
}

function pluginError(spec: SpecView): string | undefined {
  let set = 0;
  const file = spec.str(['repo', 'file']);
  if (file !== undefined) {
    set++;
    if (file === '') return 'file path cannot be empty if specified';
  }
  if (spec.has(['repo', 'configMap'])) {
    set++;
    if (!spec.str(['repo', 'configMap', 'name'])) return 'invalid configMap configuration: Resource name cannot be empty';
  }
  if (set === 0) return "either 'file' or 'configMap' must be specified for CustomModuleRepo";
  if (set > 1) return "cannot specify both 'file' and 'configMap' for CustomModuleRepo";
  return undefined;
}

function imageError(spec: SpecView): string | undefined {
  if (!spec.str(['image'])) return 'CustomModuleSpec Image cannot be empty';
  for (let i = 0; i < spec.len(['permissions']); i++) {
    const p = spec.str(['permissions', i]) ?? '';
    if (p !== 'workspace' && p !== 'controller') return `CustomModuleSpec Permission at index ${i} has invalid value '${p}', must be either 'workspace' or 'controller'`;
  }
  return undefined;
}
