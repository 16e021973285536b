/**
 * The old Helm spec (flat 0.1.0 – 0.1.11, chart object 0.1.12 – 0.1.20) mapped to the 0.1.24
 * Module's `spec.helm`, on Go values: the same mapping serves the written spec (to print) and the
 * spec the old operator rendered (to compare with the new rendering). Field names follow
 * crds/modules-v0.1.24.yaml.
 */
import { plain } from './values.ts';
import type { migrateRules } from '../../rules/migrate-rules.ts';
import type { MigrateMessageRef } from './common.ts';
import type { GoMap, GoValue } from '../../values/go-value.ts';
import { isGoMap } from '../../values/go-value.ts';

export type Seg = string | number;

/** What did not map: `kind` names its rule in migrateRules, `message` is one of that rule's messages. */
export type MapIssue = {
  [K in 'outputConfigMap' | 'migrationDisabled' | 'chartKey']: {
    kind: K;
    /** Path in the old spec (relative to `spec`). */
    oldPath: Seg[];
    message: MigrateMessageRef<(typeof migrateRules)[K]>;
  };
}['outputConfigMap' | 'migrationDisabled' | 'chartKey'];

export interface HelmMapping {
  helm: GoMap;
  issues: MapIssue[];
}

const get = (m: GoValue | undefined, k: string): GoValue | undefined => (m !== undefined && m !== null && isGoMap(m) ? m.get(k) : undefined);
const has = (m: GoValue | undefined, k: string): boolean => get(m, k) !== undefined && get(m, k) !== null;

function copyKeys(from: GoValue | undefined, pairs: [string, string][]): GoMap {
  const out: GoMap = new Map();
  for (const [o, n] of pairs) if (has(from, o)) out.set(n, get(from, o)!);
  return out;
}

/**
 * Prefixes of new paths (under `spec.helm`) and the old paths (under `spec`) they come from,
 * longest first where they overlap: used to put a finding about the new Module on the old source.
 */
export function originTable(dialect: 'helm-flat' | 'helm-chart'): [Seg[], Seg[]][] {
  const common: [Seg[], Seg[]][] = [
    [['namespace'], ['namespace']],
    [['values'], ['values']],
    [['outputs'], ['outputs']],
    [['cleanup'], ['cleanup']],
    [
      ['migration', 'pvcs'],
      ['migration', 'pvc', 'names'],
    ],
    [
      ['migration', 'secrets'],
      ['migration', 'secret', 'names'],
    ],
    [
      ['migration', 'configMaps'],
      ['migration', 'configMap', 'names'],
    ],
    [['migration'], ['migration']],
  ];
  if (dialect === 'helm-flat') {
    return [[['chart', 'repo', 'url'], ['repo']], [['chart', 'repo', 'chart'], ['chartName']], [['chart', 'repo', 'version'], ['version']], [['chart'], ['repo']], ...common];
  }
  return [
    [
      ['chart', 'repo', 'chart'],
      ['chart', 'repo', 'chartName'],
    ],
    [
      ['chart', 'repo', 'auth'],
      ['chart', 'repo', 'auth', 'secretRef'],
    ],
    [
      ['chart', 'git', 'auth'],
      ['chart', 'git', 'auth', 'httpsSecretRef'],
    ],
    [['chart'], ['chart']],
    ...common,
  ];
}

/** Translates a path under the new `spec.helm` into the old `spec` path it comes from. */
export function oldPathOf(dialect: 'helm-flat' | 'helm-chart', newPath: Seg[]): Seg[] {
  let best: [Seg[], Seg[]] | undefined;
  for (const entry of originTable(dialect)) {
    const [prefix] = entry;
    if (prefix.length <= newPath.length && prefix.every((p, i) => p === newPath[i]) && (!best || prefix.length > best[0].length)) best = entry;
  }
  if (!best) return [];
  const rest = newPath.slice(best[0].length);
  // values[i].configMap.key has no old counterpart when it was added; point at the configMap.
  return [...best[1], ...rest];
}

export function mapHelmSpec(spec: GoValue | undefined, dialect: 'helm-flat' | 'helm-chart'): HelmMapping {
  const issues: MapIssue[] = [];
  const helm: GoMap = new Map();
  if (has(spec, 'namespace')) helm.set('namespace', get(spec, 'namespace')!);

  const chart: GoMap = new Map();
  if (dialect === 'helm-flat') {
    const repo = copyKeys(spec, [
      ['repo', 'url'],
      ['chartName', 'chart'],
      ['version', 'version'],
    ]);
    if (repo.size) chart.set('repo', repo);
  } else {
    const old = get(spec, 'chart');
    const r = get(old, 'repo');
    if (has(old, 'repo')) {
      const repo = copyKeys(r, [
        ['url', 'url'],
        ['chartName', 'chart'],
        ['version', 'version'],
      ]);
      const ref = get(get(r, 'auth'), 'secretRef');
      if (has(get(r, 'auth'), 'secretRef'))
        repo.set(
          'auth',
          copyKeys(ref, [
            ['name', 'name'],
            ['namespace', 'namespace'],
          ]),
        );
      chart.set('repo', repo);
    }
    if (has(old, 'configMap')) {
      const cm = copyKeys(get(old, 'configMap'), [
        ['key', 'key'],
        ['name', 'name'],
        ['namespace', 'namespace'],
      ]);
      if (!cm.has('key') || cm.get('key') === '') {
        issues.push({
          kind: 'chartKey',
          oldPath: ['chart', 'configMap'],
          message: { messageId: 'noKey', data: { field: 'chart.configMap' } },
        });
      }
      chart.set('configMap', cm);
    }
    if (has(old, 'git')) {
      const g = get(old, 'git');
      const git = copyKeys(g, [
        ['repo', 'repo'],
        ['path', 'path'],
        ['revision', 'revision'],
      ]);
      const ref = get(get(g, 'auth'), 'httpsSecretRef');
      if (has(get(g, 'auth'), 'httpsSecretRef'))
        git.set(
          'auth',
          new Map([
            [
              'httpsSecretRef',
              copyKeys(ref, [
                ['name', 'name'],
                ['namespace', 'namespace'],
              ]),
            ],
          ]),
        );
      chart.set('git', git);
    }
  }
  helm.set('chart', chart);

  const values = get(spec, 'values');
  if (Array.isArray(values)) {
    helm.set(
      'values',
      values.map((v) => {
        if (!isGoMap(v)) return v;
        const out: GoMap = new Map();
        if (has(v, 'file')) out.set('file', v.get('file')!);
        if (has(v, 'configMap')) {
          const cm = v.get('configMap');
          const m = copyKeys(cm, [
            ['name', 'name'],
            ['namespace', 'namespace'],
            ['key', 'key'],
          ]);
          // The data key defaulted to `values` before 0.1.21 and to `values.yaml` since: keep the old one.
          if (!m.has('key') || m.get('key') === '') m.set('key', 'values');
          out.set('configMap', m);
        }
        if (has(v, 'raw')) out.set('raw', v.get('raw')!);
        return out;
      }),
    );
  }

  const outputs = get(spec, 'outputs');
  if (Array.isArray(outputs)) {
    const list: GoValue[] = [];
    outputs.forEach((o, i) => {
      if (!isGoMap(o)) return void list.push(o);
      const out: GoMap = new Map();
      if (has(o, 'name')) out.set('name', o.get('name')!);
      if (o.has('value') && o.get('value') !== null) out.set('value', o.get('value')!);
      const vf = o.get('valueFrom');
      if (has(vf, 'secret'))
        out.set(
          'valueFrom',
          new Map([
            [
              'secret',
              copyKeys(get(vf, 'secret'), [
                ['key', 'key'],
                ['name', 'name'],
                ['namespace', 'namespace'],
              ]),
            ],
          ]),
        );
      if (has(vf, 'configMap')) {
        issues.push({
          kind: 'outputConfigMap',
          oldPath: ['outputs', i, 'valueFrom', 'configMap'],
          message: { messageId: 'configMapSource', data: { output: JSON.stringify(plain(get(o, 'name') ?? i)) } },
        });
      }
      list.push(out);
    });
    helm.set('outputs', list);
  }

  if (has(spec, 'cleanup'))
    helm.set(
      'cleanup',
      copyKeys(get(spec, 'cleanup'), [
        ['removeNamespace', 'removeNamespace'],
        ['removePVCs', 'removePVCs'],
      ]),
    );

  const mig = get(spec, 'migration');
  if (has(spec, 'migration')) {
    const out: GoMap = new Map();
    for (const [oldKey, newKey] of [
      ['pvc', 'pvcs'],
      ['secret', 'secrets'],
      ['configMap', 'configMaps'],
    ] as const) {
      const t = get(mig, oldKey);
      if (!has(mig, oldKey)) continue;
      const names = get(t, 'names');
      const enabled = get(t, 'enabled') === true;
      if (enabled) {
        if (Array.isArray(names) && names.length) out.set(newKey, names);
      } else if (Array.isArray(names) && names.length) {
        issues.push({
          kind: 'migrationDisabled',
          oldPath: ['migration', oldKey, 'enabled'],
          message: { messageId: 'namesNotEnabled', data: { oldTarget: oldKey, newTarget: newKey } },
        });
      }
    }
    if (out.size) helm.set('migration', out);
  }
  return { helm, issues };
}
